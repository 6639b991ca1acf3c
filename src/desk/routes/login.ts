/** Signing in and out: the login form, throttling and lockout, "log out everywhere". */
import type { IncomingMessage } from 'node:http';
import type { Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { StaffContext, StaffEnv } from '../context.js';
import {
  AttemptCounter,
  LOGIN_CSRF_COOKIE,
  LOGIN_LIMITS,
  clearSessionCookie,
  hashPassword,
  isLocked,
  lockUntil,
  randomToken,
  verifyPassword,
  writeSessionCookie,
} from '../auth/index.js';
import { SESSION_HOURS, tokensEqual } from '../auth/session.js';
import { field, html, postForm, staffPage } from '../layout.js';
import type { StaffUser } from '../../store/types.js';
import { formString, homePath } from './util.js';

/** The client's address (the socket's, when served by node), used only as a throttling key. */
function clientKey(c: Context): string {
  const env = c.env as { incoming?: IncomingMessage } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
}

/** Only same-console paths are accepted as `next` (no open redirects). */
function safeNext(ctx: StaffContext, next: string | undefined): string | null {
  if (!next || !next.startsWith(`${ctx.base}/`) || next.startsWith('//') || next.includes('\\')) {
    return null;
  }
  return next;
}

function loginPage(c: Context, ctx: StaffContext, status: 200 | 401 | 403 | 429, error?: string) {
  const token = randomToken();
  setCookie(c, LOGIN_CSRF_COOKIE, token, {
    path: `${ctx.base}/login`,
    httpOnly: true,
    sameSite: 'Strict',
    secure: ctx.options.secureCookies,
    maxAge: 3600,
  });
  const next = safeNext(ctx, c.req.query('next')) ?? '';
  const login = (id: string, label: string, type: string, autocomplete: string) =>
    field({ id, label, type, attrs: { autocomplete, required: true }, below: true });
  const body = postForm(
    `${ctx.base}/login${next ? `?next=${encodeURIComponent(next)}` : ''}`,
    token,
    html`${login('email', 'Email', 'email', 'username')}
      ${login('password', 'Password', 'password', 'current-password')}
      <p><button type="submit">Sign in</button></p>`,
  );
  return c.html(staffPage({ title: 'Sign in', user: null, csrf: null, base: ctx.base, body, error }), status);
}

/** Registers GET/POST /login (before the sign-in guard). */
export function registerLoginRoutes(router: Hono<StaffEnv>, ctx: StaffContext): void {
  const perClient = new AttemptCounter(LOGIN_LIMITS.perClient, LOGIN_LIMITS.windowMs);
  // Compared against when the email is unknown, so both paths take as long.
  const dummyHash = hashPassword(randomToken());

  router.get('/login', (c) => {
    if (c.get('user')) return c.redirect(homePath(ctx, c.get('user')), 303);
    return loginPage(c, ctx, 200);
  });

  router.post('/login', async (c) => {
    const body = await c.req.parseBody();
    const cookieToken = getCookie(c, LOGIN_CSRF_COOKIE) ?? '';
    if (!tokensEqual(formString(body, '_csrf'), cookieToken)) {
      return loginPage(c, ctx, 403, 'The form expired. Please sign in again.');
    }
    const now = ctx.now();
    if (!perClient.hit(clientKey(c), now.getTime())) {
      return loginPage(c, ctx, 429, 'Too many sign-in attempts. Please wait a few minutes and try again.');
    }
    const email = formString(body, 'email').trim().toLowerCase();
    const password = formString(body, 'password');
    const { store } = ctx.app;
    const user = email ? await store.getUserByEmail(email) : null;
    if (user && isLocked(user.lockedUntil, now)) {
      return loginPage(c, ctx, 429, lockedMessage(user));
    }
    const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash));
    if (!user || !ok) {
      if (user) await recordFailure(ctx, user, now);
      const fresh = user ? await store.getUser(user.id) : null;
      if (fresh && isLocked(fresh.lockedUntil, now)) {
        return loginPage(c, ctx, 429, lockedMessage(fresh));
      }
      return loginPage(c, ctx, 401, 'The email or password is wrong.');
    }
    await store.updateUser(user.id, { failedLogins: 0, lockedUntil: null });
    writeSessionCookie(c, ctx, {
      userId: user.id,
      generation: user.sessionGeneration,
      csrf: randomToken(),
      expiresAt: now.getTime() + SESSION_HOURS * 3600 * 1000,
    });
    deleteCookie(c, LOGIN_CSRF_COOKIE, { path: `${ctx.base}/login` });
    await store.addAudit({ inquiryId: null, actor: user.id, action: 'login', detail: null });
    return c.redirect(safeNext(ctx, c.req.query('next')) ?? homePath(ctx, user), 303);
  });
}

/** Registers POST /logout and POST /logout-everywhere (after the sign-in and CSRF guards). */
export function registerLogoutRoutes(router: Hono<StaffEnv>, ctx: StaffContext): void {
  router.post('/logout', async (c) => {
    const user = c.get('user');
    clearSessionCookie(c, ctx);
    if (user)
      await ctx.app.store.addAudit({ inquiryId: null, actor: user.id, action: 'logout', detail: null });
    return c.redirect(`${ctx.base}/login`, 303);
  });

  router.post('/logout-everywhere', async (c) => {
    const user = c.get('user');
    await ctx.app.store.updateUser(user.id, { sessionGeneration: user.sessionGeneration + 1 });
    clearSessionCookie(c, ctx);
    await ctx.app.store.addAudit({
      inquiryId: null,
      actor: user.id,
      action: 'logout_everywhere',
      detail: 'all sessions ended',
    });
    return c.redirect(`${ctx.base}/login`, 303);
  });
}

function lockedMessage(user: StaffUser): string {
  const until = user.lockedUntil ? new Date(user.lockedUntil).toISOString().slice(11, 16) : '';
  return `This account is locked after too many wrong passwords. Try again after ${until} UTC, or ask an admin to unlock it.`;
}

async function recordFailure(ctx: StaffContext, user: StaffUser, now: Date): Promise<void> {
  const failedLogins = user.failedLogins + 1;
  const lock = failedLogins >= LOGIN_LIMITS.maxFailures;
  await ctx.app.store.updateUser(user.id, {
    failedLogins: lock ? 0 : failedLogins,
    lockedUntil: lock ? lockUntil(now) : user.lockedUntil,
  });
  if (lock) {
    await ctx.app.store.addAudit({
      inquiryId: null,
      actor: 'system',
      action: 'account_locked',
      detail: `user ${user.id} locked for ${LOGIN_LIMITS.lockMinutes} minutes`,
    });
  }
}
