/**
 * A tenth set, of short queries as people type them into a search box or a one-line form: a few words,
 * no verb, no question mark, often lower case ("fop treatment", "marfan life expectancy", "ibuprofen dose
 * child"). Written after the rare set and scored once before anything was changed against it (see
 * BENCHMARKS.md for that first score). None is taken or paraphrased from MedQuAD, LiveQA or the
 * classifier's training list. Scored by short.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --short --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const SHORT_MESSAGES: ConsumerMessage[] = [
  // treatment, the commonest search
  { message: 'fop treatment', focus: 'fop', types: ['treatment'] },
  // outlook in everyday words
  { message: 'marfan syndrome life expectancy', focus: 'marfan syndrome', types: ['prognosis'] },
  // a dose for a child
  { message: 'ibuprofen dose for a child', focus: 'ibuprofen', types: ['drug_usage'] },
  // symptoms, plural and lower case
  { message: 'lupus symptoms in women', focus: 'lupus', types: ['symptoms'] },
  // cause
  { message: 'causes of hair loss in women', focus: 'hair loss', types: ['cause'] },
  // side effects of a brand name
  { message: 'lipitor side effects', focus: 'lipitor', types: ['side_effects'] },
  // inheritance
  { message: 'is hemophilia inherited', focus: 'hemophilia', types: ['inheritance'] },
  // the name only: what it is
  { message: 'Ehlers-Danlos syndrome', focus: 'Ehlers-Danlos syndrome', types: ['information'] },
  // how it is found
  { message: 'how to diagnose celiac disease', focus: 'celiac disease', types: ['diagnosis'] },
  // a misspelled name only
  { message: 'duchene muscular distrophy', focus: 'duchene muscular distrophy', types: ['information'] },
  // specialists
  { message: 'sarcoidosis specialist near me', focus: 'sarcoidosis', types: ['find_specialist'] },
  // trials
  { message: 'ALS clinical trials', focus: 'ALS', types: ['research'] },
  // how common
  { message: 'how common is cystic fibrosis', focus: 'cystic fibrosis', types: ['frequency'] },
  // gene
  { message: 'huntington disease gene', focus: 'huntington disease', types: ['genetic_changes'] },
  // diet with a condition
  { message: 'diet for gout', focus: 'gout', types: ['lifestyle'] },
  // prevention
  { message: 'preventing kidney stones', focus: 'kidney stones', types: ['prevention'] },
  // two drugs: interactions
  { message: 'warfarin and aspirin together', focus: 'warfarin', types: ['interactions'] },
  // a drug in pregnancy
  { message: 'zoloft during pregnancy', focus: 'zoloft', types: ['contraindications'] },
  // what a drug is for
  { message: 'what is gabapentin used for', focus: 'gabapentin', types: ['indication'] },
  // storage
  { message: 'insulin storage temperature', focus: 'insulin', types: ['storage_disposal'] },
  // complications
  { message: 'complications of diabetes', focus: 'diabetes', types: ['complications'] },
  // risk factors
  { message: 'risk factors for stroke', focus: 'stroke', types: ['susceptibility'] },
  // how two conditions relate
  { message: 'psoriasis and heart disease link', focus: 'psoriasis', types: ['association'] },
  // a cure asked in two words
  { message: 'cure for vitiligo', focus: 'vitiligo', types: ['treatment'] },
  // an abbreviation and treatment
  { message: 'PCOS treatment options', focus: 'PCOS', types: ['treatment'] },
  // outlook, a rare disease, lower case
  { message: 'prognosis of pulmonary fibrosis', focus: 'pulmonary fibrosis', types: ['prognosis'] },
  // symptoms, an eponym with an apostrophe
  { message: "early signs of parkinson's", focus: "parkinson's", types: ['symptoms'] },
  // a missed dose
  { message: 'missed dose of birth control pill', focus: 'birth control pill', types: ['drug_usage'] },
  // contagious: who can catch it
  { message: 'is shingles contagious', focus: 'shingles', types: ['susceptibility'] },
  // ingredients
  { message: 'does tylenol contain aspirin', focus: 'tylenol', types: ['ingredients'] },
  // support groups
  { message: 'support groups for scleroderma', focus: 'scleroderma', types: ['find_specialist'] },
  // tests for a condition
  { message: 'tests for multiple sclerosis', focus: 'multiple sclerosis', types: ['diagnosis'] },
  // exercise with a condition
  { message: 'exercise with heart failure', focus: 'heart failure', types: ['lifestyle'] },
  // what it is, a question of three words
  { message: 'what is sarcoma', focus: 'sarcoma', types: ['information'] },
  // treatment with a misspelling
  { message: 'treatmant for psoriasis', focus: 'psoriasis', types: ['treatment'] },
  // cause of a rare disease
  { message: 'what causes achalasia', focus: 'achalasia', types: ['cause'] },
  // side effects of a supplement
  { message: 'turmeric side effects', focus: 'turmeric', types: ['side_effects'] },
  // how a drug is taken
  { message: 'how to take metformin', focus: 'metformin', types: ['drug_usage'] },
  // complications of a rare condition in two words
  { message: 'Turner syndrome heart problems', focus: 'Turner syndrome', types: ['complications'] },
  // inheritance with an abbreviation
  { message: 'NF1 inheritance', focus: 'NF1', types: ['inheritance'] },
];
