/**
 * Development set for tuning the ranking weights (never the LiveQA test questions): consumer-style
 * questions we wrote ourselves (misspellings, subject lines, background sentences), each with the
 * MedQuAD answer ids we judge correct: the articles of the asked condition and question type, in any
 * collection (an article without answer text still answers by pointing to its source page).
 * Used by `npx tsx test/retrieve/dev-eval.ts` (P@1, MRR@10) and by ranking.test.ts (a floor on P@1).
 */
export interface DevCase {
  subject: string;
  text: string;
  expected: string[];
}

export const DEV_SET: DevCase[] = [
  {
    subject: 'my son asthma',
    text: 'Hi, my 8 year old son has astma and uses an inhaler. What other treatments are there for him? thanks',
    // asthma, treatment: every MedQuAD article of this condition and type answers it
    expected: ['ADAM_0000334_Sec5', 'ADAM_0000336_Sec5', 'NHLBI_0000010_Sec6'],
  },
  {
    subject: 'gout in toe',
    text: 'I woke up with a swollen big toe, the doctor says its gout. What causes gout? I dont drink much.',
    // gout, cause: every MedQuAD article of this condition and type answers it
    expected: ['ADAM_0001758_Sec2', 'NIHSeniorHealth_0000028_Sec2', 'NIHSeniorHealth_0000028_Sec9'],
  },
  {
    subject: 'skin patches',
    text: 'What are the signs of psoriasis? I have red scaly patches on my elbows and knees for months.',
    // psoriasis, symptoms: every MedQuAD article of this condition and type answers it
    expected: ['ADAM_0003275_Sec3', 'ADAM_0003276_Sec3', 'NIHSeniorHealth_0000059_Sec3'],
  },
  {
    subject: 'celiac',
    text: 'Can you tell me about celiac disease. My sister was just diagnosed and I want to understand it.',
    // celiac disease, information: every MedQuAD article of this condition and type answers it
    expected: [
      'ADAM_0000719_Sec1',
      'ADAM_0000720_Sec1',
      'ADAM_0000721_Sec1',
      'GHR_0000163_Sec1',
      'MPlusHealthTopics_0000159_Sec1',
      'NIDDK_0000088_Sec1',
    ],
  },
  {
    subject: 'shingles',
    text: 'My father had chickenpox as a child. how can he avoid getting shingles now that he is 70?',
    // shingles, prevention: every MedQuAD article of this condition and type answers it
    expected: ['ADAM_0003556_Sec9', 'NIHSeniorHealth_0000062_Sec25', 'NIHSeniorHealth_0000062_Sec3'],
  },
  {
    subject: 'marfans',
    text: 'My husband has marfan syndrome. Will our kids get it? Is it passed down?',
    // Marfan syndrome, inheritance: every MedQuAD article of this condition and type answers it
    expected: ['GARD_0003801_Sec3', 'GHR_0000627_Sec4'],
  },
  {
    subject: 'CF testing',
    text: 'How do doctors test for cystic fibrosis in a baby? Our newborn screening came back positive.',
    // cystic fibrosis, diagnosis: every MedQuAD article of this condition and type answers it
    expected: ['ADAM_0001079_Sec4', 'NHLBI_0000049_Sec6'],
  },
  {
    subject: 'huntingtons gene',
    text: "Which gene is involved in huntington's disease? My mom had it.",
    // Huntington disease, genetic_changes: every MedQuAD article of this condition and type answers it
    expected: ['GHR_0000489_Sec3'],
  },
  {
    subject: 'glaucoma eye drops',
    text: 'I have glaucoma, is there anything besides eye drops that can treat it? Surgery?',
    // glaucoma, treatment: every MedQuAD article of this condition and type answers it
    expected: ['ADAM_0001737_Sec5', 'NIHSeniorHealth_0000027_Sec18', 'NIHSeniorHealth_0000027_Sec4'],
  },
  {
    subject: 'bones',
    text: 'how can I prevent osteoporosis, I am a 55 year old woman after menopause',
    // osteoporosis, prevention: every MedQuAD article of this condition and type answers it
    expected: ['NIHSeniorHealth_0000050_Sec18'],
  },
  {
    subject: 'kidney stone',
    text: 'why do kidney stones form? I have had two this year and the pain was terrible',
    // kidney stones, cause: every MedQuAD article of this condition and type answers it
    expected: ['ADAM_0002286_Sec2', 'NIDDK_0000203_Sec4', 'NIDDK_0000204_Sec4', 'NIDDK_0000221_Sec3'],
  },
  {
    subject: 'migraines',
    text: 'What medicines help for migraine headaches? I get them twice a week.',
    // migraine, treatment: every MedQuAD article of this condition and type answers it
    expected: ['ADAM_0002637_Sec5', 'NINDS_0000194_Sec2'],
  },
  {
    subject: 'parkinsons signs',
    text: "what are early symptoms of parkinsons disease? my dad's hand shakes",
    // Parkinson's disease, symptoms: every MedQuAD article of this condition and type answers it
    expected: [
      'ADAM_0002958_Sec3',
      'GARD_0004740_Sec2',
      'NIHSeniorHealth_0000052_Sec25',
      'NIHSeniorHealth_0000052_Sec3',
      'NIHSeniorHealth_0000052_Sec9',
    ],
  },
  {
    subject: 'iron overload',
    text: 'what is hemochromatosis? my blood test showed high iron',
    // hemochromatosis, information: every MedQuAD article of this condition and type answers it
    expected: [
      'ADAM_0001903_Sec1',
      'GARD_0002766_Sec1',
      'GARD_0002767_Sec1',
      'GARD_0002770_Sec1',
      'GHR_0000461_Sec1',
      'MPlusHealthTopics_0000454_Sec1',
      'NHLBI_0000067_Sec1',
      'NIDDK_0000185_Sec1',
    ],
  },
  {
    subject: 'lupus test',
    text: 'How is lupus diagnosed? I have joint pain and a rash on my face.',
    // lupus, diagnosis: every MedQuAD article of this condition and type answers it
    expected: ['ADAM_0003825_Sec4'],
  },
  {
    subject: 'sickle cell',
    text: 'What is the life expectancy for someone with sickle cell disease?',
    // sickle cell disease, prognosis: every MedQuAD article of this condition and type answers it
    expected: ['ADAM_0003574_Sec7'],
  },
  {
    subject: 'down syndrome',
    text: 'How common is down syndrome? We are expecting and worried.',
    // Down syndrome, frequency: every MedQuAD article of this condition and type answers it
    expected: ['GHR_0000303_Sec2'],
  },
  {
    subject: 'fibromialgia pain',
    text: 'Is there any cure or treatment for fibromyalgia? The pain is everywhere and I am tired all the time.',
    // fibromyalgia, treatment: every MedQuAD article of this condition and type answers it
    expected: ['ADAM_0001588_Sec5'],
  },
  {
    subject: 'EDS',
    text: 'What are the symptoms of ehlers danlos syndrome? I am very flexible and bruise easily.',
    // Ehlers-Danlos syndrome, symptoms: every MedQuAD article of this condition and type answers it
    expected: [
      'ADAM_0001351_Sec3',
      'GARD_0000848_Sec2',
      'GARD_0002049_Sec2',
      'GARD_0002051_Sec1',
      'GARD_0002055_Sec2',
      'GARD_0002058_Sec2',
      'GARD_0002060_Sec1',
      'GARD_0002061_Sec2',
      'GARD_0002062_Sec1',
      'GARD_0002063_Sec2',
      'GARD_0002064_Sec1',
      'GARD_0002276_Sec1',
    ],
  },
  {
    subject: 'hep c',
    text: 'my brother has hepatitis c, can it be cured? what treatment is there',
    // hepatitis C, treatment: every MedQuAD article of this condition and type answers it
    expected: ['ADAM_0001941_Sec5', 'ADAM_0001942_Sec5', 'NIDDK_0000196_Sec9'],
  },
  {
    subject: 'TB test',
    text: 'how do they test for tuberculosis? I need a test for work.',
    // tuberculosis, diagnosis: every MedQuAD article of this condition and type answers it
    expected: ['ADAM_0001250_Sec4'],
  },
  {
    subject: 'tired all the time',
    text: 'What causes anemia? My doctor said my hemoglobin is low.',
    // anemia, cause: every MedQuAD article of this condition and type answers it
    expected: ['ADAM_0000212_Sec2', 'NHLBI_0000002_Sec3'],
  },
  {
    subject: 'diabetes problems',
    text: 'What complications can diabetes cause if it is not controlled?',
    // diabetes, complications: every MedQuAD article of this condition and type answers it
    expected: ['ADAM_0001177_Sec8'],
  },
  {
    subject: 'curved spine',
    text: 'My daughter 12 has scoliosis. What is the treatment, does she need a brace?',
    // scoliosis, treatment: every MedQuAD article of this condition and type answers it
    expected: ['ADAM_0003487_Sec5'],
  },
  {
    subject: 'alzheimers',
    text: "What causes alzheimer's disease? is it genetic?",
    // Alzheimer's disease, cause: every MedQuAD article of this condition and type answers it
    expected: ['ADAM_0000178_Sec2', 'NIHSeniorHealth_0000004_Sec17', 'NIHSeniorHealth_0000004_Sec2'],
  },
  {
    subject: 'RA',
    text: 'what are the symptoms of rheumatoid arthritis',
    // rheumatoid arthritis, symptoms: every MedQuAD article of this condition and type answers it
    expected: ['ADAM_0003411_Sec3', 'NIHSeniorHealth_0000061_Sec10', 'NIHSeniorHealth_0000061_Sec3'],
  },
  {
    subject: 'tics',
    text: 'My son has tourette syndrome with many tics, how is it treated?',
    // Tourette syndrome, treatment: every MedQuAD article of this condition and type answers it
    expected: ['ADAM_0001731_Sec5', 'GARD_0006132_Sec5', 'GHR_0000985_Sec5', 'NINDS_0000269_Sec2'],
  },
  {
    subject: 'hemophilia',
    text: 'Is hemophilia inherited? My brother has it and I want to know about my children.',
    // hemophilia, inheritance: every MedQuAD article of this condition and type answers it
    expected: ['GHR_0000450_Sec4'],
  },
  {
    subject: 'crohns',
    text: 'Crohns disease treatment options? I have had flares for years.',
    // Crohn's disease, treatment: every MedQuAD article of this condition and type answers it
    expected: [
      'ADAM_0001033_Sec5',
      'ADAM_0001034_Sec5',
      'GHR_0000254_Sec5',
      'NIDDK_0000093_Sec7',
      'NIDDK_0000126_Sec7',
    ],
  },
  {
    subject: 'PKD',
    text: 'What genes cause polycystic kidney disease?',
    // polycystic kidney disease, genetic_changes: every MedQuAD article of this condition and type answers it
    expected: ['GHR_0000804_Sec3'],
  },
  {
    subject: 'thalasemia',
    text: 'What is thalassemia? My blood work says I am a carrier.',
    // thalassemia, information: every MedQuAD article of this condition and type answers it
    expected: [
      'ADAM_0003896_Sec1',
      'GARD_0000258_Sec1',
      'GARD_0000706_Sec1',
      'GARD_0006056_Sec1',
      'GHR_0000039_Sec1',
      'GHR_0000119_Sec1',
      'MPlusHealthTopics_0000886_Sec1',
      'NHLBI_0000127_Sec1',
    ],
  },
  {
    subject: 'rash',
    text: 'what are the symptoms of shingles? I have a painful rash on one side of my back',
    // shingles, symptoms: every MedQuAD article of this condition and type answers it
    expected: [
      'ADAM_0003556_Sec3',
      'NIHSeniorHealth_0000062_Sec21',
      'NIHSeniorHealth_0000062_Sec4',
      'NIHSeniorHealth_0000062_Sec9',
    ],
  },
  {
    subject: 'eating disorder',
    text: "how is anorexia treated? my daughter won't eat",
    // anorexia nervosa, treatment: every MedQuAD article of this condition and type answers it
    expected: ['ADAM_0000248_Sec5'],
  },
  {
    subject: 'tick bite',
    text: 'I was bitten by a tick last week. What are the symptoms of lyme disease?',
    // Lyme disease, symptoms: every MedQuAD article of this condition and type answers it
    expected: ['ADAM_0002473_Sec3', 'GARD_0003690_Sec2'],
  },
  {
    subject: 'legs at night',
    text: "What can I do about restless legs syndrome? My legs feel strange every night and I can't sleep.",
    // restless legs syndrome, treatment: every MedQuAD article of this condition and type answers it
    expected: ['ADAM_0003385_Sec5', 'GHR_0000869_Sec5', 'NHLBI_0000114_Sec6', 'NINDS_0000246_Sec2'],
  },
  {
    subject: 'gaucher',
    text: 'Is there treatment for gaucher disease type 1?',
    // Gaucher disease, treatment: every MedQuAD article of this condition and type answers it
    expected: ['ADAM_0001698_Sec5', 'GHR_0000400_Sec5', 'NINDS_0000134_Sec2'],
  },
  {
    subject: 'fragile x',
    text: 'How is fragile X syndrome inherited? my nephew has it',
    // fragile X syndrome, inheritance: every MedQuAD article of this condition and type answers it
    expected: ['GARD_0002417_Sec4', 'GHR_0000381_Sec4'],
  },
  {
    subject: 'NF1',
    text: 'What are the signs of neurofibromatosis type 1? My child has cafe au lait spots.',
    // neurofibromatosis type 1, symptoms: every MedQuAD article of this condition and type answers it
    expected: ['ADAM_0002781_Sec3', 'GARD_0001242_Sec1', 'GARD_0004373_Sec2'],
  },
  {
    subject: 'wilsons disease',
    text: 'How is wilson disease treated? too much copper',
    // Wilson disease, treatment: every MedQuAD article of this condition and type answers it
    expected: [
      'ADAM_0001944_Sec5',
      'ADAM_0004317_Sec5',
      'GARD_0006449_Sec5',
      'GHR_0001037_Sec5',
      'NIDDK_0000133_Sec10',
      'NINDS_0000276_Sec2',
    ],
  },
  {
    subject: 'snoring',
    text: 'I snore and stop breathing at night, my doctor says sleep apnea. What treatments are there besides the mask?',
    // sleep apnea, treatment: every MedQuAD article of this condition and type answers it
    expected: ['NHLBI_0000118_Sec7', 'NINDS_0000254_Sec2'],
  },
];
