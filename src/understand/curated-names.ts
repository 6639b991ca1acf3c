/**
 * Names we add to the knowledge base's own (brand names, lay names): each pair joins the names of the
 * condition that the knowledge base files under the pair's second name.
 */
import type { NameRow } from '../store/types.js';
import { normalizeKey } from './normalize.js';

/**
 * Name rows for `pairs` of [our name, knowledge-base name]: each becomes a curated synonym of the condition
 * with that knowledge-base name, among the rows `keep` accepts; when several have it, the one `better`
 * prefers. Pairs whose name the knowledge base lacks are left out.
 */
export function curatedNameRows(
  rows: readonly NameRow[],
  pairs: ReadonlyArray<readonly [name: string, knowledgeBaseName: string]>,
  keep: (row: NameRow) => boolean,
  better: (a: NameRow, b: NameRow) => boolean,
): NameRow[] {
  const byKey = new Map<string, NameRow>();
  for (const row of rows) {
    if (!keep(row)) continue;
    const key = normalizeKey(row.name);
    const prev = byKey.get(key);
    if (!prev || better(row, prev)) byKey.set(key, row);
  }
  const out: NameRow[] = [];
  for (const [name, knowledgeBaseName] of pairs) {
    const row = byKey.get(normalizeKey(knowledgeBaseName));
    // (a name in capitals, or a short one with two or more, "vWD", is an abbreviation, read by context like the
    // knowledge base's own; a brand name in mixed case, "EpiPen", is a word)
    const kind = /^(?:[A-Z0-9]+|(?=(?:[a-z0-9]*[A-Z]){2})[A-Za-z0-9]{2,5})$/.test(name)
      ? 'abbreviation'
      : 'synonym';
    if (row) out.push({ ...row, name, kind, source: 'curated' });
  }
  return out;
}
