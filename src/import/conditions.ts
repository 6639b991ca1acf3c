/**
 * Building the condition list: the GARD catalog first, then every MedQuAD document attached to an
 * existing condition (by GARD id, by name, by UMLS CUI) or made into a new one. Pure, in memory:
 * the importer hands the result to the store.
 */
import type { Condition, ConditionId, ConditionKind, ConditionName, NameSource, Xref } from '../kb/index.js';
import { normalizeName as nameKey } from '../store/index.js';
import type { GardEntry } from './gard.js';
import type { MedquadDocument } from './medquad.js';

/** A short all-capitals token ("FOP", "NF1", "CHARGE"): an abbreviation rather than a name. */
export function isAbbreviation(name: string): boolean {
  return /^[A-Z0-9][A-Z0-9-]{1,9}$/.test(name) && (name.match(/[A-Z]/g)?.length ?? 0) >= 2;
}

/** Abbreviations written in parentheses after a name: "dentatorubral-pallidoluysian atrophy (DRPLA)" → DRPLA. */
export function abbreviationsIn(name: string): string[] {
  return [...name.matchAll(/\(([^()]+)\)/g)].map((m) => m[1].trim()).filter(isAbbreviation);
}

/** Slug for project-own ids: "Heart Disease in Women" → `heart-disease-in-women`. */
export function slug(name: string): string {
  return nameKey(name).replace(/ /g, '-') || 'unnamed';
}

/** Words that do not tell conditions apart when comparing names word by word. */
const FILLER_WORDS = new Set([
  'a',
  'an',
  'and',
  'the',
  'of',
  'in',
  'with',
  'disease',
  'diseases',
  'disorder',
  'disorders',
  'syndrome',
  'syndromes',
]);

/** The telling words of a name, singular: "Chlamydia Infections" → {chlamydia, infection}. */
function nameWords(name: string): Set<string> {
  return new Set(
    nameKey(name)
      .split(' ')
      .filter((w) => w !== '' && !FILLER_WORDS.has(w))
      .map((w) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w)),
  );
}

/**
 * True when every telling word of `name` is in `focus`: "Chlamydia Infections" is within "Chlamydia
 * infections in women", "Burns" within "Burns - resources"; "Deafness-infertility syndrome" is not within
 * "Infertility". Guards matches by UMLS CUI, which MedQuAD annotates loosely.
 */
export function nameWithin(name: string, focus: string): boolean {
  const words = nameWords(name);
  const focusWords = nameWords(focus);
  return words.size > 0 && [...words].every((w) => focusWords.has(w));
}

/** ADAM and MedlinePlus "Other" topics that are tests or examinations (by a word in their name). */
const TEST_WORDS =
  /\b(test|tests|testing|scan|x-ray|biopsy|ultrasound|mri|ct|exam|examination|stain|culture|screening|panel|assay|level|levels|count|electrocardiogram|ecg|eeg|emg|endoscopy|angiography|imaging|monitoring|tap)\b/i;

/**
 * Pages about a procedure, a vaccine, a device or birth control rather than a disease ("Kidney transplant",
 * "Knee joint replacement", "Cleft lip and palate repair", "Polio vaccine - what you need to know", "Hearing
 * Aids", "Birth Control"), which MedlinePlus and A.D.A.M. file among their health topics. A name that says
 * syndrome, disease or disorder stays a disease ("Post-splenectomy syndrome").
 */
const PROCEDURE_WORDS =
  /\b(?:transplant|transplantation|surgery|replacement|therapy|dialysis|hemodialysis|vaccines?|vaccination|removal|repair|implants?|insertion|an(?:a)?esthesia|hearing aids?|mobility aids?|birth control|contraception|contraceptives?|\w+ectomy|\w+ostomy|\w+plasty)\b/i;
const DISEASE_WORDS = /\b(?:syndrome|disease|disorder)\b/i;
/** Collections of genetic and rare diseases only: every document there is about a disease. */
const DISEASE_COLLECTIONS = new Set(['GARD', 'GHR']);

/**
 * What a document is about: drugs and supplements by collection, tests by name, procedures by name outside
 * the rare-disease collections, else a disease.
 */
