/**
 * Rebuilding the app's in-memory indexes after a knowledge-base change, in the background.
 *
 * `app.reload()` reads every article again and takes tens of seconds on the full knowledge base,
 * too long to keep a curator's form waiting. So a change schedules a rebuild and the page answers
 * at once. One rebuild runs at a time; changes saved while one runs are picked up by exactly one
 * more rebuild after it (however many changes came in), so the indexes always end up current.
 */
import type { App } from '../../app.js';

interface ReloadState {
  /** The rebuild running now. */
  current: Promise<void> | null;
  /** The one rebuild queued to start after `current`. */
  next: Promise<void> | null;
}

const states = new WeakMap<App, ReloadState>();

function start(app: App, state: ReloadState): Promise<void> {
  const run: Promise<void> = app.reload().finally(() => {
    if (state.current === run) state.current = null;
  });
  state.current = run;
  return run;
}

/**
 * Schedules a rebuild of `app`'s indexes that will see every change saved before this call.
 * Resolves when that rebuild has finished (rejects if it failed).
 */
export function scheduleReload(app: App): Promise<void> {
  let state = states.get(app);
  if (!state) {
    state = { current: null, next: null };
    states.set(app, state);
  }
  const s = state;
  if (!s.current) return start(app, s);
  // The running rebuild may have read the store before this change: queue one more.
  s.next ??= s.current
    .catch(() => undefined)
    .then(() => {
      s.next = null;
      return start(app, s);
    });
  return s.next;
}

/** Schedules a rebuild and only reports a failure (for route handlers that answer at once). */
export function reloadInBackground(app: App): void {
  scheduleReload(app).catch((err: unknown) => {
    console.error(
      `knowledge base: rebuilding the indexes failed (${err instanceof Error ? err.name : 'error'})`,
    );
  });
}

/** Resolves once no rebuild is running or queued (tests and shutdown wait on it). */
export async function reloadsSettled(app: App): Promise<void> {
  const s = states.get(app);
  while (s && (s.current || s.next)) await (s.next ?? s.current)?.catch(() => undefined);
}
