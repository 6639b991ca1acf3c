/**
 * Conditions by their names, for the scripts that count a condition as the one meant when it shares a name with
 * it (an article of another collection about the same condition, filed under another id).
 */
import { normalizeKey } from '../../src/understand/index.js';

/**
 * Each condition's names, normalized; not its genes (names of source `medquad-gene`: Marfan syndrome and the
 * rarer conditions FBN1 causes are not one condition).
 */
export function namesByCondition(
  rows: Iterable<{ conditionId: string; name: string; source?: string }>,
): Map<string, Set<string>> {
  const namesOf = new Map<string, Set<string>>();
  for (const row of rows) {
    if (row.source === 'medquad-gene') continue;
    let set = namesOf.get(row.conditionId);
    if (!set) namesOf.set(row.conditionId, (set = new Set()));
    set.add(normalizeKey(row.name));
  }
  return namesOf;
}

/** Whether a condition has one of `names` (normalized) among its own. */
export function sharesName(
  namesOf: Map<string, Set<string>>,
  conditionId: string,
  names: Set<string>,
): boolean {
  for (const n of namesOf.get(conditionId) ?? []) if (names.has(n)) return true;
  return false;
}
