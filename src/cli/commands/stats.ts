/** `raredesk stats`: what the knowledge base holds. */
import { formatTable } from '../../import/index.js';
import { openStore } from '../../store/index.js';
import type { Command } from '../command.js';

export const statsCommand: Command = {
  name: 'stats',
  summary: 'Show what the knowledge base holds (conditions, names, articles by collection)',
  usage: 'Usage: raredesk stats',
  async run(_args, config, io) {
    const store = await openStore(config.database);
    try {
      const s = await store.stats();
      io.stdout.write(
        `${formatTable(
          ['', 'total'],
          [
            ['conditions', s.conditions],
            ['names', s.names],
            ['articles', s.articles],
            ['  with an answer', s.articlesWithAnswer],
            ['phenotype rows', s.phenotypes],
            ['organizations', s.organizations],
          ],
        )}\n\n${formatTable(
          ['collection', 'articles', 'with an answer'],
          Object.entries(s.byCollection)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([name, c]) => [name, c.articles, c.withAnswer]),
        )}\n`,
      );
      if (s.articles === 0) io.stderr.write('The knowledge base is empty: run `raredesk import`.\n');
      return 0;
    } finally {
      await store.close();
    }
  },
};
