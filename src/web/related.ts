/**
 * Related conditions for a condition page: other conditions that share one of its names (an
 * ambiguous name, a MedQuAD focus kept apart from its GARD entry) or a cross-reference (the same
 * UMLS concept, OMIM or Orphanet entry). Built once from the store, on first use.
 */
import type { Condition, ConditionId } from '../kb/index.js';
import type { Store } from '../store/types.js';

export interface RelatedCondition {
  id: ConditionId;
  name: string;
  /** Why it is related: the shared name, or the shared cross-reference (`UMLS:C0015458`). */
  reason: string;
}

export interface RelatedIndex {
  related(condition: Condition, limit: number): RelatedCondition[];
}

/** Case-, accent- and punctuation-insensitive key of a name. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function addTo(map: Map<string, Set<ConditionId>>, key: string, id: ConditionId): void {
  const set = map.get(key);
  if (set) set.add(id);
  else map.set(key, new Set([id]));
}

/** Reads every condition's names and cross-references once and indexes them. */
export async function buildRelatedIndex(store: Store): Promise<RelatedIndex> {
  const byName = new Map<string, Set<ConditionId>>();
  const byXref = new Map<string, Set<ConditionId>>();
  const preferred = new Map<ConditionId, string>();
  for (const row of await store.listNames()) {
    addTo(byName, nameKey(row.name), row.conditionId);
    preferred.set(row.conditionId, row.preferredName);
  }
  for (const id of await store.listConditionIds()) {
    const condition = await store.getCondition(id);
    if (!condition) continue;
    preferred.set(id, condition.preferredName);
    // A condition's own id form (`GARD:7338`) is its identity, not a link between records.
    for (const xref of condition.xrefs) addTo(byXref, `${xref.db}:${xref.id}`, id);
  }
  return {
    related(condition, limit) {
      const out = new Map<ConditionId, RelatedCondition>();
      const add = (ids: Set<ConditionId> | undefined, reason: string) => {
        for (const id of ids ?? []) {
          if (id === condition.id || out.has(id) || out.size >= limit) continue;
          out.set(id, { id, name: preferred.get(id) ?? id, reason });
        }
      };
      for (const xref of condition.xrefs) add(byXref.get(`${xref.db}:${xref.id}`), `${xref.db}:${xref.id}`);
      for (const name of condition.names) add(byName.get(nameKey(name.name)), name.name);
      return [...out.values()];
    },
  };
}
