/**
 * A fifth set of messages, written the way much real mail arrives: run-on sentences without punctuation,
 * English as a second language ("kindly", "pls", "my mother is suffering from"), web-form subject lines
 * ("Question", "Customer request", "Help"), shouting, and the question buried in the middle. Written for
 * this project after the desk set was used for tuning and before any rule was changed against this one;
 * its first score is kept in BENCHMARKS.md. None is taken or paraphrased from MedQuAD, LiveQA or the
 * classifier's training list. Scored by runon.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --runon --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const RUNON_MESSAGES: ConsumerMessage[] = [
  {
    // a plea for a medicine: treatment
    subject: 'Question',
    message:
      'respected sir my mother is suffering from psoriasis since 10 years we tried many creams but no result kindly suggest good medicine for permanent cure',
    focus: 'psoriasis',
    types: ['treatment'],
  },
  {
    // run-on, the question in the middle: cause
    message:
      'hi my son is 15 he gets nose bleeds almost every day sometimes for 20 minutes why is this happening the doctor just said its dry air but it doesnt stop',
    focus: 'nose bleeds',
    types: ['cause'],
  },
  {
    // form subject, a dose question
    subject: 'Customer request',
    message:
      'I want to know the correct dose of amoxicillin for a child of 20 kg. The pharmacy label is not clear.',
    focus: 'amoxicillin',
    types: ['drug_usage'],
  },
  {
    // shouting, a side effect
    message:
      'MY HUSBAND STARTED TAKING LISINOPRIL AND NOW HE HAS A DRY COUGH THAT WONT GO AWAY. IS THIS FROM THE MEDICINE???',
    focus: 'LISINOPRIL',
    types: ['side_effects'],
  },
  {
    // please tell about the disease
    message: 'pls tell me about thalassemia minor my wife have it and we are planing baby',
    focus: 'thalassemia minor',
    types: ['information'],
  },
  {
    // is it curable: treatment
    message:
      'Dear doctor, my father aged 62 is diagnosed with parkinson disease last month. Is this disease curable? What is the best treatment available in your country?',
    focus: 'parkinson disease',
    types: ['treatment'],
  },
  {
    // a test result: diagnosis
    message: 'my blood test show high ferritin 900 what does it mean do i have hemochromatosis',
    focus: 'hemochromatosis',
    types: ['diagnosis'],
  },
  {
    // where to get treatment: find_specialist
    subject: 'Help',
    message:
      'My daughter has a rare disease called Moyamoya disease. We live in Nigeria. Which hospital in USA is best for this surgery and how we can contact them?',
    focus: 'Moyamoya disease',
    types: ['find_specialist'],
  },
  {
    // diet for a condition
    message:
      'what diet should follow a person with kidney stones, which foods to avoid, my uncle have kidney stones two times',
    focus: 'kidney stones',
    types: ['lifestyle'],
  },
  {
    // is it contagious
    message: 'is hepatitis B spread by kissing or sharing food my roommate has it and i am scared',
    focus: 'hepatitis B',
    types: ['susceptibility'],
  },
  {
    // a herb for a condition: indication
    message:
      'Is garlic good for high blood pressure? My grandmother says to eat raw garlic every morning instead of pills.',
    focus: 'garlic',
    types: ['indication'],
  },
  {
    // prognosis, non-native
    message:
      'My brother is having liver cirrhosis because of alcohol. Doctors say it is stage 4. How much time he have to live?',
    focus: 'liver cirrhosis',
    types: ['prognosis'],
  },
  {
    // a drug and pregnancy
    message:
      'i am 8 weeks pregnant and had a bad headache so i took 2 ibuprofen before i knew it was not good in pregnancy, will it harm my baby',
    focus: 'ibuprofen',
    types: ['contraindications'],
  },
  {
    // symptoms, asked as what to expect of the signs
    message:
      'What are the first signs of multiple sclerosis? I have numbness in my legs for 2 weeks and I am worried',
    focus: 'multiple sclerosis',
    types: ['symptoms'],
  },
  {
    // inheritance asked informally
    message: 'my grandfather and my father both had glaucoma. does it run in the family? should i be checked',
    focus: 'glaucoma',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // treatment, a plea
    subject: 'URGENT',
    message:
      'my 3 month old baby has been diagnosed with infantile spasms please help what is the treatment and is there any hope',
    focus: 'infantile spasms',
    types: ['treatment', 'prognosis'],
  },
  {
    // interactions
    message: 'can i take benadryl with my zoloft to help me sleep, i have been on zoloft for 2 years',
    focus: 'benadryl',
    types: ['interactions'],
  },
  {
    // research, run-on
    message:
      'any new treatments or trials for retinitis pigmentosa my son is losing his vision and doctors say nothing can be done',
    focus: 'retinitis pigmentosa',
    types: ['research'],
  },
  {
    // prevention, informal
    message: 'how to avoid getting gout attacks again, i had 3 this year, i am 50 years old male',
    focus: 'gout',
    types: ['prevention'],
  },
  {
    // what the disease is, the name misspelled
    message: 'what is sjogrens syndrom? my doctor thinks i have it because my eyes and mouth are always dry',
    focus: 'sjogrens syndrom',
    types: ['information'],
  },
  {
    // storage
    message:
      'Our power went out for 2 days and my insulin pens were out of the fridge the whole time. Are they still ok to use?',
    focus: 'insulin',
    types: ['storage_disposal'],
  },
  {
    // complications
    message:
      'My son is type 1 diabetic since age 6. He is now 14 and does not care about his sugar. What can happen to him in the future if he continues like this?',
    focus: 'diabetic',
    types: ['complications'],
  },
  {
    // what the drug is for
    message: 'for what purpose is hydroxychloroquine given? my doctor prescribed it to me for joint pain',
    focus: 'hydroxychloroquine',
    types: ['indication'],
  },
  {
    // frequency
    message:
      'how common is celiac disease in children? my son was just diagnosed and no one in family have it',
    focus: 'celiac disease',
    types: ['frequency'],
  },
  {
    // genetic changes
    message:
      'Which chromosome is affected in Williams syndrome? We had genetic testing and the report says deletion 7q11.23',
    focus: 'Williams syndrome',
    types: ['genetic_changes'],
  },
  {
    // diagnosis, a plea
    message:
      'sir my child is 2 years and not speaking any words and not making eye contact, how to know if he has autism, what test is done',
    focus: 'autism',
    types: ['diagnosis'],
  },
  {
    // treatment of a symptom of a condition
    message:
      'My mother has Parkinsons and she cannot sleep at night at all, what medicine is safe for sleeping for her',
    focus: 'Parkinsons',
    types: ['treatment'],
  },
  {
    // a supplement dose
    message: 'how much vitamin B12 should I take daily, I am vegetarian and my level is low',
    focus: 'vitamin B12',
    types: ['drug_usage'],
  },
  {
    // association, run-on
    message:
      'is there any relation between thyroid and hair fall my hair is falling a lot since 6 months and my TSH is high',
    focus: 'thyroid',
    types: ['association'],
  },
  {
    // living with it: exercise
    message: 'I have asthma since childhood. Can I do running and go to the gym or is it dangerous for me?',
    focus: 'asthma',
    types: ['lifestyle'],
  },
  {
    // side effects of a vaccine-like product asked informally
    message: 'what are the side effects of the hpv vaccine my daughter is 12 and school wants her to get it',
    focus: 'hpv vaccine',
    types: ['side_effects'],
  },
  {
    // treatment, the disease in the subject only
    subject: 'Trigeminal neuralgia',
    message:
      'I have this since 2 years, carbamazepine is not working anymore and the pain is unbearable. What other options are there, is surgery possible?',
    focus: 'Trigeminal neuralgia',
    types: ['treatment'],
  },
  {
    // how long to keep taking antibiotics for an infection: its treatment (no medicine is named)
    message:
      'how long should i continue taking antibiotics for my urine infection, i feel better after 3 days can i stop',
    focus: 'urine infection',
    types: ['treatment'],
  },
  {
    // contraindications: a drug with a condition
    message: 'Can a person with asthma take propranolol? My doctor wants to give it for my anxiety.',
    focus: 'propranolol',
    types: ['contraindications'],
  },
  {
    // cause, informal
    message: 'why do some babies get jaundice after birth, my baby is yellow since 3 days',
    focus: 'jaundice',
    types: ['cause'],
  },
  {
    // find a doctor in a city
    message:
      'looking for a good doctor for lupus in Chicago area, my sister has lupus and her doctor retired',
    focus: 'lupus',
    types: ['find_specialist'],
  },
  {
    // prognosis asked as "will he be normal"
    message:
      'our son was born with cleft lip and palate. after surgery will he look normal and speak normally?',
    focus: 'cleft lip and palate',
    types: ['prognosis'],
  },
  {
    // a drug and an overdose
    message: 'my 2 year old might have swallowed one of my iron tablets, what should i do, is it dangerous',
    focus: 'iron',
    types: ['drug_usage'],
  },
  {
    // information in a form
    subject: 'ClinicalTrials.gov - Question - general information',
    message: 'Name: withheld. Question: I need information about Tay-Sachs disease for a school project.',
    focus: 'Tay-Sachs disease',
    types: ['information'],
  },
  {
    // susceptibility, who gets it
    message: 'can men get breast cancer? my husband found a lump near his nipple',
    focus: 'breast cancer',
    types: ['susceptibility'],
  },
];
