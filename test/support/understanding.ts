/** Understanding built over the names of the test knowledge base (see kb.ts), for the understanding tests. */
import { loadUnderstanding, type Understanding } from '../../src/understand/index.js';
import { openTestKb } from './kb.js';

/** Builds the understanding from the test knowledge base's names; the store is closed again. */
export async function openTestUnderstanding(): Promise<Understanding> {
  const store = await openTestKb();
  try {
    return await loadUnderstanding(store);
  } finally {
    await store.close();
  }
}
