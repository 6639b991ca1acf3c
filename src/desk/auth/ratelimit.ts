/**
 * Login throttling, in two layers:
 * - per client address: at most `perClient` attempts in `windowMs` (answers 429 beyond);
 * - per account: after `maxFailures` wrong passwords in a row the account is locked for
 *   `lockMinutes` (stored on the user as `failedLogins`/`lockedUntil`, so it holds across processes).
 */

export const LOGIN_LIMITS = {
  perClient: 20,
  windowMs: 15 * 60 * 1000,
  maxFailures: 5,
  lockMinutes: 15,
} as const;

/** A fixed-window attempt counter per key, in memory. */
export class AttemptCounter {
  private readonly hits = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Records an attempt; returns false when the key is over its limit in the current window. */
  hit(key: string, now: number): boolean {
    const entry = this.hits.get(key);
    if (!entry || now - entry.start >= this.windowMs) {
      this.hits.set(key, { start: now, count: 1 });
      this.prune(now);
      return true;
    }
    entry.count += 1;
    return entry.count <= this.limit;
  }

  private prune(now: number): void {
    if (this.hits.size < 10_000) return;
    for (const [key, entry] of this.hits) {
      if (now - entry.start >= this.windowMs) this.hits.delete(key);
    }
  }
}

/** When an account locked now should unlock (ISO). */
export function lockUntil(now: Date): string {
  return new Date(now.getTime() + LOGIN_LIMITS.lockMinutes * 60 * 1000).toISOString();
}

/** True while `lockedUntil` is in the future. */
export function isLocked(lockedUntil: string | null, now: Date): boolean {
  return lockedUntil !== null && Date.parse(lockedUntil) > now.getTime();
}
