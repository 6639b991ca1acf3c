/**
 * Rebuilding the app's in-memory indexes after a knowledge-base change, in the background.
 *
 * `app.reload()` reads every article again and takes a few seconds on the full knowledge base,
 * too long to keep a curator's form waiting. So a change schedules a rebuild and the page answers
 * at once; the rebuild starts shortly after. One rebuild runs at a time; changes saved while one
 * runs are picked up by exactly one more rebuild after it (however many changes came in), so the
 * indexes always end up current. Note that the rebuild itself is CPU-bound on the server's thread.
 */
import type { App } from '../../app.js';

/**
 * Wait before a rebuild starts, so the page that saved the change (and the redirect after it) are
 * served first, and quick successive changes share one rebuild.
 */
export const RELOAD_DELAY_MS = 500;

interface ReloadState {
  /** The rebuild waiting to start or running now. */
  current: Promise<void> | null;
  /** True once `current` has begun reading the store (a later change then needs another rebuild). */
  started: boolean;
  /** The one rebuild queued to start after `current`. */
  next: Promise<void> | null;
}

const states = new WeakMap<App, ReloadState>();

function start(app: App, state: ReloadState): Promise<void> {
  state.started = false;
  const run: Promise<void> = new Promise<void>((resolve) => setTimeout(resolve, RELOAD_DELAY_MS))
    .then(() => {
      state.started = true;
      return app.reload();
    })
    .finally(() => {
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
    state = { current: null, started: false, next: null };
    states.set(app, state);
  }
  const s = state;
  if (!s.current) return start(app, s);
  // Not yet reading the store: the waiting rebuild will see this change.
  if (!s.started) return s.current;
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
