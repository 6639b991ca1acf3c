/** Where content came from, in words people recognize, with its license credit. */
import type { Provenance } from '../kb/index.js';
import { html, type SafeHtml } from './html.js';

/** MedQuAD collection prefixes → the NIH site the answer came from. */
export const COLLECTION_NAMES: Record<string, string> = {
  GARD: 'Genetic and Rare Diseases Information Center (GARD)',
  GHR: 'Genetics Home Reference (now MedlinePlus Genetics)',
  CancerGov: 'National Cancer Institute (cancer.gov)',
  MPlusHealthTopics: 'MedlinePlus Health Topics',
  NIDDK: 'National Institute of Diabetes and Digestive and Kidney Diseases',
  NINDS: 'National Institute of Neurological Disorders and Stroke',
  NIHSeniorHealth: 'NIHSeniorHealth',
  NHLBI: 'National Heart, Lung, and Blood Institute',
  CDC: 'Centers for Disease Control and Prevention',
  ADAM: 'MedlinePlus A.D.A.M. Medical Encyclopedia',
  MPlusDrugs: 'MedlinePlus Drug Information',
  MPlusHerbsSuppls: 'MedlinePlus Herbs and Supplements',
  curated: 'the desk’s information specialists',
};

/** The NIH site of a collection (the prefix itself when unknown). */
export function collectionName(collection: string): string {
  return COLLECTION_NAMES[collection] ?? collection;
}

/** "Source: MedQuAD (CC BY 4.0), from <original page>." or the curators' credit. */
export function sourceCredit(provenance: Provenance): SafeHtml {
  const site = collectionName(provenance.collection);
  if (provenance.source === 'raredesk') {
    return html`Written by ${site}${provenance.license ? html` (${provenance.license})` : ''}.`;
  }
  const page = provenance.url ? html`<a href="${provenance.url}">the original page on ${site}</a>` : site;
  const license = /CC BY(?:-[A-Z]+)* \d\.\d/.exec(provenance.license)?.[0] ?? 'CC BY 4.0';
  return html`Source: MedQuAD (${license}), from ${page}.`;
}
