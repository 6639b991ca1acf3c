/** `raredesk condition <name|id>`: one condition with all its names, cross-references and articles. */
import { AppError } from '../../errors.js';
import { formatTable } from '../../import/index.js';
import type { Condition } from '../../kb/index.js';
import { normalizeName, openStore, type Store } from '../../store/index.js';
import type { Command } from '../command.js';

/** How many other matches are listed under the one shown. */
const OTHER_MATCHES = 5;

/**
 * Finds the condition a query means: an id (`GARD:7338`, `gard:7338`, `UMLS:C0015458`, `RD:...`), a bare
 * GARD number (`7338`), or a name (an exact name first, else the store's best name match).
 * Returns it with the other conditions whose names matched.
 */
export async function findCondition(
  store: Store,
  query: string,
): Promise<{ condition: Condition; others: Array<{ condition: Condition; matchedName: string }> } | null> {
  const trimmed = query.trim();
  const idMatch = /^(GARD|UMLS|RD):(.+)$/i.exec(trimmed);
  const id = idMatch
    ? `${idMatch[1].toUpperCase()}:${idMatch[2]}`
    : /^\d+$/.test(trimmed)
      ? `GARD:${trimmed}`
      : null;
  if (id) {
    const condition = await store.getCondition(id);
    if (condition) return { condition, others: [] };
  }
  const hits = await store.searchConditionNames(trimmed, OTHER_MATCHES + 1);
  if (hits.length === 0) return null;
  const key = normalizeName(trimmed);
  const exact = hits.findIndex((h) => normalizeName(h.matchedName) === key);
  const best = exact >= 0 ? exact : 0;
  return { condition: hits[best].condition, others: hits.filter((_, i) => i !== best) };
}

export const conditionCommand: Command = {
  name: 'condition',
  summary: 'Show a condition: its names and their sources, cross-references and articles',
  usage:
    'Usage: raredesk condition <name | id>\n\nExamples: raredesk condition GARD:7338\n          raredesk condition "Parry-Romberg syndrome"',
  async run(args, config, io) {
    const query = args.join(' ').trim();
    if (!query)
      throw new AppError('bad_input', 'give a condition name or id, e.g. raredesk condition GARD:7338');
    const store = await openStore(config.database);
    try {
      const found = await findCondition(store, query);
      if (!found) throw new AppError('not_found', `no condition named or numbered "${query}"`);
      const { condition: c, others } = found;
      const articles = await store.listArticlesByCondition(c.id);
      const lines = [
        `${c.id}  ${c.preferredName}  (${c.kind})`,
        ...(c.definition ? ['', c.definition] : []),
        '',
        formatTable(
          ['name', 'kind', 'source'],
          c.names.map((n) => [n.name, n.kind, n.source]),
        ),
        '',
        `Cross-references: ${c.xrefs.map((x) => `${x.db} ${x.id}`).join(', ') || '(none)'}`,
        ...(c.categories.length > 0 ? [`Categories: ${c.categories.join(', ')}`] : []),
        '',
        `Articles (${articles.length}):`,
        ...articles.map(
          (a) =>
            `  ${a.id.padEnd(28)} ${a.questionType.padEnd(18)} ${a.question}` +
            (a.hasAnswer ? '' : `  [no answer text; see ${a.provenance.url ?? 'the source'}]`),
        ),
      ];
      if (others.length > 0) {
        lines.push(
          '',
          'Other matches:',
          ...others.map((o) => `  ${o.condition.id}  ${o.condition.preferredName} (${o.matchedName})`),
        );
      }
      io.stdout.write(`${lines.join('\n')}\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
