/**
 * What every staff route needs: the app, the router's options, and the Hono environment that the
 * auth middleware fills in (the signed-in user and the CSRF token for forms).
 */
import type { App } from '../app.js';
import type { Config } from '../config.js';
import type { StaffUser } from '../store/types.js';

/** Options of `createStaffRouter`. */
export interface StaffOptions {
  /** Mail server and sender; defaults to `app.config.smtp`. */
  smtp?: Config['smtp'];
  /** Set the `Secure` flag on cookies (true behind TLS). */
  secureCookies: boolean;
  /**
   * Key for signing session cookies. Defaults to `RAREDESK_SESSION_SECRET`, else a random key per
   * process (sessions then end when the server restarts).
   */
  sessionSecret?: string;
  /** Where the router is mounted (default `/staff`), used for redirects, links and the cookie path. */
  basePath?: string;
  /** Clock, for tests of lockout and session expiry. */
  now?: () => Date;
}

/** A signed-in staff session. */
export interface StaffSession {
  userId: string;
  /** The user's `sessionGeneration` when the session was made. */
  generation: number;
  /** Session-bound CSRF token every form must echo. */
  csrf: string;
  /** Expiry, epoch milliseconds. */
  expiresAt: number;
}

/** Hono environment of staff routes: `c.get('user')`, `c.get('session')` once signed in. */
export interface StaffEnv {
  Variables: {
    user: StaffUser;
    session: StaffSession;
  };
}

/** Shared by all staff routers (the curation and dashboard routers receive it too). */
export interface StaffContext {
  app: App;
  options: StaffOptions;
  /** Mount path, e.g. `/staff`. */
  base: string;
  /** Current time (the options' clock or the real one). */
  now(): Date;
  /** HMAC key for session cookies. */
  secret: Buffer;
}