export function conditionKind(
  doc: Pick<MedquadDocument, 'collection' | 'category' | 'focus'>,
): ConditionKind {
  if (doc.collection.prefix === 'MPlusDrugs') return 'drug';
  if (doc.collection.prefix === 'MPlusHerbsSuppls') return 'supplement';
  if (doc.category === 'Drug') return 'drug';
  if (doc.category === 'Other') return TEST_WORDS.test(doc.focus) ? 'test' : 'other';
  if (
    !DISEASE_COLLECTIONS.has(doc.collection.prefix) &&
    PROCEDURE_WORDS.test(doc.focus) &&
    !DISEASE_WORDS.test(doc.focus)
  )
    return TEST_WORDS.test(doc.focus) ? 'test' : 'other';
  return 'disease';
}

/** Kinds that may share a condition: a drug's name never attaches it to a disease, nor a test's. */
function kindFamily(kind: ConditionKind): 'substance' | 'test' | 'condition' {
  if (kind === 'drug' || kind === 'supplement') return 'substance';
  return kind === 'test' ? 'test' : 'condition';
}

/**
 * Names other documents are matched against: the catalog's and MedQuAD's focus names. MedQuAD's synonym
 * lists are kept as names but not matched against (they are loose: GARD's alpha thalassemia lists
 * "Hemoglobinopathy"), and neither are abbreviations (IBS is more than one condition).
 */
const MATCHING_SOURCES = new Set<NameSource>(['gard', 'medquad-focus', 'curated']);

interface Draft {
  id: ConditionId;
  preferredName: string;
  kind: ConditionKind;
  names: ConditionName[];
  xrefs: Xref[];
  definition: string | null;
}

/** Where a document's condition was found. */
export type MatchRule = 'gard-id' | 'focus-name' | 'umls-cui' | 'synonym' | 'new';

export class ConditionRegistry {
  private readonly drafts = new Map<ConditionId, Draft>();
  private readonly byName = new Map<string, ConditionId[]>();
  private readonly byCui = new Map<string, ConditionId[]>();

  /** Adds the catalog's conditions (`GARD:<id>`, name preferred, synonyms). */
  addGardCatalog(entries: GardEntry[]): void {
    for (const entry of entries) {
      const draft = this.create(`GARD:${entry.id}`, entry.name, 'disease', 'gard');
      draft.definition = entry.definition;
      this.addXref(draft, { db: 'GARD', id: entry.id });
      for (const synonym of entry.synonyms) this.addName(draft, synonym, 'gard');
    }
  }

  /**
   * Finds or makes the condition of a MedQuAD document and merges its focus, synonyms and CUIs into it.
   * GARD documents go to `GARD:<id>`; others attach to an existing condition of the same kind family
   * with a (catalog or focus) name equal to the focus, else the one condition with the same UMLS CUI
   * whose name is within the focus, else (GHR, whose synonym lists are curated) the one condition with a
   * name equal to a synonym; else a new `UMLS:<CUI>` or `RD:<slug>` condition.
   */
  addDocument(doc: MedquadDocument): { id: ConditionId; rule: MatchRule } {
    const kind = conditionKind(doc);
    let rule: MatchRule;
    let draft: Draft | undefined;
    if (doc.gardId) {
      draft = this.drafts.get(`GARD:${doc.gardId}`);
      rule = 'gard-id';
      if (!draft) {
        draft = this.create(`GARD:${doc.gardId}`, doc.focus, kind, 'medquad-focus');
        this.addXref(draft, { db: 'GARD', id: doc.gardId });
      }
    } else {
      [draft, rule] = this.match(doc, kind);
      if (!draft) {
        draft = this.create(this.freeId(doc, kind), doc.focus, kind, 'medquad-focus');
      }
    }
    this.addName(draft, doc.focus, 'medquad-focus');
    for (const synonym of doc.synonyms) this.addName(draft, synonym, 'medquad-synonym');
    for (const gene of doc.genes) this.addName(draft, gene, 'medquad-gene', 'abbreviation');
    for (const cui of doc.cuis) this.addXref(draft, { db: 'UMLS', id: cui });
    return { id: draft.id, rule };
  }

  /** Every condition built so far, in the order they were first seen. */
  conditions(updatedAt: string): Condition[] {
    return [...this.drafts.values()].map((d) => ({
      id: d.id,
      preferredName: d.preferredName,
      kind: d.kind,
      names: d.names,
      xrefs: d.xrefs,
      categories: [],
      definition: d.definition,
      updatedAt,
    }));
  }

