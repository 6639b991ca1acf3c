/**
 * The console's guards, in the order they run on every staff request:
 * `loadSession` (reads the signed cookie, checks the user and session generation),
 * `requireSignIn` (anonymous → redirect to the login page, or 401 JSON for the API),
 * `verifyCsrf` (every POST carries the session's token), and per route `requireRole(...)`.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { AppError } from '../../errors.js';
import type { StaffRole } from '../../store/types.js';
import type { StaffContext, StaffEnv, StaffSession } from '../context.js';
import { decodeSession, encodeSession, SESSION_COOKIE, SESSION_HOURS, tokensEqual } from './session.js';

/** True for requests to the staff JSON API (answered with JSON errors, never redirects). */
export function isApiRequest(c: Context): boolean {
  return c.req.path.includes('/api/') || (c.req.header('accept') ?? '').startsWith('application/json');
}

/** Cookie attributes for the session cookie. */
function cookieOptions(ctx: StaffContext, maxAge: number) {
  return {
    path: ctx.base,
    httpOnly: true,
    sameSite: 'Lax' as const,
    secure: ctx.options.secureCookies,
    maxAge,
  };
}

/** Sets the session cookie. */
export function writeSessionCookie(c: Context, ctx: StaffContext, session: StaffSession): void {
  setCookie(c, SESSION_COOKIE, encodeSession(session, ctx.secret), cookieOptions(ctx, SESSION_HOURS * 3600));
}

/** Removes the session cookie. */
export function clearSessionCookie(c: Context, ctx: StaffContext): void {
  deleteCookie(c, SESSION_COOKIE, { path: ctx.base, secure: ctx.options.secureCookies });
}

/** Reads the session cookie and, when valid for a current user, sets `user` and `session`. */
export function loadSession(ctx: StaffContext): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    const value = getCookie(c, SESSION_COOKIE);
    if (value) {
      const session = decodeSession(value, ctx.secret, ctx.now());
      const user = session ? await ctx.app.store.getUser(session.userId) : null;
      if (session && user && user.sessionGeneration === session.generation) {
        c.set('user', user);
        c.set('session', session);
      } else {
        clearSessionCookie(c, ctx);
      }
    }
    await next();
  };
}

/** Anonymous visitors: a redirect to the login page, or 401 JSON for the API. */
export function requireSignIn(ctx: StaffContext): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    if (c.get('user')) return next();
    if (isApiRequest(c)) {
      return c.json({ error: { code: 'unauthenticated', message: 'sign in to the staff console' } }, 401);
    }
    const wanted = c.req.method === 'GET' ? new URL(c.req.url).pathname : ctx.base;
    return c.redirect(`${ctx.base}/login?next=${encodeURIComponent(wanted)}`, 303);
  };
}

/** The CSRF token a request carries: the `x-csrf-token` header or the `_csrf` form field. */
async function submittedToken(c: Context): Promise<string> {
  const header = c.req.header('x-csrf-token');
  if (header) return header;
  const type = c.req.header('content-type') ?? '';
  if (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')) {
    const body = await c.req.parseBody();
    const token = body['_csrf'];
    return typeof token === 'string' ? token : '';
  }
  return '';
}

/** Rejects (403) state-changing requests that do not carry the session's CSRF token. */
export function verifyCsrf(): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    if (['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) return next();
    const session = c.get('session');
    if (!session || !tokensEqual(await submittedToken(c), session.csrf)) {
      throw new AppError(
        'forbidden',
        'the form is missing its security token or it has expired; reload the page and try again',
      );
    }
    return next();
  };
}

/**
 * Lets the request through only for the given roles (admin always passes). Use after the
 * console's sign-in guard, e.g. `router.get('/x', requireRole('curator'), handler)`.
 */
export function requireRole(...roles: StaffRole[]): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    const user = c.get('user') as StaffEnv['Variables']['user'] | undefined;
    if (!user) throw new AppError('unauthenticated', 'sign in to the staff console');
    if (user.role !== 'admin' && !roles.includes(user.role)) {
      throw new AppError('forbidden', `this page is for ${roles.join(' or ')} accounts`);
    }
    return next();
  };
}
