/** Where the shared data folder is: `--data DIR`, else RAREDESK_DATA, else ../shared/data next to the project. */
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import { PROJECT_ROOT } from '../config.js';
import { AppError } from '../errors.js';

export function resolveDataDir(flag: string | null, config: Pick<Config, 'dataDir'>): string {
  const dir = flag ?? config.dataDir ?? path.resolve(PROJECT_ROOT, '..', 'shared', 'data');
  if (!fs.existsSync(dir)) {
    throw new AppError('data_unavailable', `data folder ${dir} not found (use --data DIR or RAREDESK_DATA)`);
  }
  return dir;
}
