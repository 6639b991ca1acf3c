/**
 * A sixth set of messages, each asking several things: three questions in one message, two conditions in
 * one question, a question in the subject line and another in the message, questions joined by "and" or
 * "also". Written for this project after the run-on set was used for tuning and before any rule was
 * changed against this one; its first score is kept in BENCHMARKS.md. None is taken or paraphrased from
 * MedQuAD, LiveQA or the classifier's training list. Scored by multi.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --multi --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const MULTI_MESSAGES: ConsumerMessage[] = [
  {
    // three questions: what it is, inheritance, treatment
    message:
      'Our daughter was diagnosed with Stickler syndrome. What is it? Did she get it from one of us? And what treatments are there for her eyes?',
    focus: 'Stickler syndrome',
    types: ['information', 'inheritance', 'treatment'],
  },
  {
    // cause, symptoms and outlook
    message:
      'What causes Guillain-Barre syndrome, what are the first symptoms, and do people recover completely?',
    focus: 'Guillain-Barre syndrome',
    types: ['cause', 'symptoms', 'prognosis'],
  },
  {
    // the subject asks one thing, the message another
    subject: 'Treatment options for sarcoidosis',
    message: 'I was diagnosed last month. Is sarcoidosis contagious? My wife is worried.',
    focus: 'sarcoidosis',
    types: ['treatment', 'susceptibility'],
  },
  {
    // two conditions in one question
    message:
      'Is there a connection between endometriosis and infertility? I have endometriosis and we have been trying for two years.',
    focus: 'endometriosis',
    types: ['association'],
  },
  {
    // diagnosis and specialist
    message: 'How is Cushing syndrome diagnosed? Which specialist should I ask my doctor to refer me to?',
    focus: 'Cushing syndrome',
    types: ['diagnosis', 'find_specialist'],
  },
  {
    // frequency and inheritance
    message:
      'How rare is Treacher Collins syndrome and is it inherited? Our son has it and we want more children.',
    focus: 'Treacher Collins syndrome',
    types: ['frequency', 'inheritance'],
  },
  {
    // treatment and research
    message:
      'What is the standard treatment for glioblastoma and are there any clinical trials my father could join?',
    focus: 'glioblastoma',
    types: ['treatment', 'research'],
  },
  {
    // a drug: usage and side effects
    message:
      'My son was prescribed methylphenidate for ADHD. How should he take it, and what side effects should we watch for?',
    focus: 'methylphenidate',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // a drug: interaction and pregnancy
    message: 'Can I take sumatriptan with my sertraline? Also, is sumatriptan safe if I am breastfeeding?',
    focus: 'sumatriptan',
    types: ['interactions', 'contraindications'],
  },
  {
    // prevention and lifestyle
    message: 'How can I prevent another attack of diverticulitis? Should I stop eating nuts and seeds?',
    focus: 'diverticulitis',
    types: ['prevention', 'lifestyle'],
  },
  {
    // complications and prognosis
    message:
      'My father has chronic kidney disease stage 3. What complications can it cause and how long until he needs dialysis?',
    focus: 'chronic kidney disease',
    types: ['complications', 'prognosis'],
  },
  {
    // genetic changes and diagnosis
    message: 'Which gene is involved in Marfan syndrome and is there a genetic test for it?',
    focus: 'Marfan syndrome',
    types: ['genetic_changes', 'diagnosis'],
  },
  {
    // two conditions: a link, and whether one causes the other
    message:
      'My husband has psoriasis and now his doctor says he has psoriatic arthritis. Is the arthritis caused by the psoriasis? How is it treated?',
    focus: 'psoriatic arthritis',
    types: ['association', 'treatment'],
  },
  {
    // information and support groups
    message:
      'Can you tell me about Prader-Willi syndrome? Are there support groups for families in California?',
    focus: 'Prader-Willi syndrome',
    types: ['information', 'find_specialist'],
  },
  {
    // symptoms and diagnosis, in a long message
    message:
      'My wife is 52 and keeps dropping things and her speech is slurred sometimes. A friend said it might be ALS. What are the early symptoms of ALS and how do doctors test for it?',
    focus: 'ALS',
    types: ['symptoms', 'diagnosis'],
  },
  {
    // a drug: what it is for and its dose
    message: 'What is tamoxifen used for, and how long do women usually take it?',
    focus: 'tamoxifen',
    types: ['indication', 'drug_usage'],
  },
  {
    // susceptibility and prevention
    message: 'Who is at risk of getting shingles, and is there a vaccine to prevent it?',
    focus: 'shingles',
    types: ['susceptibility', 'prevention'],
  },
  {
    // cause and treatment, misspelled
    message: 'what causes restless leg syndrom and what can i take for it, i cant sleep at night',
    focus: 'restless leg syndrom',
    types: ['cause', 'treatment'],
  },
  {
    // three questions about a child
    message:
      'My 5 year old was just diagnosed with Perthes disease. How did he get it? Will he need surgery? Will he be able to play sports later?',
    focus: 'Perthes disease',
    types: ['cause', 'treatment', 'lifestyle'],
  },
  {
    // inheritance and genetic test
    message:
      'My mother and aunt both had Huntington disease. What are the chances I have it, and should I get tested?',
    focus: 'Huntington disease',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // storage and usage of a drug
    message: 'How should I store my Humira pens and what do I do if I miss a dose?',
    focus: 'Humira',
    types: ['storage_disposal', 'drug_usage'],
  },
  {
    // outlook and treatment for a cancer
    message:
      'My brother has pancreatic cancer that has spread to the liver. What is the outlook and what treatments could still help?',
    focus: 'pancreatic cancer',
    types: ['prognosis', 'treatment'],
  },
  {
    // information and symptoms
    message:
      'What is myasthenia gravis and what are the symptoms? My neighbour has it and her eyelids droop.',
    focus: 'myasthenia gravis',
    types: ['information', 'symptoms'],
  },
  {
    // subject names the condition; the message asks two things
    subject: 'Behcet disease',
    message: 'I was told I might have this. How is it diagnosed? Is there a cure?',
    focus: 'Behcet disease',
    types: ['diagnosis', 'treatment'],
  },
  {
    // a drug and a condition: contraindications, and what else to take
    message:
      'I have stomach ulcers. Is it safe to take naproxen for my back pain, and if not, what can I take instead?',
    focus: 'naproxen',
    types: ['contraindications', 'treatment'],
  },
  {
    // frequency and susceptibility
    message: 'How common is multiple sclerosis, and is it more common in women than men?',
    focus: 'multiple sclerosis',
    types: ['frequency', 'susceptibility'],
  },
  {
    // ingredients and side effects
    message: 'Does the shingles vaccine contain a live virus? And what are the side effects in older people?',
    focus: 'shingles vaccine',
    types: ['ingredients', 'side_effects'],
  },
  {
    // lifestyle and complications
    message: 'I have Crohns disease. What should I eat during a flare, and can Crohns lead to colon cancer?',
    focus: 'Crohns disease',
    types: ['lifestyle', 'complications'],
  },
  {
    // a specialist and research
    message: 'Where can I find a doctor who knows about mastocytosis, and is there any research going on?',
    focus: 'mastocytosis',
    types: ['find_specialist', 'research'],
  },
  {
    // treatment and prognosis for a child
    message: 'Our newborn has a hole in the heart, a VSD. Will it close on its own or does he need surgery?',
    focus: 'VSD',
    types: ['prognosis', 'treatment'],
  },
  {
    // information in the subject, a cause in the message
    subject: 'Question about hidradenitis suppurativa',
    message: 'Why do I keep getting these painful lumps in my armpits? Is it because I am overweight?',
    focus: 'hidradenitis suppurativa',
    types: ['cause', 'association'],
  },
  {
    // symptoms and treatment of a drug problem
    message: 'What are the symptoms of lithium toxicity and what should I do if I think I have it?',
    focus: 'lithium',
    types: ['side_effects', 'drug_usage'],
  },
  {
    // inheritance and prevention
    message: 'Is hemochromatosis genetic? Can I do anything to stop iron building up?',
    focus: 'hemochromatosis',
    types: ['inheritance', 'prevention'],
  },
  {
    // two questions about living with a condition
    message: 'Can someone with epilepsy drive a car? And is it safe for them to swim alone?',
    focus: 'epilepsy',
    types: ['lifestyle'],
  },
  {
    // diagnosis and cause for a test result
    message: 'My blood test showed high calcium. What causes hypercalcemia and what other tests will I need?',
    focus: 'hypercalcemia',
    types: ['cause', 'diagnosis'],
  },
  {
    // three drug questions
    message:
      'I just started warfarin. What foods should I avoid, can I still take aspirin, and what happens if I miss a dose?',
    focus: 'warfarin',
    types: ['interactions', 'drug_usage'],
  },
  {
    // complications in pregnancy and treatment
    message:
      'I have lupus and I am pregnant. What problems can lupus cause in pregnancy, and which lupus medicines are safe to keep taking?',
    focus: 'lupus',
    types: ['complications', 'treatment'],
  },
  {
    // outlook and who gets it
    message: 'What is the life expectancy with Alport syndrome, and why do boys get it worse than girls?',
    focus: 'Alport syndrome',
    types: ['prognosis', 'susceptibility'],
  },
  {
    // what it is and what causes it, in the subject and message
    subject: 'Fibrous dysplasia',
    message: 'What is it exactly and what causes it? My daughter has it in her leg bone.',
    focus: 'Fibrous dysplasia',
    types: ['information', 'cause'],
  },
  {
    // treatment and specialist for a rare disease, non-native
    message:
      'my sister is suffering from pemphigus vulgaris since one year. please tell what is best treatment and which doctor is expert in this disease',
    focus: 'pemphigus vulgaris',
    types: ['treatment', 'find_specialist'],
  },
];
