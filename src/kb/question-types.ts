/**
 * The question types raredesk knows, their canonical phrasing, and how MedQuAD's labels map onto them.
 * To add a type: add it to QUESTION_TYPES, give it a template and a label, map source labels onto it,
 * and add labeled examples to the classifier's training set (see src/understand/README.md).
 */

export const CONDITION_QUESTION_TYPES = [
  'information',
  'symptoms',
  'cause',
  'inheritance',
  'genetic_changes',
  'frequency',
  'diagnosis',
  'treatment',
  'prognosis',
  'complications',
  'susceptibility',
  'prevention',
  'find_specialist',
  'research',
  'lifestyle',
  'association',
] as const;

export const DRUG_QUESTION_TYPES = [
  'drug_usage',
  'side_effects',
  'interactions',
  'contraindications',
  'indication',
  'ingredients',
  'storage_disposal',
] as const;

export const QUESTION_TYPES = [...CONDITION_QUESTION_TYPES, ...DRUG_QUESTION_TYPES, 'other'] as const;

export type QuestionType = (typeof QUESTION_TYPES)[number];

export function isQuestionType(value: string): value is QuestionType {
  return (QUESTION_TYPES as readonly string[]).includes(value);
}

/** Human label for headings and filters. */
export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  information: 'What it is',
  symptoms: 'Symptoms',
  cause: 'Cause',
  inheritance: 'Inheritance',
  genetic_changes: 'Genetic changes',
  frequency: 'How common it is',
  diagnosis: 'Diagnosis',
  treatment: 'Treatment',
  prognosis: 'Outlook',
  complications: 'Complications',
  susceptibility: 'Who is at risk',
  prevention: 'Prevention',
  find_specialist: 'Finding specialists and support',
  research: 'Research and clinical trials',
  lifestyle: 'Living with it',
  association: 'Related conditions',
  drug_usage: 'How to use it',
  side_effects: 'Side effects',
  interactions: 'Interactions',
  contraindications: 'Precautions',
  indication: 'What it is used for',
  ingredients: 'What it contains',
  storage_disposal: 'Storage and disposal',
  other: 'Other information',
};

/**
 * Canonical restatement of a question of each type about `X` (the focus's name), in plain language.
 * `association` takes a second focus `Y` when there is one.
 */
export const CANONICAL_QUESTIONS: Record<QuestionType, string> = {
  information: 'What is X?',
  symptoms: 'What are the signs and symptoms of X?',
  cause: 'What causes X?',
  inheritance: 'Is X inherited?',
  genetic_changes: 'What are the genetic changes related to X?',
  frequency: 'How common is X?',
  diagnosis: 'How is X diagnosed?',
  treatment: 'How might X be treated?',
  prognosis: 'What is the outlook for people with X?',
  complications: 'What are the complications of X?',
  susceptibility: 'Who is at risk for X?',
  prevention: 'Can X be prevented?',
  find_specialist: 'How can I find physicians who are knowledgeable about X?',
  research: 'What research and clinical trials are there for X?',
  lifestyle: 'What can help in living with X?',
  association: 'Is there a relationship between X and Y?',
  drug_usage: 'How should X be used, and what is the dosage?',
  side_effects: 'What are the side effects of X?',
  interactions: 'What interacts with X?',
  contraindications: 'Who should not take X, and what precautions apply?',
  indication: 'What is X used for?',
  ingredients: 'What does X contain?',
  storage_disposal: 'How should X be stored and disposed of?',
  other: 'What else should I know about X?',
};

/** Order of sections on a condition page. */
export const CONDITION_PAGE_ORDER: readonly QuestionType[] = [
  'information',
  'symptoms',
  'cause',
  'inheritance',
  'genetic_changes',
  'frequency',
  'diagnosis',
  'treatment',
  'prognosis',
  'complications',
  'susceptibility',
  'prevention',
  'lifestyle',
  'research',
  'find_specialist',
  'association',
  'indication',
  'drug_usage',
  'side_effects',
  'interactions',
  'contraindications',
  'ingredients',
  'storage_disposal',
  'other',
];

export function canonicalQuestion(type: QuestionType, focusName: string, secondFocusName?: string): string {
  return CANONICAL_QUESTIONS[type]
    .replace('X', focusName)
    .replace('Y', secondFocusName ?? 'other conditions');
}

/**
 * MedQuAD's 37 (+2 rare) `qtype` labels mapped onto raredesk's types. Why each mapping:
 * the label's answers in MedQuAD answer the question our type stands for.
 */
export const MEDQUAD_QTYPE_MAP: Record<string, QuestionType> = {
  information: 'information',
  symptoms: 'symptoms',
  causes: 'cause',
  inheritance: 'inheritance',
  'genetic changes': 'genetic_changes',
  frequency: 'frequency',
  'exams and tests': 'diagnosis',
  treatment: 'treatment',
  outlook: 'prognosis',
  stages: 'prognosis', // cancer stages describe extent and outlook
  complications: 'complications',
  susceptibility: 'susceptibility',
  prevention: 'prevention',
  'support groups': 'find_specialist', // patient organizations and support groups
  'when to contact a medical professional': 'find_specialist', // when and whom to see
  research: 'research',
  considerations: 'lifestyle', // ADAM "considerations": living with and caring for the condition
  'how can i learn more': 'other',
  // drugs and supplements
  usage: 'drug_usage',
  dose: 'drug_usage',
  'forget a dose': 'drug_usage',
  'emergency or overdose': 'drug_usage',
  'side effects': 'side_effects',
  'severe reaction': 'side_effects',
  'interactions with medications': 'interactions',
  'interactions with herbs and supplements': 'interactions',
  'interactions with foods': 'interactions',
  dietary: 'interactions', // dietary instructions while taking a drug are food interactions
  precautions: 'contraindications',
  contraindication: 'contraindications',
  'important warning': 'contraindications',
  indication: 'indication',
  'how effective is it': 'indication', // what the supplement is (not) effective for
  'how does it work': 'indication',
  'why get vaccinated': 'indication',
  'brand names': 'ingredients',
  'brand names of combination products': 'ingredients',
  'storage and disposal': 'storage_disposal',
  'other information': 'other',
};

export function mapMedquadQtype(qtype: string): QuestionType {
  return MEDQUAD_QTYPE_MAP[qtype.trim().toLowerCase()] ?? 'other';
}
