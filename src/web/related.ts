/**
 * Related conditions for a condition page: other conditions that share one of its names (an
 * ambiguous name, a MedQuAD focus kept apart from its GARD entry) or a cross-reference (the same
 * UMLS concept, OMIM or Orphanet entry).
 *
 * Shared names come from one in-memory index of every name (built once from the name rows the App
 * loaded at start-up); names shown are the App's preferred names.
 * Shared cross-references are found per page: a condition whose id is one of this condition's
 * cross-references (`UMLS:C0015458`), and, among the conditions the store finds by this condition's
 * preferred name, those with a cross-reference in common. Results are cached per condition.
 */
import type { Condition, ConditionId } from '../kb/index.js';
import type { NameRow, Store } from '../store/types.js';

export interface RelatedCondition {
  id: ConditionId;
  name: string;
  /** Why it is related: the shared name, or the shared cross-reference (`UMLS:C0015458`). */
  reason: string;
}

export interface RelatedIndex {
  related(condition: Condition, limit: number): Promise<RelatedCondition[]>;
}

/** Conditions fetched by name when looking for shared cross-references. */
const XREF_CANDIDATES = 25;
/** Cached answers (a bounded map: the oldest entry goes first). */
const CACHE_SIZE = 5000;

/** Case-, accent- and punctuation-insensitive key of a name. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const xrefKey = (x: { db: string; id: string }) => `${x.db}:${x.id}`;

/**
 * Indexes every name once and answers related-condition questions from it and the store;
 * `conditionName` gives a condition's preferred name (null for an unknown id).
 */
export function buildRelatedIndex(
  names: readonly NameRow[],
  conditionName: (id: ConditionId) => string | null,
  store: Store,
): RelatedIndex {
  const byName = new Map<string, Set<ConditionId>>();
  for (const row of names) {
    const key = nameKey(row.name);
    const set = byName.get(key);
    if (set) set.add(row.conditionId);
    else byName.set(key, new Set([row.conditionId]));
  }
  const cache = new Map<string, RelatedCondition[]>();

  async function compute(condition: Condition, limit: number): Promise<RelatedCondition[]> {
    const out = new Map<ConditionId, RelatedCondition>();
    const add = (id: ConditionId, name: string, reason: string) => {
      if (id !== condition.id && !out.has(id) && out.size < limit) out.set(id, { id, name, reason });
    };
    const own = new Set(condition.xrefs.map(xrefKey));
    for (const key of own) {
      const name = conditionName(key);
      if (name) add(key, name, key);
    }
    // Conditions found by this one's name that share a cross-reference (either direction).
    for (const hit of await store.searchConditionNames(condition.preferredName, XREF_CANDIDATES)) {
      const shared = [hit.condition.id, ...hit.condition.xrefs.map(xrefKey)].find(
        (k) => own.has(k) || k === condition.id,
      );
      if (shared) add(hit.condition.id, hit.condition.preferredName, shared);
    }
    for (const name of condition.names) {
      for (const id of byName.get(nameKey(name.name)) ?? []) add(id, conditionName(id) ?? id, name.name);
    }
    return [...out.values()];
  }

  return {
    async related(condition, limit) {
      const key = `${condition.id}\u0000${limit}`;
      let result = cache.get(key);
      if (!result) {
        result = await compute(condition, limit);
        if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
        cache.set(key, result);
      }
      return result;
    },
  };
}
