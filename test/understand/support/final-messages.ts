/**
 * A seventh set, written at the end of the round that added the messy, desk, run-on and multi sets, in all
 * of their styles at once, and scored once without changing anything against it: it says how the rules
 * and the classifier of that round do on wording they were not shaped by. Keep it that way: change nothing
 * because of a miss here (write a new set instead). None is taken or paraphrased from MedQuAD, LiveQA or the
 * classifier's training list. Scored by final.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --final --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL_MESSAGES: ConsumerMessage[] = [
  {
    // what can be done, asked as a plea
    message:
      'My father has had hiccups for 3 weeks after his stroke and nothing stops them. Is there anything the doctors can try?',
    focus: 'hiccups',
    types: ['treatment'],
  },
  {
    // outlook of a child with a rare condition
    message:
      'Our grandson was born with achondroplasia. Will he have a normal life span and be able to live on his own?',
    focus: 'achondroplasia',
    types: ['prognosis'],
  },
  {
    // a drug dose for a child, form subject
    subject: 'Question',
    message: 'How much ibuprofen can I give my 4 year old? She weighs about 35 pounds and has a fever.',
    focus: 'ibuprofen',
    types: ['drug_usage'],
  },
  {
    // inheritance in a family
    message:
      'My husband has polycystic kidney disease like his mother did. What are the chances our children inherit it?',
    focus: 'polycystic kidney disease',
    types: ['inheritance'],
  },
  {
    // symptoms in a child
    message: 'What are the signs of Kawasaki disease in a toddler? How fast do they show up?',
    focus: 'Kawasaki disease',
    types: ['symptoms'],
  },
  {
    // side effect blamed on a drug
    message:
      'Ever since I started metformin I have had terrible stomach cramps and diarrhea. Is this normal and will it go away?',
    focus: 'metformin',
    types: ['side_effects'],
  },
  {
    // cause of a rare disease
    message: 'What causes Moebius syndrome? Did something I did during pregnancy cause it?',
    focus: 'Moebius syndrome',
    types: ['cause'],
  },
  {
    // diagnosis
    message:
      'I think my mother might have lupus, she has a rash on her face and joint pain. What blood tests should she ask for?',
    focus: 'lupus',
    types: ['diagnosis'],
  },
  {
    // find a specialist, run-on
    message:
      'looking for doctor who treat arnold chiari malformation in florida my daughter have headaches every day',
    focus: 'arnold chiari malformation',
    types: ['find_specialist'],
  },
  {
    // frequency
    message: 'How many children are born with spina bifida each year in the US?',
    focus: 'spina bifida',
    types: ['frequency'],
  },
  {
    // prevention
    message:
      'My husband has had two blood clots in his legs. What can he do so it does not happen again? He sits all day at work.',
    focus: 'blood clots',
    types: ['prevention'],
  },
  {
    // interactions of a supplement with a drug
    message: 'Is it ok to take fish oil while I am on warfarin?',
    focus: 'warfarin',
    types: ['interactions'],
  },
  {
    // information, with a signature
    message:
      'Hello, could you please send me information about Charcot-Marie-Tooth disease. My son was diagnosed last week. Kind regards, Peter',
    focus: 'Charcot-Marie-Tooth disease',
    types: ['information'],
  },
  {
    // research
    message:
      'Are there any clinical trials for adults with cystic fibrosis who cannot take the new modulator drugs?',
    focus: 'cystic fibrosis',
    types: ['research'],
  },
  {
    // complications
    message:
      'I have had type 1 diabetes for 25 years. What problems can it cause with my eyes and kidneys over time?',
    focus: 'type 1 diabetes',
    types: ['complications'],
  },
  {
    // lifestyle: school
    message:
      'My son has hemophilia and wants to play football at school. Is it safe for him to play contact sports?',
    focus: 'hemophilia',
    types: ['lifestyle'],
  },
  {
    // susceptibility
    message: 'Can you catch pneumonia from someone who has it? My coworker has pneumonia.',
    focus: 'pneumonia',
    types: ['susceptibility'],
  },
  {
    // what a drug is for
    message: 'My doctor gave me a prescription for finasteride. What does it treat?',
    focus: 'finasteride',
    types: ['indication'],
  },
  {
    // contraindications
    message: 'Can I take Sudafed if I have high blood pressure?',
    focus: 'Sudafed',
    types: ['contraindications'],
  },
  {
    // storage
    message: 'Does liquid amoxicillin have to be kept in the fridge? We forgot it on the counter overnight.',
    focus: 'amoxicillin',
    types: ['storage_disposal'],
  },
  {
    // ingredients
    message: 'Is there gelatin in the chickenpox vaccine? We do not eat pork for religious reasons.',
    focus: 'chickenpox vaccine',
    types: ['ingredients'],
  },
  {
    // genetic changes
    message: 'What mutation causes sickle cell disease? I am studying it for my biology class.',
    focus: 'sickle cell disease',
    types: ['genetic_changes'],
  },
  {
    // association: two conditions
    message: 'Is there a relationship between migraines and stroke? I get migraines with aura.',
    focus: 'migraines',
    types: ['association'],
  },
  {
    // treatment asked as "what works"
    message: 'What works best for plantar fasciitis? I have tried stretching and new shoes for 6 months.',
    focus: 'plantar fasciitis',
    types: ['treatment'],
  },
  {
    // two questions: what it is, outlook
    message: 'What is a brain aneurysm and can you survive one bursting?',
    focus: 'brain aneurysm',
    types: ['information', 'prognosis'],
  },
  {
    // the subject names it, the message asks about tests
    subject: 'Celiac disease',
    message: 'My sister has it. Should I get tested even though I have no symptoms?',
    focus: 'Celiac disease',
    types: ['diagnosis'],
  },
  {
    // drug tapering
    message:
      'I want to get off my Paxil. I have been on 20 mg for 6 years. How do I do it without withdrawal?',
    focus: 'Paxil',
    types: ['drug_usage'],
  },
  {
    // cause, misspelled
    message: 'why do people get vertigo, i get so dizy when i roll over in bed',
    focus: 'vertigo',
    types: ['cause'],
  },
  {
    // what the condition looks like in adults: symptoms
    message: 'What does ADHD look like in adults? I think I might have it.',
    focus: 'ADHD',
    types: ['symptoms'],
  },
  {
    // prognosis, non-native
    message: 'my mother have stage 3 ovarian cancer, what is the survival rate after chemo',
    focus: 'ovarian cancer',
    types: ['prognosis'],
  },
  {
    // treatment for a rare disease
    message: 'Is there any treatment for Stargardt disease? My daughter is losing her central vision.',
    focus: 'Stargardt disease',
    types: ['treatment'],
  },
  {
    // support groups
    message: 'Is there a support group for adults with Tourette syndrome in the Boston area?',
    focus: 'Tourette syndrome',
    types: ['find_specialist'],
  },
  {
    // drug side effects, two drugs named, asks about one
    message:
      'My son takes Concerta for ADHD and it makes him lose his appetite. Are there other side effects we should watch?',
    focus: 'Concerta',
    types: ['side_effects'],
  },
  {
    // diet with a condition: lifestyle
    message: 'I was just diagnosed with diverticulosis. Do I need to change what I eat?',
    focus: 'diverticulosis',
    types: ['lifestyle'],
  },
  {
    // association with an exposure
    message: 'Can working night shifts cause breast cancer? I have been a nurse on nights for 20 years.',
    focus: 'breast cancer',
    types: ['association'],
  },
  {
    // two drugs: interactions
    message: 'Can I drink grapefruit juice while taking simvastatin?',
    focus: 'simvastatin',
    types: ['interactions'],
  },
  {
    // inheritance, and prevention for the children
    message:
      'Is familial hypercholesterolemia passed from parent to child? My kids are 8 and 10, should they be on a special diet?',
    focus: 'familial hypercholesterolemia',
    types: ['inheritance', 'lifestyle'],
  },
  {
    // diagnosis from a result
    message: 'What does a positive ANA test mean? My doctor wants to test me for lupus.',
    focus: 'lupus',
    types: ['diagnosis'],
  },
  {
    // treatment, shouting
    message: 'WHAT IS THE BEST TREATMENT FOR SHINGLES PAIN IN ELDERLY, MY MOTHER IS 85',
    focus: 'SHINGLES',
    types: ['treatment'],
  },
  {
    // information, the message names the condition only
    message: 'neurofibromatosis type 2',
    focus: 'neurofibromatosis type 2',
    types: ['information'],
  },
];
