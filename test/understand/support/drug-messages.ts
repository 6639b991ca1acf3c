/**
 * An eleventh set, about medicines: how people ask about the pills they take (doses, missed doses,
 * stopping, splitting and crushing, food and alcohol, other medicines, pregnancy, what a pill is for or
 * contains, keeping and throwing away, generic names, what it does to them). A third or more of the mail
 * such a desk gets is about medicines, and our earlier sets are mostly about conditions. Written after the
 * short set and scored once before anything was changed against it (see BENCHMARKS.md for that first
 * score). None is taken or paraphrased from MedQuAD, LiveQA or the classifier's training list. Scored by
 * drug.test.ts and by `npx tsx test/understand/support/score-messages.ts --drugs --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const DRUG_MESSAGES: ConsumerMessage[] = [
  {
    // splitting a pill: how to take it
    message: 'Can I cut my metoprolol tablets in half? They are hard to swallow.',
    focus: 'metoprolol',
    types: ['drug_usage'],
  },
  {
    // alcohol with a drug: a food interaction
    message: 'Is it ok to have a glass of wine while I am on amoxicillin?',
    focus: 'amoxicillin',
    types: ['interactions'],
  },
  {
    // what the drug is for
    message: 'My doctor gave me hydroxyzine. What is it normally prescribed for?',
    focus: 'hydroxyzine',
    types: ['indication'],
  },
  {
    // stopping a drug: tapering
    message: 'I want to stop taking prednisone. Can I just quit or do I need to come off it slowly?',
    focus: 'prednisone',
    types: ['drug_usage'],
  },
  {
    // a drug in pregnancy
    message: 'I just found out I am pregnant. Is it safe to keep taking my sertraline?',
    focus: 'sertraline',
    types: ['contraindications'],
  },
  {
    // ingredients: lactose
    message: 'Does Synthroid contain lactose? I am lactose intolerant.',
    focus: 'Synthroid',
    types: ['ingredients'],
  },
  {
    // storage after opening
    message: 'How long is an opened bottle of amoxicillin liquid good for in the fridge?',
    focus: 'amoxicillin',
    types: ['storage_disposal'],
  },
  {
    // disposal
    message: 'What is the right way to get rid of leftover oxycodone pills after my surgery?',
    focus: 'oxycodone',
    types: ['storage_disposal'],
  },
  {
    // two drugs together
    message: 'Can I take Tylenol and Advil at the same time for a bad toothache?',
    focus: 'Tylenol',
    types: ['interactions'],
  },
  {
    // side effects as a complaint
    message:
      'I have been on lisinopril for 2 months and I have a dry cough that will not go away. Is that from the lisinopril?',
    focus: 'lisinopril',
    types: ['side_effects'],
  },
  {
    // dose for a child by weight
    message: "How much children's Benadryl can I give my 3 year old? He weighs 32 pounds.",
    focus: 'Benadryl',
    types: ['drug_usage'],
  },
  {
    // taken with food or not
    message: 'Should I take my ibuprofen with food or on an empty stomach?',
    focus: 'ibuprofen',
    types: ['drug_usage'],
  },
  {
    // a missed dose
    message: 'I forgot to take my blood thinner Eliquis last night. Should I take two this morning?',
    focus: 'Eliquis',
    types: ['drug_usage'],
  },
  {
    // an overdose by mistake
    message: 'My husband accidentally took his metformin twice today. What should we do?',
    focus: 'metformin',
    types: ['drug_usage'],
  },
  {
    // grapefruit: a food interaction
    message: "Why can't I eat grapefruit while taking atorvastatin?",
    focus: 'atorvastatin',
    types: ['interactions'],
  },
  {
    // contraindicated with a condition
    message: 'I have kidney disease. Is naproxen safe for me to take?',
    focus: 'naproxen',
    types: ['contraindications'],
  },
  {
    // what is in a vaccine or medicine
    message: 'What are the inactive ingredients in Zyrtec tablets? I react to some dyes.',
    focus: 'Zyrtec',
    types: ['ingredients'],
  },
  {
    // how long to take it
    message: 'How long do I have to take doxycycline for Lyme disease?',
    focus: 'doxycycline',
    types: ['drug_usage'],
  },
  {
    // side effects, a list wanted
    message: 'What are the most common side effects of gabapentin in older people?',
    focus: 'gabapentin',
    types: ['side_effects'],
  },
  {
    // a supplement and a drug
    message: 'Can I take fish oil while I am on warfarin?',
    focus: 'fish oil',
    types: ['interactions'],
  },
  {
    // what a supplement is good for
    message: 'What is melatonin good for besides sleep?',
    focus: 'melatonin',
    types: ['indication'],
  },
  {
    // breastfeeding
    message: 'I am breastfeeding my 2 month old. Can I take Sudafed for my cold?',
    focus: 'Sudafed',
    types: ['contraindications'],
  },
  {
    // when in the day
    message: 'Is it better to take my simvastatin at night or in the morning?',
    focus: 'simvastatin',
    types: ['drug_usage'],
  },
  {
    // storage while travelling
    message: "We are flying to Spain. Does my son's insulin have to stay cold the whole trip?",
    focus: 'insulin',
    types: ['storage_disposal'],
  },
  {
    // a serious reaction
    message: 'My face and lips swelled up after my first dose of lisinopril. Is that an allergic reaction?',
    focus: 'lisinopril',
    types: ['side_effects'],
  },
  {
    // how the drug works
    message: 'How does methotrexate work for rheumatoid arthritis?',
    focus: 'methotrexate',
    types: ['indication'],
  },
  {
    // crushing a pill into food
    message:
      'My mother cannot swallow pills anymore. Can her donepezil be crushed and mixed with applesauce?',
    focus: 'donepezil',
    types: ['drug_usage'],
  },
  {
    // weight gain blamed on a drug
    message: 'Does Depakote make you gain weight? My daughter has put on 20 pounds since she started it.',
    focus: 'Depakote',
    types: ['side_effects'],
  },
  {
    // a drug with alcohol, in slang
    message: 'is it dangerous to drink beer on oxycodone',
    focus: 'oxycodone',
    types: ['interactions'],
  },
  {
    // expired medicine
    message: 'I found a bottle of ibuprofen that expired two years ago. Is it still safe to use?',
    focus: 'ibuprofen',
    types: ['storage_disposal'],
  },
  {
    // the generic of a brand
    message: 'What is the generic name for Lipitor?',
    focus: 'Lipitor',
    types: ['ingredients'],
  },
  {
    // children: who should not take it
    message: "Why shouldn't children be given aspirin?",
    focus: 'aspirin',
    types: ['contraindications'],
  },
  {
    // two questions about one drug
    message: 'What is tamsulosin used for, and what side effects does it have?',
    focus: 'tamsulosin',
    types: ['indication', 'side_effects'],
  },
  {
    // missed doses of the pill
    message: 'I missed two of my birth control pills this week. Am I still protected?',
    focus: 'birth control pills',
    types: ['drug_usage'],
  },
  {
    // an antibiotic and another drug
    message: 'Does ciprofloxacin interact with my thyroid medicine levothyroxine?',
    focus: 'ciprofloxacin',
    types: ['interactions'],
  },
  {
    // high blood pressure and a cold medicine
    message:
      'I have high blood pressure. What cold medicine can I take that will not raise it? Is Sudafed ok?',
    focus: 'Sudafed',
    types: ['contraindications'],
  },
  {
    // how long before it works
    message:
      'I started escitalopram a week ago and feel no different. How long does it take to start working?',
    focus: 'escitalopram',
    types: ['drug_usage'],
  },
  {
    // side effects of a brand, lower case, no question mark
    message: 'side effects of prednisone long term',
    focus: 'prednisone',
    types: ['side_effects'],
  },
  {
    // a vitamin dose
    message: 'How much vitamin D should an adult take every day?',
    focus: 'vitamin D',
    types: ['drug_usage'],
  },
  {
    // indication of a brand name
    message: 'what is Plavix for',
    focus: 'Plavix',
    types: ['indication'],
  },
];
