/**
 * The only text raredesk writes itself: general guidance on finding specialists and research, the
 * notices for sections we could not answer, and the letter's frame. Everything here is about real,
 * public directories; nothing here is medical advice.
 */
import type { Block } from '../kb/types.js';

/** General guidance on finding specialists and support, for any condition. */
export const FIND_SPECIALIST_GUIDANCE: readonly Block[] = [
  {
    type: 'paragraph',
    text: 'Doctors who know a rare condition well are often found through genetics clinics, expert centers and patient organizations. These directories can help:',
  },
  {
    type: 'list',
    ordered: false,
    items: [
      'Genetic counselors: the National Society of Genetic Counselors (NSGC) "Find a Genetic Counselor" directory, https://findageneticcounselor.nsgc.org/',
      'Genetics clinics: the American College of Medical Genetics and Genomics (ACMG) "Find a Genetics Clinic" directory, https://clinics.acmg.net/',
      'Expert centers: Orphanet lists expert centres for rare diseases, mostly in Europe, https://www.orpha.net/ ; the European Reference Networks (ERN) connect expert centers across Europe, https://health.ec.europa.eu/european-reference-networks_en',
      'Clinical trials: researchers running a study are often among the most experienced doctors; ClinicalTrials.gov lists their studies and contacts, https://clinicaltrials.gov/',
      'Patient organizations: NORD (National Organization for Rare Disorders), https://rarediseases.org/ ; Global Genes, https://globalgenes.org/ ; EURORDIS (Rare Diseases Europe), https://www.eurordis.org/',
    ],
  },
  {
    type: 'paragraph',
    text: "Your doctor can also ask a university hospital or a children's hospital near you for a referral to a specialist.",
  },
];

/** The ClinicalTrials.gov search for a condition. */
export function clinicalTrialsUrl(conditionName: string): string {
  return `https://clinicaltrials.gov/search?cond=${encodeURIComponent(conditionName)}`;
}

/** General guidance on research and clinical trials for a condition. */
export function researchGuidance(conditionName: string | null): Block[] {
  const search = conditionName
    ? `ClinicalTrials.gov lists studies about ${conditionName}, with their locations and contacts: ${clinicalTrialsUrl(conditionName)}`
    : 'ClinicalTrials.gov lists clinical studies with their locations and contacts: https://clinicaltrials.gov/';
  return [
    { type: 'paragraph', text: search },
    {
      type: 'paragraph',
      text: 'Patient organizations often know of registries and studies that are looking for participants: NORD, https://rarediseases.org/ ; Global Genes, https://globalgenes.org/ ; EURORDIS, https://www.eurordis.org/ . Before joining a study, talk it over with your doctor.',
    },
  ];
}

/** Notice for a section without a curated answer. */
export const NO_ANSWER_NOTICE =
  'We did not find a curated answer to this question in our knowledge base. An information specialist will look into it.';

/** Notice when the message names no condition we know. */
export const NO_FOCUS_NOTICE =
  'We could not tell which condition this question is about. An information specialist will read your message and reply.';

/** Names in quotes, each once, joined as a list: "“a”, “b” or “c”". */
function quotedList(names: ReadonlyArray<string>, last: 'and' | 'or'): string {
  const quoted = [...new Set(names)].map((n) => `“${n}”`);
  return quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} ${last} ${quoted.at(-1)}`;
}

/**
 * Notice when the message names no condition we know but names one we do not hold
 * ("hand foot and mouth disease"): says plainly which.
 */
export function noFocusNotice(unrecognized: ReadonlyArray<string>): string {
  if (unrecognized.length === 0) return NO_FOCUS_NOTICE;
  const list = quotedList(unrecognized, 'or');
  return `Our knowledge base has no information on ${list}, so we could not answer this question from it. An information specialist will read your message and reply.`;
}

/**
 * Notice when a question names a medicine the knowledge base does not hold ("nusinersen"): says so, and
 * that what follows is about the condition, if the question has one.
 */
export function unknownMedicineNotice(
  medicines: ReadonlyArray<string>,
  conditionName: string | null,
): string {
  const list = quotedList(medicines, 'and');
  const about = conditionName ? ` What follows is about ${conditionName} in general.` : '';
  return `Our knowledge base has no information on the medicine ${list}.${about} An information specialist will check this answer.`;
}

/** Opening of a partial answer: the typed article is missing, sentences from other articles follow. */
export function partialNotice(conditionName: string | null): string {
  const about = conditionName ? ` about ${conditionName}` : '';
  return `Our knowledge base has no article that answers this question directly. Here is what our other articles${about} say:`;
}

/** A pointer to a source page whose text is not in the knowledge base. */
export function pointerNotice(url: string | null): string {
  return url
    ? `An answer to this question is published on its source site, but its text is not in our knowledge base. You can read it at ${url}`
    : 'An answer to this question has been published, but its text is not in our knowledge base.';
}

/** The closing paragraph: talk to your doctor; how to write back. */
export function closingText(publicUrl: string): string {
  return (
    'We hope this information is helpful. We strongly recommend that you discuss it with your doctor. ' +
    `If you have more questions, reply to this message or write to us at ${publicUrl}.`
  );
}

export const DISCLAIMER =
  'This letter gives general information, not medical advice. It does not replace a consultation with a health professional.';
