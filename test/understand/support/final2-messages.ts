/**
 * A twelfth set, written at the end of the round that added the background, rare, short and drug sets, in
 * the styles of every set before it, and scored once without changing anything against it: it says how the
 * rules and the classifier of that round do on wording they were not shaped by. Keep it that way: change
 * nothing because of a miss here (write a new set instead). None is taken or paraphrased from MedQuAD,
 * LiveQA or the classifier's training list. Scored by final2.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --final2 --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const FINAL2_MESSAGES: ConsumerMessage[] = [
  {
    // a rare disease, what it is and the outlook
    message:
      'Our daughter was diagnosed with Rett syndrome last week. What is it exactly, and will she ever talk again?',
    focus: 'Rett syndrome',
    types: ['information', 'prognosis'],
  },
  {
    // a drug dose for an adult, no question mark
    message: 'whats the max amount of acetaminophen i can take in a day',
    focus: 'acetaminophen',
    types: ['drug_usage'],
  },
  {
    // cause, with background of another condition
    message:
      'I have had type 1 diabetes since I was 8. Now my eye doctor found diabetic retinopathy. What causes it?',
    focus: 'diabetic retinopathy',
    types: ['cause'],
  },
  {
    // a misspelled name and treatment
    message: 'is there any treatment for trigeminal neuraliga, the pain is unbearable',
    focus: 'trigeminal neuraliga',
    types: ['treatment'],
  },
  {
    // inheritance in a family, abbreviation
    message: 'My brother has PKD and so did our father. What are the odds that I have it too?',
    focus: 'PKD',
    types: ['inheritance'],
  },
  {
    // side effects blamed on a statin
    message:
      'My legs have been aching since my doctor started me on simvastatin. Could the simvastatin be the reason?',
    focus: 'simvastatin',
    types: ['side_effects'],
  },
  {
    // specialists for a rare condition, subject only
    subject: 'Moyamoya disease',
    message: 'My son was diagnosed with this. Where can we find surgeons who have experience with it?',
    focus: 'Moyamoya disease',
    types: ['find_specialist'],
  },
  {
    // a search-box query
    message: 'celiac disease diet',
    focus: 'celiac disease',
    types: ['lifestyle'],
  },
  {
    // how two conditions relate
    message: 'Is there a connection between endometriosis and infertility?',
    focus: 'endometriosis',
    types: ['association'],
  },
  {
    // interactions: a drink and a drug
    message: 'Can I drink coffee while taking levothyroxine or does it stop it from working?',
    focus: 'levothyroxine',
    types: ['interactions'],
  },
  {
    // three questions about a rare condition
    message:
      'My granddaughter has Noonan syndrome. How common is it? Is it inherited? And what heart problems should we look out for?',
    focus: 'Noonan syndrome',
    types: ['frequency', 'inheritance', 'complications'],
  },
  {
    // diagnosis with a story
    message:
      'I keep getting painful swelling in my fingers and toes and my sister has lupus. How would a doctor find out if I have lupus too?',
    focus: 'lupus',
    types: ['diagnosis'],
  },
  {
    // storage of a drug
    message: 'Does Ozempic need to be refrigerated after I start using the pen?',
    focus: 'Ozempic',
    types: ['storage_disposal'],
  },
  {
    // a pregnancy question about a drug, context in the sentence before
    message: 'I am 10 weeks pregnant and have a bad migraine. Can I take sumatriptan?',
    focus: 'sumatriptan',
    types: ['contraindications'],
  },
  {
    // prevention of recurrence
    message: 'I had a kidney infection last year. How do I keep from getting another one?',
    focus: 'kidney infection',
    types: ['prevention'],
  },
  {
    // what a drug is for
    message: 'My dad was given spironolactone after his heart attack. What does it do?',
    focus: 'spironolactone',
    types: ['indication'],
  },
  {
    // research, run-on
    message:
      'my wife has early onset alzheimers shes only 54 are there any new drugs being tested that she could try',
    focus: 'alzheimers',
    types: ['research'],
  },
  {
    // symptoms in a toddler, misspelling
    message: 'what are the symtoms of hand dysplasia in toddlers... i mean hip dysplasia',
    focus: 'hip dysplasia',
    types: ['symptoms'],
  },
  {
    // complications of a common condition
    message: 'Can untreated sleep apnea damage your heart?',
    focus: 'sleep apnea',
    types: ['complications'],
  },
  {
    // prognosis of a cancer, outlook words
    message: 'My mom was just diagnosed with stage 3 ovarian cancer. What are her chances of survival?',
    focus: 'ovarian cancer',
    types: ['prognosis'],
  },
  {
    // susceptibility: who gets it
    message: 'Are women more likely than men to get multiple sclerosis?',
    focus: 'multiple sclerosis',
    types: ['susceptibility'],
  },
  {
    // genetic change, a student
    message: 'For a school project: what gene mutation causes cystic fibrosis?',
    focus: 'cystic fibrosis',
    types: ['genetic_changes'],
  },
  {
    // ingredients, allergy
    message: 'Is there peanut oil in Prometrium capsules? My daughter has a severe peanut allergy.',
    focus: 'Prometrium',
    types: ['ingredients'],
  },
  {
    // treatment and living with it
    message:
      'I was told I have fibromyalgia. What medicines help with the pain, and is exercise good or bad for it?',
    focus: 'fibromyalgia',
    types: ['treatment', 'lifestyle'],
  },
  {
    // frequency, short
    message: 'how many people have narcolepsy',
    focus: 'narcolepsy',
    types: ['frequency'],
  },
  {
    // a missed dose of an antibiotic
    message: 'I forgot a dose of my amoxicillin this afternoon. Do I double up tonight?',
    focus: 'amoxicillin',
    types: ['drug_usage'],
  },
  {
    // information on a rare condition, polite request
    message: 'Hello, could you please send me some information on Sjogren syndrome? Thank you, Mary',
    focus: 'Sjogren syndrome',
    types: ['information'],
  },
  {
    // a condition blamed on an exposure
    message: 'My husband worked with asbestos for 20 years. Could that have caused his mesothelioma?',
    focus: 'mesothelioma',
    types: ['association'],
  },
  {
    // a drug with a condition: contraindication
    message: 'I have asthma. Is it safe for me to take ibuprofen?',
    focus: 'ibuprofen',
    types: ['contraindications'],
  },
  {
    // treatment of a child's condition, shouting
    message: 'MY BABY HAS THRUSH IN HIS MOUTH. HOW DO WE GET RID OF IT?',
    focus: 'THRUSH',
    types: ['treatment'],
  },
  {
    // outlook and treatment of a rare muscle disease
    message:
      'My nephew has spinal muscular atrophy type 2. Is there a cure now, and how long do children with SMA type 2 live?',
    focus: 'spinal muscular atrophy',
    types: ['treatment', 'prognosis'],
  },
  {
    // symptoms asked as "is this a sign"
    message:
      'My father keeps forgetting names and getting lost when he drives. Are these early signs of dementia?',
    focus: 'dementia',
    types: ['symptoms'],
  },
  {
    // tapering off a drug
    message: 'How should I come off gabapentin? I have been on 900 mg a day for a year.',
    focus: 'gabapentin',
    types: ['drug_usage'],
  },
  {
    // contagious
    message: 'My son has impetigo. Can he go to school or will the other kids catch it?',
    focus: 'impetigo',
    types: ['susceptibility'],
  },
  {
    // diagnosis of a rare condition, abbreviation
    message: 'What tests confirm a diagnosis of HHT?',
    focus: 'HHT',
    types: ['diagnosis'],
  },
  {
    // two drugs together
    message: 'Is it safe to take Xanax and Benadryl together to sleep?',
    focus: 'Xanax',
    types: ['interactions'],
  },
  {
    // lifestyle with a heart condition
    message: 'I have atrial fibrillation. Can I still drink a little alcohol and go running?',
    focus: 'atrial fibrillation',
    types: ['lifestyle'],
  },
  {
    // cause asked by a worried parent
    message: 'Why do some babies get clubfoot? Is it something in the pregnancy?',
    focus: 'clubfoot',
    types: ['cause'],
  },
  {
    // a rare disease, treatment with a drug named
    message:
      'My husband has Gaucher disease type 1. He is on enzyme replacement. Are there other treatments, like pills?',
    focus: 'Gaucher disease',
    types: ['treatment'],
  },
  {
    // side effects of a vaccine for a child
    message: 'What side effects can my 1 year old have from the MMR vaccine?',
    focus: 'MMR vaccine',
    types: ['side_effects'],
  },
];
