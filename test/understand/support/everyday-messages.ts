/**
 * A thirteenth set, about the everyday conditions most mail is about: infections, skin, pregnancy, babies
 * and children, mental health, older parents. Written after the second final set and scored once before
 * anything was changed against it (see BENCHMARKS.md for that first score). None is taken or paraphrased
 * from MedQuAD, LiveQA or the classifier's training list. Scored by everyday.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --everyday --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const EVERYDAY_MESSAGES: ConsumerMessage[] = [
  {
    // how long it is catching
    message: 'My daughter has strep throat. How long is she contagious after starting antibiotics?',
    focus: 'strep throat',
    types: ['susceptibility'],
  },
  {
    // treatment at home
    message: 'What is the best thing to do for a baby with croup in the middle of the night?',
    focus: 'croup',
    types: ['treatment'],
  },
  {
    // pregnancy and a condition: complications
    message: 'I was just diagnosed with gestational diabetes. Can it hurt my baby?',
    focus: 'gestational diabetes',
    types: ['complications'],
  },
  {
    // symptoms, mental health
    message: 'What are the signs of postpartum depression? I cry every day and my baby is 6 weeks old.',
    focus: 'postpartum depression',
    types: ['symptoms'],
  },
  {
    // cause of a skin condition
    message: 'Why do I keep getting cold sores on my lip?',
    focus: 'cold sores',
    types: ['cause'],
  },
  {
    // prevention of an infection
    message: 'How can I stop my kids from getting head lice again at school?',
    focus: 'head lice',
    types: ['prevention'],
  },
  {
    // outlook of an older parent's illness
    message: 'My father is 85 and has congestive heart failure. How much time does he have?',
    focus: 'congestive heart failure',
    types: ['prognosis'],
  },
  {
    // diagnosis of a mental health condition
    message: 'How do they test a child for ADHD? Is there a blood test or is it just questions?',
    focus: 'ADHD',
    types: ['diagnosis'],
  },
  {
    // treatment, skin, story
    message:
      'I have had eczema on my hands for years. Nothing from the drugstore helps. What else can I try?',
    focus: 'eczema',
    types: ['treatment'],
  },
  {
    // work with a condition: living with it
    message: 'I have shingles. Can I go to work or should I stay home?',
    focus: 'shingles',
    types: ['lifestyle'],
  },
  {
    // information, an older parent
    message: 'My mom was told she has macular degeneration. What is that?',
    focus: 'macular degeneration',
    types: ['information'],
  },
  {
    // frequency
    message: 'How common is autism in boys compared to girls?',
    focus: 'autism',
    types: ['frequency'],
  },
  {
    // pregnancy: a complication of a condition, the baby
    message: 'I have hypothyroidism and I am pregnant. Will it affect my baby?',
    focus: 'hypothyroidism',
    types: ['complications'],
  },
  {
    // symptoms of an infection in a child
    message: 'What does hand rash from scarlet fever look like?',
    focus: 'scarlet fever',
    types: ['symptoms'],
  },
  {
    // treatment of anxiety without drugs
    message: 'Are there ways to treat anxiety without taking medication?',
    focus: 'anxiety',
    types: ['treatment'],
  },
  {
    // risk of a condition, family
    message: 'My mother had breast cancer at 45. What is my risk of getting it?',
    focus: 'breast cancer',
    types: ['susceptibility'],
  },
  {
    // diet with a condition
    message: 'What should I eat when I have diverticulitis?',
    focus: 'diverticulitis',
    types: ['lifestyle'],
  },
  {
    // cause in a child
    message: 'What causes ear infections in toddlers and why does my son keep getting them?',
    focus: 'ear infections',
    types: ['cause'],
  },
  {
    // a test result: what it means
    message: 'My pap smear came back abnormal. What does that mean?',
    focus: 'pap smear',
    types: ['information'],
  },
  {
    // the outlook of a common injury
    message: 'How long does it take to recover from a concussion?',
    focus: 'concussion',
    types: ['prognosis'],
  },
  {
    // complications of a common infection ("turn into" is a complication: labeling guide)
    message: 'Can the flu turn into pneumonia?',
    focus: 'flu',
    types: ['complications'],
  },
  {
    // treatment of a baby
    message: 'My newborn has thrush and I am breastfeeding. How do we treat it for both of us?',
    focus: 'thrush',
    types: ['treatment'],
  },
  {
    // specialists for an older parent
    message: 'What kind of doctor should my dad see for memory problems?',
    focus: 'memory problems',
    types: ['find_specialist'],
  },
  {
    // prevention in pregnancy
    message: 'I am pregnant. How can I avoid getting toxoplasmosis?',
    focus: 'toxoplasmosis',
    types: ['prevention'],
  },
  {
    // inheritance of a mental health condition
    message: 'Is bipolar disorder passed down from parents to children?',
    focus: 'bipolar disorder',
    types: ['inheritance'],
  },
  {
    // symptoms in an older person
    message:
      'What are the symptoms of a urinary tract infection in an elderly woman? My grandmother is confused.',
    focus: 'urinary tract infection',
    types: ['symptoms'],
  },
  {
    // is it serious
    message: 'My son was diagnosed with mono. Is it serious?',
    focus: 'mono',
    types: ['prognosis'],
  },
  {
    // treatment of a common condition, run-on
    message: 'i have plantar warts on my feet what is the fastest way to get rid of them',
    focus: 'plantar warts',
    types: ['treatment'],
  },
  {
    // two questions: cause and prevention
    message: 'What causes kidney stones and how can I keep from getting more?',
    focus: 'kidney stones',
    types: ['cause', 'prevention'],
  },
  {
    // diagnosis, a story
    message:
      'My wife snores loudly and stops breathing at night. How do they find out if she has sleep apnea?',
    focus: 'sleep apnea',
    types: ['diagnosis'],
  },
  {
    // lifestyle: school with a condition
    message: 'My daughter has epilepsy. What should her teachers know about her seizures at school?',
    focus: 'epilepsy',
    types: ['lifestyle'],
  },
  {
    // research
    message: 'Is there any new research on treating Parkinson disease?',
    focus: 'Parkinson disease',
    types: ['research'],
  },
  {
    // complications of a common condition
    message: 'What happens if high blood pressure is not treated?',
    focus: 'high blood pressure',
    types: ['complications'],
  },
  {
    // information, a request with a subject line
    subject: 'Fibroids',
    message: 'I was told I have uterine fibroids. Can you send me some information?',
    focus: 'uterine fibroids',
    types: ['information'],
  },
  {
    // treatment of a child's condition, shouting
    message: 'HOW DO I TREAT PINK EYE IN MY 2 YEAR OLD',
    focus: 'PINK EYE',
    types: ['treatment'],
  },
  {
    // susceptibility: catching it
    message: 'Can you get chickenpox twice?',
    focus: 'chickenpox',
    types: ['susceptibility'],
  },
  {
    // outlook, a misspelling
    message: 'will my alzheimers get worse fast or slowly, i was just diagnosed at 70',
    focus: 'alzheimers',
    types: ['prognosis'],
  },
  {
    // frequency of a pregnancy complication
    message: 'How often does preeclampsia happen in first pregnancies?',
    focus: 'preeclampsia',
    types: ['frequency'],
  },
  {
    // cause of a symptom in an adult
    message: 'What could be causing my constant fatigue? I sleep 9 hours and I am still tired.',
    focus: 'fatigue',
    types: ['cause'],
  },
  {
    // treatment of a mental health condition, a plea
    message: 'My teenage son has depression and will not talk to us. Please help, what can we do?',
    focus: 'depression',
    types: ['treatment'],
  },
];
