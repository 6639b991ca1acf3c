/**
 * An App over the real test knowledge base (see kb.ts): `const app = await openTestApp()`, then
 * `await app.close()` (closes its store too). Read only: do not write to its store.
 */
import type { App } from '../../src/app.js';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Config } from '../../src/config.js';
import { openTestKb } from './kb.js';

export async function openTestApp(overrides: Partial<Config> = {}): Promise<App> {
  const store = await openTestKb();
  const app = await createApp({ ...loadConfig(), ...overrides }, store);
  return {
    ...app,
    async close() {
      await app.close();
      await store.close();
    },
  };
}
