/**
 * The staff console's router (mounted by the website at `/staff`). It wires the guards, the error
 * page, and each area's routes: sign-in, inquiries, accounts, and the curation and dashboard
 * routers.
 */
import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import type { Context } from 'hono';
import type { App } from '../app.js';
import { httpStatus, toAppError } from '../errors.js';
import type { StaffContext, StaffEnv, StaffOptions } from './context.js';
import { isApiRequest, loadSession, requireSignIn, verifyCsrf } from './auth/index.js';
import { staffPage, html } from './layout.js';
import { registerLoginRoutes, registerLogoutRoutes } from './routes/login.js';
import { homePath } from './routes/util.js';
import { registerInquiryRoutes } from './routes/inquiries.js';
import { registerUserRoutes } from './routes/users.js';
import { registerApiRoutes } from './routes/api.js';
import { curationRouter } from './curation/index.js';
import { dashboardRouter } from './dashboard/index.js';

/** Builds the shared context from the app and options. */
export function createStaffContext(app: App, options: StaffOptions): StaffContext {
  const secret = options.sessionSecret ?? process.env.RAREDESK_SESSION_SECRET;
  return {
    app,
    options,
    base: (options.basePath ?? '/staff').replace(/\/$/, ''),
    now: options.now ?? (() => new Date()),
    secret: secret ? Buffer.from(secret) : randomBytes(32),
  };
}

/** Headers for every console response: no caching of personal data, no framing, no sniffing. */
function securityHeaders(c: { header(name: string, value: string): void }): void {
  c.header('Cache-Control', 'no-store');
  c.header('X-Frame-Options', 'DENY');
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'same-origin');
  c.header(
    'Content-Security-Policy',
    "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'",
  );
}

/**
 * The staff console as a Hono router. Anonymous visitors are redirected to `<base>/login`
 * (the JSON API answers 401); every POST needs the session's CSRF token; each area checks roles.
 */
export function createStaffRouter(app: App, options: StaffOptions): Hono<StaffEnv> {
  const ctx = createStaffContext(app, options);
  const router = new Hono<StaffEnv>();

  router.use('*', async (c, next) => {
    await next();
    securityHeaders(c);
  });
  router.use('*', loadSession(ctx));
  registerLoginRoutes(router, ctx);
  router.use('*', requireSignIn(ctx));
  router.use('*', verifyCsrf());
  registerLogoutRoutes(router, ctx);
  router.get('/', (c) => c.redirect(homePath(ctx, c.get('user')), 303));
  registerInquiryRoutes(router, ctx);
  registerUserRoutes(router, ctx);
  registerApiRoutes(router, ctx);
  router.route('/kb', curationRouter(ctx));
  router.route('/dashboard', dashboardRouter(ctx));

  router.notFound((c) => errorResponse(c, ctx, 404, 'not_found', 'There is no such page.'));
  router.onError((err, c) => {
    const e = toAppError(err);
    const status = httpStatus(e.code);
    const message = e.code === 'internal' ? 'Something went wrong on our side.' : e.message;
    if (e.code === 'internal') console.error(`staff console: internal error (${e.name})`);
    return errorResponse(c, ctx, status, e.code, message);
  });
  return router;
}

/** An error as JSON for the API, as a console page otherwise. */
export function errorResponse(
  c: Context<StaffEnv>,
  ctx: StaffContext,
  status: number,
  code: string,
  message: string,
) {
  securityHeaders(c);
  if (isApiRequest(c)) return c.json({ error: { code, message } }, status as 400);
  const user = c.get('user') ?? null;
  const session = c.get('session') ?? null;
  const body = html`<p><a href="${ctx.base}/">Back to the console</a></p>`;
  return c.html(
    staffPage({
      title: status === 404 ? 'Not found' : 'Cannot do that',
      user,
      csrf: session?.csrf ?? null,
      base: ctx.base,
      body,
      error: message,
    }),
    status as 400,
  );
}
