/**
 * "final26" set. Messages in every style: queries, stories, several questions, misspellings, second-language
 * English, medicines, subject lines. Written by someone who had read neither the understanding or retrieval code
 * nor any earlier set, following the labeling guide (src/understand/README.md) and checking only that each focus
 * is a name the knowledge base holds. Scored once, at the end of its round, after its last change (focus 1.000,
 * type F1 0.926). Scored by final26.test.ts and by `npx tsx test/understand/support/score-messages.ts --final26
 * --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL26_MESSAGES: ConsumerMessage[] = [
  // why: search query "what foods to avoid" asks about diet, which is lifestyle
  {
    message: 'wilsons disease what foods to avoid',
    focus: 'wilsons disease',
    types: ['lifestyle'],
  },
  // why: "how long do boys with this usually live" asks prognosis; "any clinical trials he could join" asks research
  {
    subject: 'Son just diagnosed',
    message:
      'My 6 year old son was diagnosed with Duchenne muscular dystrophy last week and we are still in shock. How long do boys with this usually live? And are there any clinical trials he could join? We live in Ohio if that matters.',
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis', 'research'],
  },
  // why: "how can she have it when nobody in the family has it, is it passed down" asks inheritance; "will it shorten her life" asks prognosis; "what medicines are there for it now" asks treatment
  {
    message:
      'Hello, I am writing about my granddaughter who is 3 and has cystic fibrosis. Her mum and dad are both perfectly healthy. How can she have it when nobody in the family has it, is it passed down somehow? Will it shorten her life? And what medicines are there for it now? I am 74 and I do not understand the internet very well so I thought I would ask you directly.',
    focus: 'cystic fibrosis',
    types: ['inheritance', 'prognosis', 'treatment'],
  },
  // why: "It is from the metformin?" asks whether a problem comes from the medicine, a side effect
  {
    message:
      'Hello doctor, my husband take metformin since 2 years for the sugar. Now he have always diarrhea and pain in stomach. It is from the metformin?',
    focus: 'metformin',
    types: ['side_effects'],
  },
  // why: "safe to stay on it while pregnant" asks contraindications; "does the pill affect how well it works" asks interactions with another medicine
  {
    subject: 'lamotrigine and pregnancy',
    message:
      'I have been on lamotrigine 200mg for epilepsy for five years and it keeps me seizure free. My husband and I want to try for a baby. Is it safe to stay on it while pregnant? Also, does the contraceptive pill I take now affect how well it works?',
    focus: 'lamotrigine',
    types: ['contraindications', 'interactions'],
  },
  // why: search query about kidney damage asks what other problems it leads to, complications
  {
    message: 'fabry disease kidney damage',
    focus: 'fabry disease',
    types: ['complications'],
  },
  // why: "can she still go on hikes, should she avoid exercise" asks lifestyle; "does it ever go into remission" asks prognosis; "can our kids get it from her" asks inheritance
  {
    message:
      'My wife (41) was diagnosed with myasthenia gravis in the spring after her eyelids started drooping and she had trouble chewing at dinner. She is on Mestinon now and doing a bit better. We used to hike every weekend. Can she still go on hikes with me, or should she avoid exercise? Does it ever go into remission? And she keeps worrying about our two kids - can they get it from her?',
    focus: 'myasthenia gravis',
    types: ['lifestyle', 'prognosis', 'inheritance'],
  },
  // why: "which gene is changed" asks genetic_changes
  {
    subject: 'Gene question',
    message:
      'Which gene is changed in Marfan syndrome? The report for my daughter mentions FBN1 and I have no idea what it means.',
    focus: 'Marfan syndrome',
    types: ['genetic_changes'],
  },
  // why: "is it common in Irish people" asks frequency; "should I get tested" asks diagnosis for a relative
  {
    message:
      'Is hemochromatosis common in Irish people? My dad was just diagnosed with it and I am 32, should I get tested?',
    focus: 'hemochromatosis',
    types: ['frequency', 'diagnosis'],
  },
  // why: "can you catch it" asks susceptibility; "does it run in families" asks inheritance; "what tests do they use to diagnose it" asks diagnosis
  {
    message:
      'can you catch sarcoidosis from someone? my coworker has it and we share an office. does it run in families? and what tests do they use to diagnose it',
    focus: 'sarcoidosis',
    types: ['susceptibility', 'inheritance', 'diagnosis'],
  },
  // why: "support group" asks for patient organizations, find_specialist
  {
    message: 'hidradenitis suppurativa support group uk',
    focus: 'hidradenitis suppurativa',
    types: ['find_specialist'],
  },
  // why: "how can we stop his pain crises" asks preventing attacks; "would hydroxyurea help him" asks about a therapy, treatment
  {
    message:
      "How can we stop my son's pain crises? He is 9 with sickle cell and ends up in hospital every few months, he has missed so much school. Is hydroxyurea something that would help him?",
    focus: 'sickle cell',
    types: ['prevention', 'treatment'],
  },
  // why: "can I have wine" asks interactions with alcohol; "if I forget my dose can I take it Tuesday" asks drug_usage; "is the hair thinning from the methotrexate" asks side_effects
  {
    subject: 'methotrexate questions',
    message:
      'My rheumatologist started me on methotrexate once a week for rheumatoid arthritis. Can I still have a glass of wine at the weekend? What happens if I forget my dose on the Monday, can I just take it Tuesday? And is the hair thinning I have noticed from the methotrexate?',
    focus: 'methotrexate',
    types: ['interactions', 'drug_usage', 'side_effects'],
  },
  // why: "will the tics go away when she is older" asks prognosis; "what can she do at school" asks lifestyle
  {
    message:
      'my daugter has tourettes syndrom, she is 11. will the tics go away when she is older? and what can she do at school when the tics get bad, the other kids laugh at her',
    focus: 'tourettes syndrom',
    types: ['prognosis', 'lifestyle'],
  },
  // why: "do the pens need to stay in the fridge" asks storage_disposal
  {
    subject: 'Fridge?',
    message:
      'Do my Humira pens need to stay in the fridge the whole time? We are going camping for a week in August.',
    focus: 'Humira',
    types: ['storage_disposal'],
  },
  // why: "what are the chances I have it too" asks inheritance; "is there a test before symptoms" asks diagnosis; "where can I find a genetic counselor" asks find_specialist
  {
    message:
      "My mother has Huntington's disease and I am 28. What are the chances I have it too? Is there a test that can tell me before I get any symptoms? And where can I find a genetic counselor near Boston?",
    focus: "Huntington's disease",
    types: ['inheritance', 'diagnosis', 'find_specialist'],
  },
  // why: "what does it actually do for lupus" asks what the medicine is for and how it works, indication
  {
    message: 'What does hydroxychloroquine actually do for lupus? I thought it was a malaria medicine.',
    focus: 'hydroxychloroquine',
    types: ['indication'],
  },
  // why: "is there a connection between the two" asks association; "how is POTS treated" asks treatment
  {
    message:
      'I (26F) was diagnosed with hypermobile EDS last year and now my cardiologist thinks I also have POTS because my heart races every time I stand up. Is there a connection between the two? And how is POTS treated?',
    focus: 'POTS',
    types: ['association', 'treatment'],
  },
  // why: "what is this disease" asks information
  {
    message:
      'Good day. My brother in Lagos have been told he has thalassemia. Please what is this disease? Thank you and God bless.',
    focus: 'thalassemia',
    types: ['information'],
  },
  // why: "can I drink grapefruit juice with it" asks interactions with food; "is it ok while breastfeeding" asks contraindications
  {
    subject: 'Question about colchicine',
    message:
      'I take colchicine every day for familial Mediterranean fever. Can I drink grapefruit juice with it? And is it ok while breastfeeding my 3 month old?',
    focus: 'colchicine',
    types: ['interactions', 'contraindications'],
  },
  // why: "could his work have caused this" names an exposure as a cause, association
  {
    message:
      'My father-in-law was diagnosed with ALS in March. It started with his hand getting weak and now his speech is slurred. He was a welder for 40 years and breathed in a lot of fumes and metal dust. Could his work have caused this?',
    focus: 'ALS',
    types: ['association'],
  },
  // why: "what causes this" asks cause; "is carbamazepine the only option" and "can surgery fix it" both ask treatment; "will it get worse" asks prognosis
  {
    subject: 'Face pain',
    message:
      'I am 45 and was told I have trigeminal neuralgia. I get electric shocks in my cheek when I brush my teeth or even when the wind blows. What causes this? Is carbamazepine the only option or can surgery fix it? Will it get worse over the years?',
    focus: 'trigeminal neuralgia',
    types: ['cause', 'treatment', 'prognosis'],
  },
  // why: search query about blood test accuracy asks diagnosis
  {
    message: 'celiac disease blood test accurate?',
    focus: 'celiac disease',
    types: ['diagnosis'],
  },
  // why: "what exactly is it" asks information; "what should I do if she has a crisis" asks managing it, treatment
  {
    message:
      "My best friend has just been told she has Addison's disease. What exactly is it? And what should I do if she ever has a crisis when we are out together? I want to be prepared.",
    focus: "Addison's disease",
    types: ['information', 'treatment'],
  },
  // why: "how many girls actually have it" asks frequency
  {
    subject: 'How rare is it really',
    message:
      'Our daughter was diagnosed with Rett syndrome at age 2. The doctor said it is very rare. How many girls actually have it?',
    focus: 'Rett syndrome',
    types: ['frequency'],
  },
  // why: "I take it with my coffee, is that a problem" asks interactions with food; "can I take it at night instead" asks timing, drug_usage
  {
    message:
      "hi, im on levothyroxine for hashimoto's disease. I usually take it with my morning coffee, is that a problem? can I take it at night instead?",
    focus: 'levothyroxine',
    types: ['interactions', 'drug_usage'],
  },
  // why: "will she be able to sit or walk" asks prognosis; "what treatments are available" asks treatment; "chances it happens again" asks inheritance for a next baby
  {
    message:
      'Our baby girl Mia was diagnosed with spinal muscular atrophy type 1 through newborn screening when she was 10 days old. Everything has happened so fast, the neurologist talks about gene therapy and injections into the spine and we are overwhelmed. Will she ever be able to sit or walk? What treatments are available for her? We would like another child one day, what are the chances it happens again?',
    focus: 'spinal muscular atrophy',
    types: ['prognosis', 'treatment', 'inheritance'],
  },
  // why: "can it lead to ulcers or losing fingers" asks complications
  {
    message:
      "Can Raynaud's disease lead to ulcers or even losing fingers? Mine turn white and numb every winter.",
    focus: "Raynaud's disease",
    types: ['complications'],
  },
  // why: "anything that can stop them" asks treatment of the nosebleeds; "should he be checked for it" asks diagnosis for a relative
  {
    subject: 'HHT and nosebleeds',
    message:
      'My husband has HHT and gets nosebleeds almost every day, sometimes for half an hour. Is there anything that can stop them? Also our son has had a few nosebleeds lately, should he be checked for it?',
    focus: 'HHT',
    types: ['treatment', 'diagnosis'],
  },
  // why: "does prednisone cause insomnia" asks side_effects; "should I take it in the morning" asks timing, drug_usage
  {
    message:
      'does prednisone cause insomnia?? day 4 and i havent slept. should i take it in the morning instead of lunch',
    focus: 'prednisone',
    types: ['side_effects', 'drug_usage'],
  },
  // why: "what is the gene" asks genetic_changes; "can the spots become cancer" asks complications; "some study for new medicine" asks research
  {
    message:
      'Hello, I am from Brazil. My son of 4 years was diagnosed neurofibromatose type 1, he have many café au lait spots on the body. What is the gene of this disease? The spots can become cancer? There is some study for new medicine?',
    focus: 'neurofibromatose type 1',
    types: ['genetic_changes', 'complications', 'research'],
  },
  // why: "why do they start when I drink a beer" asks what brings on the attacks, cause
  {
    subject: 'Cluster headaches and beer',
    message: 'Why do my cluster headaches always start when I drink a beer? Even just one.',
    focus: 'cluster headaches',
    types: ['cause'],
  },
  // why: "difference between Crohn's disease and ulcerative colitis" asks information; "can Crohn's disease be cured" asks treatment
  {
    message:
      "What is the difference between Crohn's disease and ulcerative colitis? And can Crohn's disease be cured or is it forever?",
    focus: "Crohn's disease",
    types: ['information', 'treatment'],
  },
  // why: "is there a way to prevent it from coming back" asks prevention of a relapse
  {
    message:
      'Is there any way to prevent Guillain-Barre syndrome from coming back? I had it in 2019, spent two months in hospital, and I am terrified of another episode.',
    focus: 'Guillain-Barre syndrome',
    types: ['prevention'],
  },
  // why: "what are the side effects on mood" asks side_effects; "how long does the course last" asks drug_usage
  {
    subject: 'Accutane for my son',
    message:
      'My 17 year old son wants to start Accutane for his acne. What are the side effects on mood? I have read scary things. And how long does a course usually last?',
    focus: 'Accutane',
    types: ['side_effects', 'drug_usage'],
  },
  // why: "is it more common in our community" asks frequency; "is there a blood test" asks diagnosis; "what are the first signs" asks symptoms
  {
    message:
      'I am an Ashkenazi Jewish woman and my cousin was recently diagnosed with Gaucher disease. Is it more common in our community? Is there a blood test for it? What are the first signs I should look out for?',
    focus: 'Gaucher disease',
    types: ['frequency', 'diagnosis', 'symptoms'],
  },
  // why: "could his symptoms be Kawasaki disease" asks diagnosis; "can it hurt his heart" asks complications
  {
    message:
      "could my 3 year old's symptoms be kawasaki disease? fever for 6 days, red eyes, cracked red lips and now his fingers are peeling. and can it hurt his heart?",
    focus: 'kawasaki disease',
    types: ['diagnosis', 'complications'],
  },
  // why: "how much spinach can I eat" with warfarin asks interactions with food
  {
    message: 'warfarin and vitamin K foods like spinach, how much can i eat',
    focus: 'warfarin',
    types: ['interactions'],
  },
  // why: "will she have normal intelligence if we follow the diet" asks prognosis; "what is she allowed to eat" asks diet, lifestyle
  {
    subject: 'Newborn with PKU',
    message:
      'We just found out from the heel prick test that our newborn daughter has phenylketonuria. The dietitian gave us a special formula and a lot of papers to read. Will she have normal intelligence if we follow the diet strictly? What will she be allowed to eat once she starts solid foods?',
    focus: 'phenylketonuria',
    types: ['prognosis', 'lifestyle'],
  },
  // why: "medicine that makes bones stronger" asks treatment; "can he do swimming or PE" asks lifestyle; "insurance coverage" is other
  {
    subject: 'Brittle bones',
    message:
      'Our adopted son has osteogenesis imperfecta and has already broken his arm six times, he is only 7. Is there any medicine that makes his bones stronger? Can he do swimming or PE at school without getting hurt? Also, does insurance usually cover the infusions, because our plan keeps denying them?',
    focus: 'osteogenesis imperfecta',
    types: ['treatment', 'lifestyle', 'other'],
  },
];
