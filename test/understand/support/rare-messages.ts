/**
 * A ninth set, about rare diseases the way families write about them: misspelled names of rare conditions
 * ("Nieman Pick", "fredrichs ataxia"), abbreviations used by families and clinics (CMT, HHT, TSC, SMA, AATD),
 * conditions named only in the subject line, "this condition", two conditions in one question, and three
 * questions in one message. Written after the background set and scored once before anything was changed
 * against it (see BENCHMARKS.md for that first score). None is taken or paraphrased from MedQuAD, LiveQA or
 * the classifier's training list. Scored by rare.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --rare --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const RARE_MESSAGES: ConsumerMessage[] = [
  {
    // a misspelled eponym and an inheritance question
    message:
      'Our nephew was just diagnosed with Nieman Pick disease type C. Is this something that is passed down in families?',
    focus: 'Nieman Pick disease type C',
    types: ['inheritance'],
  },
  {
    // an abbreviation families use, and what to expect
    message: 'My wife has CMT. Will it get worse as she gets older and will she end up in a wheelchair?',
    focus: 'CMT',
    types: ['prognosis'],
  },
  {
    // three questions: what it is, how it is inherited, and treatment
    message:
      'Can you tell me what Fabry disease is? How is it inherited, and is there any treatment for it? My brother was told he has it.',
    focus: 'Fabry disease',
    types: ['information', 'inheritance', 'treatment'],
  },
  {
    // the condition only in the subject, "this condition" in the message
    subject: 'Hereditary hemorrhagic telangiectasia',
    message:
      'My daughter keeps having nosebleeds and the doctor thinks it is this condition. What tests are done to confirm it?',
    focus: 'Hereditary hemorrhagic telangiectasia',
    types: ['diagnosis'],
  },
  {
    // a misspelled rare ataxia
    message: 'what are the first symptoms of fredrichs ataxia? my son is 10 and keeps tripping',
    focus: 'fredrichs ataxia',
    types: ['symptoms'],
  },
  {
    // an abbreviation, and specialists asked for
    message:
      'Our baby was diagnosed with SMA type 1. Where can we find a hospital with doctors who have treated SMA?',
    focus: 'SMA',
    types: ['find_specialist'],
  },
  {
    // two rare conditions, how they relate
    message:
      'My son has tuberous sclerosis. The doctors also found autism. Is autism connected to tuberous sclerosis?',
    focus: 'tuberous sclerosis',
    types: ['association'],
  },
  {
    // frequency of a rare condition
    message: 'How many people in the world have fibrodysplasia ossificans progressiva?',
    focus: 'fibrodysplasia ossificans progressiva',
    types: ['frequency'],
  },
  {
    // the gene behind it
    message: 'Which gene causes Marfan syndrome and what does that gene normally do?',
    focus: 'Marfan syndrome',
    types: ['genetic_changes'],
  },
  {
    // research, a misspelled name
    message: 'Is there any research being done on Batten desease? Our daughter is 6 and losing her sight.',
    focus: 'Batten desease',
    types: ['research'],
  },
  {
    // diet with a metabolic disease: living with it
    message:
      'Our newborn screening came back positive for PKU. What will our son be able to eat as he grows up?',
    focus: 'PKU',
    types: ['lifestyle'],
  },
  {
    // cause of a rare condition; the chance that another child has it = inheritance (labeling guide)
    message:
      'Our daughter has cri du chat syndrome. What causes it? We would like to have another child, what are the chances it happens again?',
    focus: 'cri du chat syndrome',
    types: ['cause', 'inheritance'],
  },
  {
    // treatment of a rare immune disease, abbreviation
    message:
      'I was diagnosed with CVID last year. Will I need the immunoglobulin infusions for the rest of my life?',
    focus: 'CVID',
    types: ['treatment'],
  },
  {
    // complications of a rare syndrome
    message:
      'My granddaughter has Williams syndrome. What heart problems can come with it and what else should we watch for?',
    focus: 'Williams syndrome',
    types: ['complications'],
  },
  {
    // a misspelled name, treatment
    message: 'are there treatments for Wilsons disease that take the copper out of the body',
    focus: 'Wilsons disease',
    types: ['treatment'],
  },
  {
    // prognosis, with story
    message:
      'My cousin is 22 and has Duchenne muscular dystrophy. He is on a ventilator at night now. How long do people with Duchenne usually live?',
    focus: 'Duchenne muscular dystrophy',
    types: ['prognosis'],
  },
  {
    // an abbreviation with an inheritance question
    message: 'My father has AATD and so do I. Will my kids get alpha-1 too?',
    focus: 'AATD',
    types: ['inheritance'],
  },
  {
    // information, request style
    message: 'I would like some information on Castleman disease please.',
    focus: 'Castleman disease',
    types: ['information'],
  },
  {
    // diagnosis, a misspelled name
    message: 'How do doctors diagnose myasthenia gravus? Is there a blood test?',
    focus: 'myasthenia gravus',
    types: ['diagnosis'],
  },
  {
    // three questions about a rare bleeding disorder
    message:
      'My son has von Willebrand disease. Can he play football? What medicine should he avoid? And what do we do if he has a nosebleed that will not stop?',
    focus: 'von Willebrand disease',
    types: ['lifestyle', 'treatment'],
  },
  {
    // support groups, a named syndrome
    message: 'Are there any support groups for parents of children with Angelman syndrome?',
    focus: 'Angelman syndrome',
    types: ['find_specialist'],
  },
  {
    // who gets it
    message: 'Is Behcet disease more common in people from certain countries?',
    focus: 'Behcet disease',
    types: ['susceptibility'],
  },
  {
    // prevention of crises in a rare disease; medicines to avoid with a disease (not a drug) are part of its
    // treatment, as for von Willebrand disease below
    message:
      'My husband has acute intermittent porphyria. How can he avoid attacks? Are there medicines he should never take?',
    focus: 'acute intermittent porphyria',
    types: ['prevention', 'treatment'],
  },
  {
    // two rare conditions: the difference asked is what each is, information (labeling guide; association before it said so)
    message: 'What is the difference between Becker muscular dystrophy and Duchenne muscular dystrophy?',
    focus: 'Becker muscular dystrophy',
    types: ['information'],
  },
  {
    // symptoms, abbreviation NF1
    message: 'What are the signs of NF1 in a baby? Our son has lots of light brown spots on his skin.',
    focus: 'NF1',
    types: ['symptoms'],
  },
  {
    // a statement and a plea: treatment
    message:
      'My mother was told she has idiopathic pulmonary fibrosis. She gets out of breath walking to the mailbox. Is there anything that can slow it down?',
    focus: 'idiopathic pulmonary fibrosis',
    types: ['treatment'],
  },
  {
    // the gene and testing for the family
    message: 'My sister has Huntingtons disease. Should I get tested for the gene and how is the test done?',
    focus: 'Huntingtons disease',
    types: ['diagnosis'],
  },
  {
    // frequency with a misspelling
    message: 'how rare is Prader Willy syndrome?',
    focus: 'Prader Willy syndrome',
    types: ['frequency'],
  },
  {
    // cause, a rare skin disease
    message: 'What causes epidermolysis bullosa? Did we do something wrong during the pregnancy?',
    focus: 'epidermolysis bullosa',
    types: ['cause'],
  },
  {
    // specialists, a rare vascular condition
    message:
      'Where can I find a doctor who knows about Klippel-Trenaunay syndrome? Our local doctors have never seen it.',
    focus: 'Klippel-Trenaunay syndrome',
    types: ['find_specialist'],
  },
  {
    // outlook, a rare leukodystrophy, abbreviation spelled out
    message: 'Our son was diagnosed with adrenoleukodystrophy. What is the outlook for boys with ALD?',
    focus: 'adrenoleukodystrophy',
    types: ['prognosis'],
  },
  {
    // complications of a rare blood disorder
    message: 'I have hereditary spherocytosis. Can it damage my spleen or cause gallstones?',
    focus: 'hereditary spherocytosis',
    types: ['complications'],
  },
  {
    // clinical trials with a rare cancer syndrome
    message: 'Are there clinical trials for people with Li-Fraumeni syndrome?',
    focus: 'Li-Fraumeni syndrome',
    types: ['research'],
  },
  {
    // treatment of a rare autoinflammatory condition, abbreviation
    message: 'My son has FMF and gets fevers every month. Is colchicine the only treatment?',
    focus: 'FMF',
    types: ['treatment'],
  },
  {
    // a condition only in the subject, the message asks two things
    subject: 'Klinefelter syndrome',
    message: 'Our son was just diagnosed. Will he be able to have children? Does he need hormone treatment?',
    focus: 'Klinefelter syndrome',
    types: ['complications', 'treatment'],
  },
  {
    // inheritance, a condition named with an apostrophe and capital letters
    message:
      "Is Stargardt's disease inherited? My uncle had it and now my son's eye doctor says he has it too.",
    focus: "Stargardt's disease",
    types: ['inheritance'],
  },
  {
    // information on a rare syndrome, name in lowercase
    message: 'what is kabuki syndrome',
    focus: 'kabuki syndrome',
    types: ['information'],
  },
  {
    // a rare kidney disease, two questions
    message:
      'My nephew has Alport syndrome. Will he lose his hearing, and will he need a kidney transplant someday?',
    focus: 'Alport syndrome',
    types: ['complications', 'treatment'],
  },
  {
    // how it is diagnosed, a rare endocrine disease
    message: 'What tests do they use to find out if someone has Addisons disease?',
    focus: 'Addisons disease',
    types: ['diagnosis'],
  },
  {
    // a misspelled syndrome, symptoms in adults
    message: 'What are the symptoms of Ehlers Danlos syndrom in adults? I think I might have it.',
    focus: 'Ehlers Danlos syndrom',
    types: ['symptoms'],
  },
];
