/**
 * A fourteenth set, from people caring for someone: older parents, a spouse after a stroke, a child with a
 * lifelong condition. They ask what to expect, how to help at home, where to find support, and about the
 * medicines they hand out. Written after the everyday set and scored once before anything was changed against
 * it (see BENCHMARKS.md for that first score). None is taken or paraphrased from MedQuAD, LiveQA or the
 * classifier's training list. Scored by caregiver.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --caregiver --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const CAREGIVER_MESSAGES: ConsumerMessage[] = [
  {
    // what to expect in the last stage
    message:
      'My mother is in the late stages of Alzheimer disease. What should we expect in the coming months?',
    focus: 'Alzheimer disease',
    types: ['prognosis'],
  },
  {
    // help at home after a stroke
    message:
      'My husband came home after a stroke and cannot use his right arm. What can I do at home to help him recover?',
    focus: 'stroke',
    types: ['treatment'],
  },
  {
    // support for the carer
    message: 'I care for my wife who has ALS. Are there support groups for spouses?',
    focus: 'ALS',
    types: ['find_specialist'],
  },
  {
    // swallowing and food with a condition
    message: 'My father has Parkinson disease and chokes on his food. What foods are easier for him to eat?',
    focus: 'Parkinson disease',
    types: ['lifestyle'],
  },
  {
    // falls: prevention
    message:
      'My grandmother has osteoporosis and has fallen twice. How can we prevent her from breaking a hip?',
    focus: 'osteoporosis',
    types: ['prevention'],
  },
  {
    // a medicine for an older parent
    message: 'My dad takes donepezil for his memory. What side effects should I watch for?',
    focus: 'donepezil',
    types: ['side_effects'],
  },
  {
    // symptoms getting worse
    message: 'My mom has COPD. What are the signs that she needs to go to the hospital?',
    focus: 'COPD',
    types: ['symptoms'],
  },
  {
    // sundowning: symptoms of dementia
    message: 'Why does my father with dementia get so agitated in the evenings?',
    focus: 'dementia',
    types: ['cause'],
  },
  {
    // outlook of a child with a lifelong condition
    message: 'Our son has cerebral palsy. Will he be able to live on his own when he grows up?',
    focus: 'cerebral palsy',
    types: ['prognosis'],
  },
  {
    // school and a child
    message:
      'My daughter has type 1 diabetes. How do I make sure her school can handle her insulin and lows?',
    focus: 'type 1 diabetes',
    types: ['lifestyle'],
  },
  {
    // pressure sores: complications of being bedridden
    message: 'My husband is bedridden after his stroke. How do we keep him from getting bed sores?',
    focus: 'bed sores',
    types: ['prevention'],
  },
  {
    // a specialist for an older parent
    message: 'Where can I find a geriatric specialist for my mother who has several chronic illnesses?',
    focus: 'chronic illnesses',
    types: ['find_specialist'],
  },
  {
    // is it inherited, asked by a carer
    message: 'My mother and her sister both had Alzheimer disease. Will I get it too?',
    focus: 'Alzheimer disease',
    types: ['susceptibility'],
  },
  {
    // treatment of incontinence
    message:
      'My elderly father has urinary incontinence. Is there anything that can help besides adult diapers?',
    focus: 'urinary incontinence',
    types: ['treatment'],
  },
  {
    // hospice: prognosis and information
    message:
      'The doctors suggested hospice for my mother who has pancreatic cancer. How long do patients usually have at this point?',
    focus: 'pancreatic cancer',
    types: ['prognosis'],
  },
  {
    // two questions: what it is and how to help
    message:
      'My brother was diagnosed with schizophrenia. What is it exactly and how can the family help him?',
    focus: 'schizophrenia',
    types: ['information', 'treatment'],
  },
  {
    // medication management
    message: 'My mom takes warfarin. How often does she need her blood checked?',
    focus: 'warfarin',
    types: ['drug_usage'],
  },
  {
    // driving with a condition
    message: 'My father has macular degeneration. Is it still safe for him to drive?',
    focus: 'macular degeneration',
    types: ['lifestyle'],
  },
  {
    // hearing loss in an older parent: treatment
    message: 'My 80 year old mother is losing her hearing. Would hearing aids help her?',
    focus: 'losing her hearing',
    types: ['treatment'],
  },
  {
    // depression after a diagnosis
    message: 'My husband has been very depressed since his heart attack. Is that common?',
    focus: 'heart attack',
    types: ['complications'],
  },
  {
    // a rare disease: respite and organizations
    message:
      'Our son has Duchenne muscular dystrophy. Is there an organization that helps families like ours?',
    focus: 'Duchenne muscular dystrophy',
    types: ['find_specialist'],
  },
  {
    // diagnosis for an older parent
    message: 'My dad keeps repeating himself and forgets recent conversations. How is dementia diagnosed?',
    focus: 'dementia',
    types: ['diagnosis'],
  },
  {
    // stopping a medicine at the end of life
    message: 'My mother is 92 and on many pills. Can she stop taking her statin now?',
    focus: 'statin',
    types: ['drug_usage'],
  },
  {
    // complications of a condition
    message: 'My wife has had multiple sclerosis for 20 years. What problems can happen as it progresses?',
    focus: 'multiple sclerosis',
    types: ['complications'],
  },
  {
    // treatment of a behavior in autism
    message: 'My autistic son hits himself when he is upset. What can we do to help him?',
    focus: 'autistic',
    types: ['treatment'],
  },
  {
    // cause of confusion in an older person
    message: 'My grandfather suddenly became very confused. Could a urinary tract infection cause that?',
    focus: 'urinary tract infection',
    types: ['association'],
  },
  {
    // research for a caregiver's parent
    message: 'Are there any clinical trials for people with Lewy body dementia?',
    focus: 'Lewy body dementia',
    types: ['research'],
  },
  {
    // how common, rare disease
    message: 'How many children have Rett syndrome? It feels like we are the only family.',
    focus: 'Rett syndrome',
    types: ['frequency'],
  },
  {
    // diet for kidney disease
    message: 'My mother is on dialysis for kidney failure. What should she not eat?',
    focus: 'kidney failure',
    types: ['lifestyle'],
  },
  {
    // symptoms of a complication in a child
    message: 'My son has sickle cell disease. What are the warning signs of a stroke in children like him?',
    focus: 'stroke',
    types: ['symptoms'],
  },
  {
    // medicine for agitation: a plea
    message:
      'My mother with Alzheimer disease is aggressive at night. Is there a medicine that can calm her?',
    focus: 'Alzheimer disease',
    types: ['treatment'],
  },
  {
    // inheritance for the next generation
    message: 'My son has hemophilia A. Can my daughters be carriers?',
    focus: 'hemophilia A',
    types: ['inheritance'],
  },
  {
    // contraindications: a drug and a condition
    message: 'My father has heart failure. Is it safe for him to take ibuprofen for his arthritis?',
    focus: 'ibuprofen',
    types: ['contraindications'],
  },
  {
    // prognosis of a child after surgery
    message: 'Our baby had surgery for a congenital heart defect. Will she have a normal life?',
    focus: 'congenital heart defect',
    types: ['prognosis'],
  },
  {
    // storage: a child's medicine
    message: "Where should we keep my son's EpiPen, can it stay in a hot car?",
    focus: 'EpiPen',
    types: ['storage_disposal'],
  },
  {
    // susceptibility: infections in a person with a condition
    message: 'My husband is on chemotherapy. Is he more likely to catch the flu?',
    focus: 'flu',
    types: ['susceptibility'],
  },
  {
    // information, subject line only
    subject: 'Huntington disease',
    message: 'My wife was just diagnosed. Please send me information about this disease.',
    focus: 'Huntington disease',
    types: ['information'],
  },
  {
    // treatment, run-on
    message:
      'my mom has bad arthritis in her knees she is 78 and cant walk far what treatments are there for someone her age',
    focus: 'arthritis',
    types: ['treatment'],
  },
  {
    // cause of a condition in a child
    message: 'What causes cerebral palsy? Could it have been something at the delivery?',
    focus: 'cerebral palsy',
    types: ['cause'],
  },
  {
    // lifestyle: travel with a condition
    message: 'My father has COPD and uses oxygen. Can he fly on a plane to visit us?',
    focus: 'COPD',
    types: ['lifestyle'],
  },
];
