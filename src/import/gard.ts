/** The GARD condition catalog (`gard/gard.tsv`): one condition per row. */
import { AppError } from '../errors.js';

export interface GardEntry {
  /** GARD id without prefix (`7338`). */
  id: string;
  name: string;
  definition: string | null;
  /** Synonyms as written (the export lower-cases them). */
  synonyms: string[];
}

const REQUIRED_COLUMNS = ['identifier', 'name', 'definition', 'synonyms'] as const;

/**
 * Parses the catalog TSV (columns `identifier`, `name`, `definition`, `synonyms` `|`-separated; others
 * ignored). Throws `AppError('bad_input')` naming the problem when the header or a row is malformed.
 */
export function parseGardTsv(tsv: string): GardEntry[] {
  const lines = tsv.split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = (lines[0] ?? '').split('\t');
  const index = Object.fromEntries(REQUIRED_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<
    (typeof REQUIRED_COLUMNS)[number],
    number
  >;
  const missing = REQUIRED_COLUMNS.filter((c) => index[c] < 0);
  if (missing.length > 0)
    throw new AppError('bad_input', `missing column(s) ${missing.join(', ')} in the header`);
  return lines.slice(1).map((line, i) => {
    const cells = line.split('\t');
    const id = (cells[index.identifier] ?? '').trim();
    const name = (cells[index.name] ?? '').trim();
    if (!/^\d+$/.test(id) || !name) {
      throw new AppError('bad_input', `line ${i + 2}: expected a numeric identifier and a name`);
    }
    const definition = (cells[index.definition] ?? '').trim();
    const synonyms = (cells[index.synonyms] ?? '')
      .split('|')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    return { id, name, definition: definition || null, synonyms };
  });
}
