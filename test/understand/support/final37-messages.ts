/**
 * "final37" set. Messages in every style: short questions, long messages with background, lists of questions,
 * typos and no punctuation, non-native English, medicines, subject lines. Written by someone who had read
 * neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, at the start of its round, before any change (focus 0.975, type F1 0.966). Scored by final37.test.ts
 * and by `npx tsx test/understand/support/score-messages.ts --final37 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL37_MESSAGES: ConsumerMessage[] = [
  // why: only asks for general info about FOP -> information
  {
    message: 'any info on FOP? my nephew was just dx last week and none of us ever heard of it',
    focus: 'fibrodysplasia ossificans progressiva',
    types: ['information'],
  },
  // why: "could this be X" and "how do i get tested" are both diagnosis, asked once
  {
    message:
      'i smell like fish no matter how many times i shower a day, my coworkers have started to comment. could this be trimethylaminuria?? how do i get tested for it',
    focus: 'trimethylaminuria',
    types: ['diagnosis'],
  },
  // why: whether it can be caught -> susceptibility
  {
    message: "Is Kawasaki disease contagious? A boy in my daughter's class has it and she has a fever now.",
    focus: 'Kawasaki disease',
    types: ['susceptibility'],
  },
  // why: whether he will go blind is the course/outlook -> prognosis
  {
    message: 'will my son go blind from stargardt? he is 12 and was diagnosed this spring',
    focus: 'Stargardt disease',
    types: ['prognosis'],
  },
  // why: fridge question is storage of the medicine; sickle cell is only background
  {
    message:
      'My son takes hydroxyurea capsules for his sickle cell. Do they need to go in the fridge or is the kitchen cupboard ok?',
    focus: 'hydroxyurea',
    types: ['storage_disposal'],
  },
  // why: grapefruit juice with a medicine -> interactions
  {
    message: 'can i have grapefruit juice while on colchicine',
    focus: 'colchicine',
    types: ['interactions'],
  },
  // why: asks only for a doctor who knows the condition -> find_specialist
  {
    message:
      'Hello, I was diagnosed with Wilson disease 3 years ago and my liver doctor is retiring. Is there a doctor who knows about Wilsons in the Columbus, Ohio area? Thank you',
    focus: 'Wilson disease',
    types: ['find_specialist'],
  },
  // why: how rare -> frequency
  {
    message: 'how rare is moyamoya disease',
    focus: 'moyamoya disease',
    types: ['frequency'],
  },
  // why: trials are research; the ERT remark is story
  {
    message:
      "Are there any clinical trials for late onset Pompe going on right now? The enzyme infusions aren't working so well for me anymore and I'm willing to travel.",
    focus: 'Pompe disease',
    types: ['research'],
  },
  // why: the gene and "the CAG thing" are the same question -> genetic_changes
  {
    message:
      'which gene is it in huntingtons disease? is that the same as the CAG repeat thing the doctor mentioned',
    focus: 'Huntington disease',
    types: ['genetic_changes'],
  },
  // why: what brings on the flares (skin blisters) is cause; condition named in subject line
  {
    subject: 'PCT and drinking',
    message: 'Does drinking bring on my blisters? They always seem worse after the weekend.',
    focus: 'porphyria cutanea tarda',
    types: ['cause'],
  },
  // why: a teacher asking about school life -> lifestyle
  {
    message:
      'I am a 3rd grade teacher and one of my students has Turner syndrome. What can I do in the classroom to support her? She struggles a bit with math and with copying from the board.',
    focus: 'Turner syndrome',
    types: ['lifestyle'],
  },
  // why: what the medicine is for -> indication; focus is the medicine not PKU
  {
    message: 'what is sapropterin for? the clinic wants to try it for my son with PKU',
    focus: 'sapropterin',
    types: ['indication'],
  },
  // why: is there a cure -> treatment
  {
    message: "Is there a cure for Behcet's? I'm so tired of the mouth ulcers.",
    focus: 'Behcet disease',
    types: ['treatment'],
  },
  // why: the chance their children get it -> inheritance
  {
    message: 'My husband was diagnosed with CADASIL. What are the chances our kids get it? They are 6 and 9.',
    focus: 'CADASIL',
    types: ['inheritance'],
  },
  // why: what it is -> information; is it hereditary -> inheritance
  {
    message: 'what is gaucher disease and is it hereditary',
    focus: 'Gaucher disease',
    types: ['information', 'inheritance'],
  },
  // why: could it be Alport -> diagnosis; whether hearing loss belongs to it -> symptoms
  {
    message:
      "My son is 8 and the pediatrician found blood in his urine again at his checkup. My brother has Alport syndrome and is on dialysis. Could my son have Alport too? And does it cause hearing loss? He has been saying 'what?' a lot lately.",
    focus: 'Alport syndrome',
    types: ['diagnosis', 'symptoms'],
  },
  // why: what triggers attacks -> cause; how to prevent them -> prevention
  {
    message: 'What triggers HAE attacks and how can we prevent them?',
    focus: 'hereditary angioedema',
    types: ['cause', 'prevention'],
  },
  // why: wine with the medicine -> interactions; whether hair loss is from it -> side_effects
  {
    message:
      "I'm on methotrexate for my sarcoidosis. can I have a glass of wine at christmas? also my hair is coming out in the shower, is that from the methotrexate",
    focus: 'methotrexate',
    types: ['interactions', 'side_effects'],
  },
  // why: gymnastics is daily life -> lifestyle; specialists -> find_specialist
  {
    subject: 'hEDS question',
    message:
      'My daughter (11) was just diagnosed with hypermobile Ehlers-Danlos. Can she still do gymnastics? She loves it. And are there any EDS specialists in the UK, ideally near Leeds?',
    focus: 'Ehlers-Danlos syndrome',
    types: ['lifestyle', 'find_specialist'],
  },
  // why: life expectancy -> prognosis; how many kids have it -> frequency
  {
    message:
      'my granddaughter was born with prader willi syndrome last month. what is the life expectancy with this? and how many children have it? we never heard of it before',
    focus: 'Prader-Willi syndrome',
    types: ['prognosis', 'frequency'],
  },
  // why: chance the baby has it -> inheritance; test before birth -> diagnosis
  {
    message:
      'Hello. My brother have cystic fibrosis. Now I am pregnant 10 weeks. Is possible my baby have it also? Which test I can do for the baby before he is born? Thank you very much for help.',
    focus: 'cystic fibrosis',
    types: ['inheritance', 'diagnosis'],
  },
  // why: timing and missed dose -> drug_usage (once); cramps from it -> side_effects
  {
    message:
      'when do i take pyridostigmine, before or after food? i missed my morning dose today should i double up at lunch. also can it cause stomach cramps',
    focus: 'pyridostigmine',
    types: ['drug_usage', 'side_effects'],
  },
  // why: a named exposure asked as cause -> association; will she walk again -> prognosis
  {
    message:
      'My mum got Guillain-Barre two weeks after her flu shot. Could the flu shot have caused it? She is in rehab now, will she walk again?',
    focus: 'Guillain-Barre syndrome',
    types: ['association', 'prognosis'],
  },
  // why: stopping the crises -> prevention; flying on holiday is travel -> lifestyle
  {
    message:
      'Our son (5) has sickle cell disease. How do we stop the pain crises, he has been in hospital 3 times this year. And is it ok for him to go on a plane? We want to visit family in Nigeria.',
    focus: 'sickle cell disease',
    types: ['prevention', 'lifestyle'],
  },
  // why: what happens untreated -> complications; special diet -> lifestyle
  {
    message:
      "What happens if hemochromatosis isn't treated? My ferritin is high but I feel fine. Is there a special diet I should follow?",
    focus: 'hereditary hemochromatosis',
    types: ['complications', 'lifestyle'],
  },
  // why: breastfeeding precaution -> contraindications; effect on the pill -> interactions
  {
    message:
      'I have narcolepsy and just had a baby. Is modafinil safe while breastfeeding? And does it make the birth control pill not work?',
    focus: 'modafinil',
    types: ['contraindications', 'interactions'],
  },
  // why: could his signs be Marfan -> diagnosis; who to see -> find_specialist
  {
    message:
      "Could my son's symptoms be Marfan syndrome? He's 15, 6'4, very long fingers, and he had a lens dislocation in one eye. Who should we see to find out?",
    focus: 'Marfan syndrome',
    types: ['diagnosis', 'find_specialist'],
  },
  // why: blood test -> diagnosis; insurance -> other
  {
    message: 'is there a blood test for fabry disease? and does insurance usually pay for it',
    focus: 'Fabry disease',
    types: ['diagnosis', 'other'],
  },
  // why: lactose content -> ingredients; empty stomach -> drug_usage
  {
    message:
      'Does deferasirox have lactose in it? My daughter is lactose intolerant. Also should she take it on an empty stomach or with breakfast?',
    focus: 'deferasirox',
    types: ['ingredients', 'drug_usage'],
  },
  // why: same as Duchenne -> information; life expectancy -> prognosis; trials -> research
  {
    message:
      'is becker the same as duchenne?? my son was diagnosed with becker muscular dystrophy yesterday. what is his life expectancy. is there any trials he can join',
    focus: 'Becker muscular dystrophy',
    types: ['information', 'prognosis', 'research'],
  },
  // why: why it happened -> cause; next baby -> inheritance; seizures forever -> prognosis; seizure control -> treatment
  {
    message:
      "Our son Liam is 14 months old and was diagnosed with tuberous sclerosis complex after he started having infantile spasms. The MRI showed tubers in his brain and he has a few white patches on his skin we never noticed. Nobody in our family has anything like this and we are trying to understand what happened. What causes TSC? We would like another baby someday - could our next baby have it too? Will Liam have seizures his whole life? And what can be done for the seizures, because the first medicine hasn't stopped them. Sorry for all the questions, we are overwhelmed.",
    focus: 'tuberous sclerosis complex',
    types: ['cause', 'inheritance', 'prognosis', 'treatment'],
  },
  // why: gene -> genetic_changes; how common -> frequency; gene therapy research -> research
  {
    subject: 'Questions about Rett syndrome',
    message: '1. what gene is involved\n2. how common is it\n3. is there any research on gene therapy for it',
    focus: 'Rett syndrome',
    types: ['genetic_changes', 'frequency', 'research'],
  },
  // why: link to TSC -> association; flying -> lifestyle; outlook -> prognosis; two conditions, LAM is the focus
  {
    message:
      'I was just diagnosed with LAM at 34. Is it linked to tuberous sclerosis? Can I still fly? And honestly what is my outlook?',
    focus: 'lymphangioleiomyomatosis',
    types: ['association', 'lifestyle', 'prognosis'],
  },
  // why: how it works -> indication; eye damage -> side_effects; stopping before surgery -> drug_usage
  {
    message:
      "My rheumatologist started me on hydroxychloroquine (Plaquenil) for Sjogren's. How does it work exactly? Can it damage my eyes? And do I need to stop it before my knee surgery in March?",
    focus: 'hydroxychloroquine',
    types: ['indication', 'side_effects', 'drug_usage'],
  },
  // why: what it is -> information; kids get it -> inheritance; work -> lifestyle
  {
    message: 'my bf has CMT wat is it exactly?? will r kids get it? can he keep working construction',
    focus: 'Charcot-Marie-Tooth disease',
    types: ['information', 'inheritance', 'lifestyle'],
  },
  // why: signs of a crisis -> symptoms; what brings crises on -> cause; stopping them -> prevention
  {
    subject: "Addison's - adrenal crisis",
    message:
      'what are the early signs of a crisis coming on? what causes it to happen in the first place? and how do i stop it happening when im sick with a cold or flu',
    focus: 'Addison disease',
    types: ['symptoms', 'cause', 'prevention'],
  },
  // why: turn into cancer -> complications; how many -> frequency; clinic -> find_specialist
  {
    message: 'Can NF1 turn into cancer? How many people have it? Is there a special clinic for it?',
    focus: 'neurofibromatosis type 1',
    types: ['complications', 'frequency', 'find_specialist'],
  },
  // why: alcohol -> interactions; storing away from kids -> storage_disposal; other uses -> indication
  {
    message:
      'sodium oxybate - can i drink alcohol on it at all? how should i store it so my kids cant get at it? and what else is it used for besides narcolepsy',
    focus: 'sodium oxybate',
    types: ['interactions', 'storage_disposal', 'indication'],
  },
  // why: telling FMF apart from Behcet -> diagnosis; treatment for FMF -> treatment; two conditions, FMF is focus
  {
    message:
      'Doctor say it is familial mediterranean fever or maybe behcet disease, he is not sure. How they can tell the difference between them? And what is treatment for FMF if it is this one? My wife have fevers and belly pain every month.',
    focus: 'familial Mediterranean fever',
    types: ['diagnosis', 'treatment'],
  },
];
