/**
 * "final25" set. Messages in every style: queries, stories, several questions, misspellings, second-language
 * English, medicines, subject lines. Written by someone who had read neither the understanding or retrieval code
 * nor any earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus
 * is a name the knowledge base holds. Scored once, halfway through its round, before any change made after it
 * (focus 1.000, type F1 0.919). Scored by final25.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --final25 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL25_MESSAGES: ConsumerMessage[] = [
  // why: "cure" asks treatment
  {
    message: 'trimethylaminuria cure',
    focus: 'trimethylaminuria',
    types: ['treatment'],
  },
  // why: "what is his life expectancy" asks prognosis; "any clinical trials he could join" asks research
  {
    subject: 'son just diagnosed',
    message:
      "My 6 year old son was diagnosed with Duchenne muscular dystrophy last week. The neurologist talked so fast and I didn't take in much. What is his life expectancy? And are there any clinical trials he could join?",
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis', 'research'],
  },
  // why: "drink wine while on metformin" asks about a medicine with alcohol, interactions
  {
    message: 'can i drink wine while on metformin',
    focus: 'metformin',
    types: ['interactions'],
  },
  // why: "what causes it" asks cause; "something one of the parents passed on" asks inheritance; "any treatment that helps" asks treatment
  {
    message:
      'Hello, my granddaughter has been told she has Rett syndrome. She is 2 and was doing fine until about 18 months, now she has stopped using her hands and makes these wringing movements. Her mum is exhausted. I want to understand, what causes it? Is it something one of the parents passed on? And is there any treatment that helps? Thank you from a worried grandmother',
    focus: 'Rett syndrome',
    types: ['cause', 'inheritance', 'treatment'],
  },
  // why: "our baby will have this disease also" asks inheritance; "which test can we do for the baby before born" asks diagnosis
  {
    message:
      'Hello doctor, my husband have Wilson disease from young age, he take medicine all his life. We want baby now. Our baby will have this disease also? Which test can we do for the baby before born?',
    focus: 'Wilson disease',
    types: ['inheritance', 'diagnosis'],
  },
  // why: "what is" asks for an overview, information
  {
    message: 'what is sarcoydosis',
    focus: 'sarcoydosis',
    types: ['information'],
  },
  // why: "does coffee stop it working" asks interactions with food/drink; "what should I do if I forget a dose" asks drug_usage
  {
    subject: 'levothyroxine and coffee',
    message:
      'I take my levothyroxine every morning with my coffee because otherwise I forget. My pharmacist made a face when I told her. Does coffee stop it working? And what should I do if I forget a dose, take two the next day?',
    focus: 'levothyroxine',
    types: ['interactions', 'drug_usage'],
  },
  // why: "should I get tested, how does the test work" asks diagnosis; "chances my kids get it" asks inheritance; "anything I can do now to delay it" asks prevention
  {
    subject: "Huntington's in the family",
    message:
      "Huntingtons runs in my dad's side. My dad started showing it at 50 and my aunt too. I'm 27 and terrified. Should I get tested, how does the test work? If I have the gene what are the chances my kids get it? Is there anything I can do now to delay it?",
    focus: 'Huntingtons',
    types: ['diagnosis', 'inheritance', 'prevention'],
  },
  // why: "does omeprazole contain lactose" asks what the medicine contains, ingredients
  {
    message:
      'Does omeprazole contain lactose? I am very intolerant and the capsules seem to upset my stomach more than the heartburn did.',
    focus: 'omeprazole',
    types: ['ingredients'],
  },
  // why: "stomach cramps and diarrhea from it" asks whether a problem comes from the medicine, side_effects; "can she still take it if we try for another baby" asks pregnancy precaution, contraindications
  {
    subject: 'wife with myasthenia',
    message:
      "My wife has myasthenia gravis and her eyelids droop by the evening, she sees double when she's tired. She's on pyridostigmine. Is it normal that she gets stomach cramps and diarrhea from it? Also can she still take it if we try for another baby?",
    focus: 'pyridostigmine',
    types: ['side_effects', 'contraindications'],
  },
  // why: "support groups for parents" asks find_specialist
  {
    message:
      'Hi, are there support groups for parents of kids with Prader-Willi syndrome in the Manchester area? We feel very alone.',
    focus: 'Prader-Willi syndrome',
    types: ['find_specialist'],
  },
  // why: "safe for me to do yoga" asks lifestyle; "can EDS affect the heart" asks complications; "will it get worse as I age" asks prognosis
  {
    message:
      'I was diagnosed with Ehlers Danlos (hypermobile type) at 34 after years of being told I was just clumsy. My joints dislocate, I bruise like a peach. Is it safe for me to do yoga or will it make things worse? Can EDS affect the heart? Also will it get worse as I age?',
    focus: 'Ehlers Danlos',
    types: ['lifestyle', 'complications', 'prognosis'],
  },
  // why: "crohns vs ulcerative colitis same thing??" asks whether two conditions are the same, information; "does crohns run in families" asks inheritance
  {
    message: 'crohns vs ulcerative colitis same thing?? and does crohns run in families',
    focus: 'crohns',
    types: ['information', 'inheritance'],
  },
  // why: "could this be Tourette syndrome" asks whether his signs could be it, diagnosis; the rest is story
  {
    message:
      "My son is 9. Over the last year he started blinking hard, then clearing his throat all the time, now he jerks his shoulder and sometimes makes a little squeak. Teachers think he's doing it for attention and he gets told off. He says he can't stop it, though he can hold it in for a bit and then it comes out worse. His cousin had something similar when he was small. Could this be Tourette syndrome?",
    focus: 'Tourette syndrome',
    types: ['diagnosis'],
  },
  // why: "how much can I give for 15 kg" asks dose, drug_usage; "give it together with paracetamol" asks interactions
  {
    message:
      'Ibuprofen for my 3 yr old, how much can I give for 15 kg? and can I give it together with paracetamol',
    focus: 'Ibuprofen',
    types: ['drug_usage', 'interactions'],
  },
  // why: "what is it exactly" asks information; "what will she be able to eat" asks diet, lifestyle; "will she develop normally" asks prognosis
  {
    subject: 'PKU baby',
    message:
      'Our newborn daughter tested positive for phenylketonuria on the heel prick. We had never heard of it. What is it exactly? What will she be able to eat? Will she develop normally if we stick to the diet?',
    focus: 'phenylketonuria',
    types: ['information', 'lifestyle', 'prognosis'],
  },
  // why: "does it damage your eyes" asks a medicine's side effect
  {
    message: 'does hydroxychloroquine damage your eyes',
    focus: 'hydroxychloroquine',
    types: ['side_effects'],
  },
  // why: "how fast does it usually progress" asks prognosis; "treatments that slow it down" asks treatment
  {
    message:
      "My best friend was just diagnosed with ALS at 41. I don't know how to help her or what to say. How fast does it usually progress? And are there any treatments that slow it down?",
    focus: 'ALS',
    types: ['prognosis', 'treatment'],
  },
  // why: "how long she must to take this medicine" asks duration of a medicine, drug_usage
  {
    message:
      'Good day. My mother 68 years is having polymialgia reumatica, the doctor give her prednisone 15 mg. She is asking, how long she must to take this medicine?',
    focus: 'prednisone',
    types: ['drug_usage'],
  },
  // why: "can our kids still get it" asks inheritance; "should our other family members be tested" asks whether relatives should be tested, diagnosis
  {
    subject: 'cystic fibrosis carrier',
    message:
      "I just found out through a preconception screen that I'm a carrier of cystic fibrosis. My husband hasn't been tested yet. If he's not a carrier can our kids still get it? Should our other family members (my sister is pregnant) be tested?",
    focus: 'cystic fibrosis',
    types: ['inheritance', 'diagnosis'],
  },
  // why: "symptoms" asks symptoms; "which gene" asks genetic_changes; "passed from parents" asks inheritance
  {
    message: 'alpha 1 antitripsin deficency symptoms and which gene, is it passed from parents',
    focus: 'alpha 1 antitripsin deficency',
    types: ['symptoms', 'genetic_changes', 'inheritance'],
  },
  // why: "what test confirms it" asks diagnosis
  {
    subject: 'Gaucher?',
    message:
      "My hematologist mentioned Gaucher disease because my spleen is big and my platelets are low. I'm of Ashkenazi background. What test confirms it?",
    focus: 'Gaucher disease',
    types: ['diagnosis'],
  },
  // why: "no pregnancy but I'm on the pill, is that enough" asks a pregnancy precaution, contraindications; "will it make me depressed" asks side_effects
  {
    message:
      "Got a prescription for isotretinoin for my acne. My dermatologist said absolutely no pregnancy but I'm already on the pill, is that enough? Also will it make me depressed, I've read scary things online.",
    focus: 'isotretinoin',
    types: ['contraindications', 'side_effects'],
  },
  // why: "can it still cause heart problems later in life" asks complications
  {
    subject: 'Kawasaki - heart',
    message:
      'Our 4 year old had Kawasaki disease last spring and got IVIG in hospital. The echo was fine at 6 weeks. Can it still cause heart problems later in life?',
    focus: 'Kawasaki disease',
    types: ['complications'],
  },
  // why: "does that sound like narcolepsy" asks whether his signs could be it, diagnosis; "should he even be driving" asks daily life, lifestyle; "what kind of doctor" asks find_specialist
  {
    message:
      "My boyfriend falls asleep everywhere, at dinner, in the middle of a movie, once at a red light (scary). When he laughs hard his knees buckle and he sort of slumps. He thinks he's just lazy. I read about narcolepsy and the knee thing sounds like cataplexy. Does that sound like narcolepsy to you? Should he even be driving? And what kind of doctor does he need to see, his GP just told him to sleep more.",
    focus: 'narcolepsy',
    types: ['diagnosis', 'lifestyle', 'find_specialist'],
  },
  // why: "vitamin K foods what to avoid" asks interactions with food; "missed dose what to do" asks drug_usage
  {
    message: 'warfarin and vitamin K foods what to avoid, missed dose what to do',
    focus: 'warfarin',
    types: ['interactions', 'drug_usage'],
  },
  // why: "is lupus contagious" asks whether someone can catch it, susceptibility
  {
    message: 'Is lupus contagious? My coworker has it and people at work are avoiding her.',
    focus: 'lupus',
    types: ['susceptibility'],
  },
  // why: "can the bumps turn into cancer" asks complications; "will his own kids get it" asks inheritance
  {
    message:
      'My nephew has neurofibromitosis type 1 with lots of cafe au lait spots and now some little bumps on his skin. Can the bumps turn into cancer? Will his own kids get it one day?',
    focus: 'neurofibromitosis type 1',
    types: ['complications', 'inheritance'],
  },
  // why: "with grapefruit juice" asks interactions; "is that the colchicine" asks whether a problem comes from the medicine, side_effects; "while breastfeeding" asks contraindications
  {
    subject: 'colchicine questions',
    message:
      'I have familial Mediterranean fever and was put on colchicine daily. It helps with the fevers. Is it ok to take it with grapefruit juice? My stomach is upset all the time since starting, is that the colchicine? And can I keep taking it while breastfeeding?',
    focus: 'colchicine',
    types: ['interactions', 'side_effects', 'contraindications'],
  },
  // why: "life expectancy" asks prognosis
  {
    message: 'sickle cell life expectancy',
    focus: 'sickle cell',
    types: ['prognosis'],
  },
  // why: "is it a kind of cancer" asks what it is, information; "can it turn into leukemia" asks complications
  {
    subject: 'PV question',
    message:
      'My husband (52) was diagnosed with polycythemia vera after a routine blood test. He feels completely fine. Is it a kind of cancer? Can it turn into leukemia?',
    focus: 'polycythemia vera',
    types: ['information', 'complications'],
  },
  // why: "what medicine exist for this" asks treatment; "he will walk some day" asks prognosis; "where are the best center" asks find_specialist
  {
    message:
      'Hi, I am from Brazil, my son 3 years have diagnose of spinal muscular atrophy type 2. He can sit but not walk. What medicine exist for this? He will walk some day? Where are the best center for this disease?',
    focus: 'spinal muscular atrophy',
    types: ['treatment', 'prognosis', 'find_specialist'],
  },
  // why: "do I need to do anything about it" asks managing it, treatment
  {
    message:
      "I'm 45 and was just told I have Gilbert syndrome after bloods showed high bilirubin. Do I need to do anything about it?",
    focus: 'Gilbert syndrome',
    types: ['treatment'],
  },
  // why: "could this be Marfans" asks whether her signs could be it, diagnosis; "which doctor should we see" asks find_specialist
  {
    subject: 'tall daughter, eye lens',
    message:
      'My daughter is 14, very tall and thin with long fingers, and the optometrist said the lens in one eye is slightly dislocated. Could this be Marfans? Which doctor should we see?',
    focus: 'Marfans',
    types: ['diagnosis', 'find_specialist'],
  },
  // why: "what is gabapentin actually for" asks what a medicine is for, indication
  {
    message:
      'what is gabapentin actually for? my doctor gave it to me for back pain but I thought it was for epilepsy',
    focus: 'gabapentin',
    types: ['indication'],
  },
  // why: "what triggers the attacks" asks cause; "something we can take to prevent them" asks prevention; "new drugs being tested" asks research
  {
    subject: 'HAE attacks',
    message:
      'Hereditary angioedema. My sister and I both have it, diagnosed as adults after years of swelling attacks. My throat swelled once and it was terrifying. What triggers the attacks? Is there something we can take to prevent them? And are there new drugs being tested?',
    focus: 'Hereditary angioedema',
    types: ['cause', 'prevention', 'research'],
  },
  // why: "have to stay in the fridge" asks storage_disposal; "a day late with my injection, does that matter" asks timing, drug_usage
  {
    subject: 'travelling with Humira',
    message:
      "I'm going to Spain for 2 weeks with my adalimumab pens. Do they have to stay in the fridge the whole time? And if I'm a day late with my injection because of the trip, does that matter?",
    focus: 'adalimumab',
    types: ['storage_disposal', 'drug_usage'],
  },
  // why: "is there a link between the two" asks association between two conditions
  {
    message:
      "I've had Hashimoto's for years and now my doctor wants to test me for celiac disease. Is there a link between the two?",
    focus: 'celiac disease',
    types: ['association'],
  },
  // why: "how rare is it" asks frequency; "is it passed on to children" asks inheritance
  {
    subject: 'CADASIL',
    message:
      "Dad (71) has been diagnosed with CADASIL after two small strokes. We didn't even know it existed. How rare is it? Is it passed on to children?",
    focus: 'CADASIL',
    types: ['frequency', 'inheritance'],
  },
  // why: "treatment options" asks treatment; "how rare" asks frequency; "life expectancy" asks prognosis
  {
    message: 'moyamoya disease adult onset treatment options, how rare, life expectancy',
    focus: 'moyamoya disease',
    types: ['treatment', 'frequency', 'prognosis'],
  },
];
