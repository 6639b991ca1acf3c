/**
 * "final23" set. Messages in every style: queries, stories, several questions, misspellings, second-language
 * English, medicines, subject lines. Written by someone who had read neither the understanding or retrieval code
 * nor any earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus
 * is a name the knowledge base holds. Scored once, at the start of its round, before any change (focus 1.000,
 * type F1 0.913). Scored by final23.test.ts and by `npx tsx test/understand/support/score-messages.ts --final23
 * --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL23_MESSAGES: ConsumerMessage[] = [
  // why: a search query "gaucher disease treatment" asks only about treatment
  {
    message: 'gaucher disease treatment',
    focus: 'gaucher disease',
    types: ['treatment'],
  },
  // why: "could this be CMT starting" asks whether his signs are the condition (diagnosis); "will he end up in a wheelchair" asks the outlook (prognosis)
  {
    subject: 'my son and CMT',
    message:
      'My husband has Charcot-Marie-Tooth and lately our 6 year old son keeps tripping over his own feet and his ankles roll a lot. Could this be CMT starting already? And if it is, will he end up in a wheelchair like his grandfather did?',
    focus: 'Charcot-Marie-Tooth',
    types: ['diagnosis', 'prognosis'],
  },
  // why: "can I drink a glass of wine while on metformin" asks about the medicine with alcohol (interactions)
  {
    message: "Can I drink a glass of wine with dinner while I'm on metformin?",
    focus: 'metformin',
    types: ['interactions'],
  },
  // why: "what causes it" asks cause; "any studies or trials" asks research; "how long do girls with Rett live" asks life expectancy (prognosis)
  {
    message:
      "My granddaughter Lily is 4 and was diagnosed with Rett syndrome last spring. She was walking and saying a few words and then it all slipped away, and now she wrings her hands all day. My daughter is exhausted and I try to help where I can but I don't understand any of it. What causes it? Are there any studies or trials going on that she could be part of? And I am afraid to ask my daughter this, but how long do girls with Rett usually live?",
    focus: 'Rett syndrome',
    types: ['cause', 'research', 'prognosis'],
  },
  // why: "it is contagious for our children" asks whether one can catch it (susceptibility); "what food she must avoid" asks diet (lifestyle)
  {
    message:
      'Hello doctor, my wife have been diagnose with sarcoidosis in the lung last month. It is contagious for our children? And what food she must avoid, the doctor did not say us anything about food.',
    focus: 'sarcoidosis',
    types: ['susceptibility', 'lifestyle'],
  },
  // why: "what is moyamoya disease" asks for an overview (information)
  {
    subject: 'question',
    message: 'what is moyamoya disease',
    focus: 'moyamoya disease',
    types: ['information'],
  },
  // why: "should I take two the next day" asks about a missed dose (drug_usage); "does my coffee affect it" asks about the medicine with a drink (interactions)
  {
    message:
      'I take levothyroxine every morning but sometimes I forget it. Should I take two the next day to make up for it? Also does my morning coffee affect how it works? I usually have it right after the pill.',
    focus: 'levothyroxine',
    types: ['drug_usage', 'interactions'],
  },
  // why: "what are the chances I have it too" asks inheritance; "how would I get tested" asks testing of a relative (diagnosis); "someone I can talk to ... before deciding" asks genetic counseling (find_specialist)
  {
    subject: "Dad has Huntington's",
    message:
      "My dad was just diagnosed with Huntington's disease at 52. I'm 24 and honestly freaking out. What are the chances that I have it too? How would I even get tested for it? And is there someone I can talk to before deciding whether I actually want to know?",
    focus: "Huntington's disease",
    types: ['inheritance', 'diagnosis', 'find_specialist'],
  },
  // why: "is hemocromatosis hereditery" asks whether it runs in families (inheritance)
  {
    message: 'is hemocromatosis hereditery',
    focus: 'hemocromatosis',
    types: ['inheritance'],
  },
  // why: "what exactly is this disease" asks for an overview (information); "can it be cured" asks treatment
  {
    message:
      'My girlfriend was just diagnosed with myasthenia gravis after weeks of her eyelids drooping and seeing double by the evening. The neurologist talked fast and we both walked out confused. What exactly is this disease, and is it something that can be cured?',
    focus: 'myasthenia gravis',
    types: ['information', 'treatment'],
  },
  // why: "does liquid amoxicillin need to be kept in the fridge" asks storage (storage_disposal)
  {
    message:
      'Does liquid amoxicillin need to be kept in the fridge?? the pharmacist said something about it but I was juggling a screaming toddler and forgot',
    focus: 'amoxicillin',
    types: ['storage_disposal'],
  },
  // why: "how did she get it when neither of us has it" asks inheritance; "is the screening test always right or should it be repeated" asks diagnosis; "will she develop normally" asks the outlook (prognosis)
  {
    subject: 'Newborn screening result - PKU',
    message:
      "Our daughter is 9 days old and the hospital called to say her newborn screen came back positive for PKU. We are meeting the metabolic team on Monday but I can't sleep. How did she get it when neither my husband nor I have it? Is the screening test always right, or should it be repeated? And if we do everything they tell us, will she develop normally?",
    focus: 'PKU',
    types: ['inheritance', 'diagnosis', 'prognosis'],
  },
  // why: a search query "sickle cell life expectancy" asks the outlook (prognosis)
  {
    message: 'sickle cell life expectancy',
    focus: 'sickle cell',
    types: ['prognosis'],
  },
  // why: "will it make me depressed" asks whether the medicine causes a problem (side_effects); "how long after stopping can I get pregnant" asks a pregnancy precaution (contraindications)
  {
    message:
      'im 19 and starting isotretinoin next week for really bad acne. will it make me depressed? my friend said it messed her up. and how long after stopping can i get pregnant, not planning anything soon just want to know',
    focus: 'isotretinoin',
    types: ['side_effects', 'contraindications'],
  },
  // why: "is it ok for her to keep doing gymnastics" asks about sports (lifestyle); "which gene causes the hypermobile type" asks genetic_changes
  {
    subject: 'EDS and gymnastics',
    message:
      'My 11 year old was diagnosed with the hypermobile type of Ehlers-Danlos syndrome. She lives for gymnastics and trains 3 times a week. Is it ok for her to keep doing it or are we making things worse? Also, which gene causes the hypermobile type? Nobody seems able to tell us.',
    focus: 'Ehlers-Danlos syndrome',
    types: ['lifestyle', 'genetic_changes'],
  },
  // why: "can kawasaki disease damage the heart long term" asks about a problem it leads to (complications)
  {
    message:
      'can kawasaki disease damage the heart long term? my son had it at 2 and got the IVIG, he is 7 now',
    focus: 'kawasaki disease',
    types: ['complications'],
  },
  // why: "what can bring on the breaking of blood" and "is it true fava beans are dangerous" ask what brings on its attacks (cause, one question); "he will grow out of it" asks the outlook (prognosis)
  {
    message:
      'Good evening. My son have G6PD deficiency, he is 3 years. What things can bring on the breaking of his blood? Is it true that fava beans are very dangerous for him? My mother cook them often. Also he will grow out of it when he is older or it stays all life?',
    focus: 'G6PD deficiency',
    types: ['cause', 'prognosis'],
  },
  // why: "how does it actually work for lupus" asks how the medicine works (indication); "it can hurt your eyes, is that true" asks side_effects; "OK to take with my omeprazole" asks interactions
  {
    subject: 'hydroxychloroquine questions',
    message:
      "My rheumatologist started me on hydroxychloroquine for lupus. How does it actually work for lupus, isn't it a malaria drug? I also read it can hurt your eyes, is that true? And is it OK to take with my omeprazole?",
    focus: 'hydroxychloroquine',
    types: ['indication', 'side_effects', 'interactions'],
  },
  // why: "where can I find an endocrinologist who really knows Addison's disease" asks for a doctor (find_specialist)
  {
    subject: "Addison's",
    message:
      "Where can I find an endocrinologist who really knows Addison's disease in the Chicago area? My current doctor admits he has only seen two cases.",
    focus: "Addison's disease",
    types: ['find_specialist'],
  },
  // why: "should I be tested too" asks whether a relative should be tested (diagnosis); "can celiac turn into lymphoma" asks whether it leads to another condition (complications)
  {
    message:
      'My sister was just diagnosed with celiac disease. Should I be tested too even though I feel completely fine? And is it true that celiac can turn into lymphoma if you keep eating gluten?',
    focus: 'celiac disease',
    types: ['diagnosis', 'complications'],
  },
  // why: "could it be Tourette syndrome" asks whether his signs are the condition (diagnosis); "does it go away by adulthood" asks the course (prognosis); "is there medication that helps the tics" asks treatment
  {
    message:
      'My 8 year old started blinking hard and making little grunting noises a few months ago. Now he also shrugs his shoulder over and over. Could it be Tourette syndrome? Does it usually go away by adulthood? Is there medication that helps the tics?',
    focus: 'Tourette syndrome',
    types: ['diagnosis', 'prognosis', 'treatment'],
  },
  // why: "what is the difference between these treatments" asks treatment; "are there any new trials" asks research; "will she ever be able to sit on her own" asks prognosis
  {
    message:
      'Our baby girl was diagnosed with SMA type 1 at 3 months old. The team keeps mentioning Zolgensma and Spinraza and we have to decide quickly. What is the difference between these treatments and which one works better? Are there any new trials we should know about? Will she ever be able to sit on her own? We just want to give her every chance.',
    focus: 'SMA type 1',
    types: ['treatment', 'research', 'prognosis'],
  },
  // why: "warfarin and vitamin K foods like spinach" asks about the medicine with food (interactions)
  {
    message: 'warfarin and vitamin K foods like spinach, do I have to stop eating salad?',
    focus: 'warfarin',
    types: ['interactions'],
  },
  // why: "what blood test confirms it" asks diagnosis; "could stress bring on the attacks" asks what brings on its attacks (cause)
  {
    subject: 'swelling attacks',
    message:
      'For years I have had episodes where my lips or hands swell up and sometimes terrible belly pain with it. Antihistamines do nothing. My GP now thinks it might be hereditary angioedema. What blood test confirms it? And could stress bring on the attacks? They always seem to come during busy weeks at work.',
    focus: 'hereditary angioedema',
    types: ['diagnosis', 'cause'],
  },
  // why: "is it true they never feel full" asks whether a sign belongs to it (symptoms); "are there support groups for grandparents" asks find_specialist
  {
    message:
      'My grandson Tom has Prader-Willi syndrome and he is 6. When he stays with us he asks for food the minute he has finished eating. Is it true they never feel full? Are there any support groups for grandparents? I want to do right by him.',
    focus: 'Prader-Willi syndrome',
    types: ['symptoms', 'find_specialist'],
  },
  // why: "how many ibuprofen 200 mg can I take in one day" asks the dose (drug_usage)
  {
    message: 'how many ibuprofen 200 mg can i take in one day for a bad back',
    focus: 'ibuprofen',
    types: ['drug_usage'],
  },
  // why: "which foods high in copper should I avoid" asks diet (lifestyle); "will my liver recover" asks prognosis; "should my younger brother get checked" asks testing of a relative (diagnosis)
  {
    subject: "new Wilson's diagnosis",
    message:
      "I'm 22 and just found out I have Wilson's disease after some weird liver tests at a routine checkup. I'm starting treatment next week. Which foods are high in copper that I should avoid? Will my liver recover? And should my younger brother get checked, he is 17?",
    focus: "Wilson's disease",
    types: ['lifestyle', 'prognosis', 'diagnosis'],
  },
  // why: "can neurofibromas turn cancerous" asks whether it can turn into cancer (complications)
  {
    message:
      'Can the neurofibromas in NF1 turn cancerous? I have dozens of them on my back and one has started to hurt.',
    focus: 'NF1',
    types: ['complications'],
  },
  // why: "what triggers the pain" asks what brings on its attacks (cause); "is surgery an option" asks treatment
  {
    message:
      'What triggers trigeminal neuralgia pain? For me it can be brushing my teeth or even a breeze on my face. And is surgery an option if the carbamazepine stops working?',
    focus: 'trigeminal neuralgia',
    types: ['cause', 'treatment'],
  },
  // why: "does that mean I am a carrier" asks about carriers (inheritance)
  {
    message: 'My late father had alpha-1 antitrypsin deficiency. Does that mean I am a carrier?',
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['inheritance'],
  },
  // why: "what is behcets disease" asks for an overview (information); "does it cause mouth ulcers" asks whether a sign belongs to it (symptoms)
  {
    message: 'what is behcets disease and does it cause mouth ulcers',
    focus: 'behcets disease',
    types: ['information', 'symptoms'],
  },
  // why: "does growth hormone really help" asks treatment; "what heart problems can come with it" asks complications; "can she stay in a normal school" asks daily life (lifestyle)
  {
    message:
      'Our daughter is 9 and has Turner syndrome. She is much shorter than her classmates and the endocrinologist wants to start growth hormone injections. Does growth hormone really help? What heart problems can come with Turner syndrome? And can she stay in a normal school with normal classes?',
    focus: 'Turner syndrome',
    types: ['treatment', 'complications', 'lifestyle'],
  },
  // why: "how many boys are born with Klinefelter syndrome" asks how common it is (frequency)
  {
    subject: 'XXY',
    message: 'How many boys are born with Klinefelter syndrome?',
    focus: 'Klinefelter syndrome',
    types: ['frequency'],
  },
  // why: "is it safe to keep taking it while breastfeeding" asks a precaution (contraindications); "is that from the colchicine" asks whether a problem comes from the medicine (side_effects)
  {
    subject: 'colchicine and breastfeeding',
    message:
      'I take colchicine for familial Mediterranean fever and just had my first baby. Is it safe to keep taking it while breastfeeding? Also I have had loose stools pretty much every day, is that from the colchicine?',
    focus: 'colchicine',
    types: ['contraindications', 'side_effects'],
  },
  // why: "can you catch Lyme disease from your dog" asks whether it can be caught (susceptibility)
  {
    message: 'Can you catch Lyme disease from your dog? Ours had a tick on him last week.',
    focus: 'Lyme disease',
    types: ['susceptibility'],
  },
  // why: "is Raynaud's disease connected to scleroderma" asks a link between two conditions (association); "how can I stop my fingers turning white" asks preventing attacks (prevention)
  {
    message:
      "Is Raynaud's disease connected to scleroderma? My aunt had scleroderma and now my fingers go white and numb every time it gets cold. How can I stop my fingers turning white all winter?",
    focus: "Raynaud's disease",
    types: ['association', 'prevention'],
  },
  // why: "which mutation do they look for" asks genetic_changes; "can it turn into leukemia" asks complications; "how long do people live with it" asks prognosis
  {
    message:
      'My mom is 68 and was just diagnosed with polycythemia vera after a routine blood test showed her hemoglobin was very high. Which mutation do they look for, is it the JAK2 one? Can it turn into leukemia? And how long do people usually live with it?',
    focus: 'polycythemia vera',
    types: ['genetic_changes', 'complications', 'prognosis'],
  },
  // why: "how long can an opened Lantus pen stay out of the fridge" asks storage (storage_disposal)
  {
    message: 'How long can an opened Lantus pen stay out of the fridge before I have to throw it away?',
    focus: 'Lantus',
    types: ['storage_disposal'],
  },
  // why: "what are the chances the new baby has it" asks the chance a next baby has it (inheritance); "is there a test during pregnancy" asks diagnosis
  {
    message:
      'My nephew has fragile X syndrome. My sister is pregnant again, about 10 weeks. What are the chances the new baby has it as well? Is there a test they can do during the pregnancy?',
    focus: 'fragile X syndrome',
    types: ['inheritance', 'diagnosis'],
  },
  // why: "what causes Stevens-Johnson syndrome" asks cause; "can it leave lasting eye damage" asks complications; "how can he avoid getting it again" asks prevention
  {
    subject: 'after SJS',
    message:
      'Last year my son (15) ended up in the burn unit with Stevens-Johnson syndrome, the doctors think from the lamotrigine he had just started. He is home and doing better but his eyes are still dry and sore. What causes Stevens-Johnson syndrome exactly? Can it leave lasting eye damage? And how can he avoid getting it again?',
    focus: 'Stevens-Johnson syndrome',
    types: ['cause', 'complications', 'prevention'],
  },
];