  get size(): number {
    return this.drafts.size;
  }

  private match(doc: MedquadDocument, kind: ConditionKind): [Draft | undefined, MatchRule] {
    const family = kindFamily(kind);
    const candidates = (ids: ConditionId[] | undefined) =>
      (ids ?? []).map((id) => this.drafts.get(id)!).filter((d) => kindFamily(d.kind) === family);
    const byFocus = candidates(this.byName.get(nameKey(doc.focus)));
    if (byFocus.length > 0) return [byFocus[0], 'focus-name'];
    for (const cui of doc.cuis) {
      const byCui = candidates(this.byCui.get(cui));
      if (byCui.length === 1 && byCui[0].names.some((n) => nameWithin(n.name, doc.focus))) {
        return [byCui[0], 'umls-cui'];
      }
    }
    if (doc.collection.prefix === 'GHR') {
      for (const synonym of doc.synonyms) {
        const bySynonym = candidates(this.byName.get(nameKey(synonym)));
        if (bySynonym.length === 1) return [bySynonym[0], 'synonym'];
      }
    }
    return [undefined, 'new'];
  }

  /**
   * An id for a new condition: `UMLS:<first CUI>` unless taken, else `RD:<slug>`, suffixed with the kind
   * (`RD:<slug>-drug`) or a number when another condition has it.
   */
  private freeId(doc: MedquadDocument, kind: ConditionKind): ConditionId {
    const cui = doc.cuis[0];
    if (cui && !this.drafts.has(`UMLS:${cui}`)) return `UMLS:${cui}`;
    const base = `RD:${slug(doc.focus)}`;
    if (!this.drafts.has(base)) return base;
    if (!this.drafts.has(`${base}-${kind}`)) return `${base}-${kind}`;
    let n = 2;
    while (this.drafts.has(`${base}-${kind}-${n}`)) n++;
    return `${base}-${kind}-${n}`;
  }

  private create(id: ConditionId, name: string, kind: ConditionKind, source: NameSource): Draft {
    const draft: Draft = { id, preferredName: name, kind, names: [], xrefs: [], definition: null };
    this.drafts.set(id, draft);
    this.addName(draft, name, source, 'preferred');
    return draft;
  }

  /**
   * Adds a name unless the condition has it already (compared by `nameKey`). Of two spellings of one
   * name, the one with capitals is kept ("Parry-Romberg syndrome" over the catalog's "parry romberg syndrome",
   * "FOP" over "fop", which then counts as an abbreviation).
   */
  private addName(draft: Draft, raw: string, source: NameSource, kind?: ConditionName['kind']): void {
    const name = raw.replace(/\s+/g, ' ').trim();
    const key = nameKey(name);
    if (!key) return;
    const resolvedKind = kind ?? (isAbbreviation(name) ? 'abbreviation' : 'synonym');
    const existing = draft.names.findIndex((n) => nameKey(n.name) === key);
    if (existing >= 0) {
      // (a gene spelled like a name the condition has, "ADA", "CLN3", leaves that name as it is)
      if (source === 'medquad-gene') return;
      const old = draft.names[existing];
      if (old.kind !== 'preferred' && old.name === old.name.toLowerCase() && name !== name.toLowerCase()) {
        draft.names[existing] = { name, source, kind: isAbbreviation(name) ? 'abbreviation' : old.kind };
      }
    } else {
      draft.names.push({ name, source, kind: resolvedKind });
      if (MATCHING_SOURCES.has(source) && resolvedKind !== 'abbreviation') {
        const ids = this.byName.get(key) ?? [];
        if (!ids.includes(draft.id)) this.byName.set(key, [...ids, draft.id]);
      }
    }
    for (const abbreviation of abbreviationsIn(name)) this.addName(draft, abbreviation, source);
  }

  private addXref(draft: Draft, xref: Xref): void {
    if (draft.xrefs.some((x) => x.db === xref.db && x.id === xref.id)) return;
    draft.xrefs.push(xref);
    if (xref.db === 'UMLS') {
      const ids = this.byCui.get(xref.id) ?? [];
      if (!ids.includes(draft.id)) this.byCui.set(xref.id, [...ids, draft.id]);
    }
  }
}
