/**
 * The public website and JSON API as one Hono app over an `App`: pages, `/api`, the staff console
 * at `/staff`, assets, health checks, request logs, body limits and error handling.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { App } from '../app.js';
import { createStaffRouter, receiveInquiry, type StaffOptions } from '../desk/index.js';
import { AppError, httpStatus, toAppError } from '../errors.js';
import { createApiRouter } from './api.js';
import { SCRIPT, STYLESHEET } from './assets.js';
import { requestLog, type RequestLogger } from './log.js';
import {
  EMPTY_ASK,
  renderAskConfirmation,
  renderAskForm,
  type AskErrors,
  type AskValues,
} from './pages/ask.js';
import { renderArticlePage, renderConditionPage } from './pages/condition.js';
import { renderErrorPage } from './pages/error.js';
import { renderHome, renderSearch } from './pages/home.js';
import { renderAnswerPage } from './pages/letter.js';
import { renderSymptoms } from './pages/symptoms.js';
import { askForm, fieldErrors } from './schemas.js';
import { ConditionData } from './site-data.js';

export interface WebOptions {
  /** Options of the staff console mounted at `/staff`; `null` leaves it out. Default: mounted, cookies not `Secure`. */
  staff?: StaffOptions | null;
  /** Where request logs go (one entry per request); `null` or absent: no logs. */
  log?: RequestLogger | null;
  /** Largest request body accepted, in bytes (default 128 KiB); larger ones get 413. */
  maxBodyBytes?: number;
  /** Build the related-conditions index at once instead of on first use (`startServer` also runs `App.warm`). */
  warm?: boolean;
}

/** Results per search page. */
const SEARCH_LIMIT = 20;
const SYMPTOM_LIMIT = 20;
const DEFAULT_MAX_BODY = 128 * 1024;

/** Headers for every public response: a strict content policy (our own script and style only). */
function securityHeaders(c: { res: Response; header(name: string, value: string): void }): void {
  if (c.res.headers.has('Content-Security-Policy')) return; // the staff console sets its own
  c.header(
    'Content-Security-Policy',
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  );
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
  c.header('X-Frame-Options', 'DENY');
}

function isApi(c: Context): boolean {
  return c.req.path === '/api' || c.req.path.startsWith('/api/');
}

/** An error as JSON for the API, as a page for people. */
function errorResponse(c: Context, err: AppError): Response {
  const status = httpStatus(err.code) as 400;
  const message = err.code === 'internal' ? 'Something went wrong on our side.' : err.message;
  if (isApi(c)) {
    const field = typeof err.details?.field === 'string' ? { field: err.details.field } : {};
    return c.json({ error: { code: err.code, message, ...field } }, status);
  }
  return c.html(renderErrorPage(status, message), status);
}

/** The text of a form field ('' when absent or a file). */
function formText(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  return typeof value === 'string' ? value : '';
}

/** Builds the website. Routes can be exercised in-process with `webApp.request(path, init)`. */
export function createWebApp(app: App, options: WebOptions = {}): Hono {
  const web = new Hono();
  const data = new ConditionData(app);
  if (options.warm) {
    // Build what is otherwise built on first use: the related-names index (see also `App.warm`).
    data.warm();
  }
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  let stats: Promise<{ conditions: number; articles: number } | null> | null = null;

  if (options.log) web.use('*', requestLog(options.log));
  web.use('*', async (c, next) => {
    await next();
    securityHeaders(c);
  });
  web.use(
    '*',
    bodyLimit({
      maxSize: maxBody,
      onError: () => {
        throw new AppError('too_large', `request body is larger than ${maxBody} bytes`);
      },
    }),
  );

  for (const asset of [STYLESHEET, SCRIPT]) {
    web.get(asset.path, (c) => {
      c.header('Content-Type', asset.contentType);
      c.header('Cache-Control', 'public, max-age=31536000, immutable');
      return c.body(asset.body);
    });
  }

  web.get('/healthz', (c) => c.json({ status: 'ok' }));
  web.get('/readyz', async (c) => {
    try {
      const s = await app.store.stats();
      if (s.conditions === 0)
        return c.json({ status: 'not_ready', reason: 'the knowledge base is empty' }, 503);
      return c.json({ status: 'ready', conditions: s.conditions, articles: s.articles });
    } catch {
      return c.json({ status: 'not_ready', reason: 'the database does not answer' }, 503);
    }
  });

  web.get('/', async (c) => {
    stats ??= app.store
      .stats()
      .then((s) => ({ conditions: s.conditions, articles: s.articles }))
      .catch(() => null);
    return c.html(renderHome(await stats));
  });

  web.get('/search', async (c) => {
    const q = (c.req.query('q') ?? '').trim().slice(0, 300);
    return c.html(renderSearch(q, q ? await app.searchConditions(q, SEARCH_LIMIT) : []));
  });

  web.get('/conditions/:id', async (c) => {
    const id = c.req.param('id');
    return c.html(await data.pages.getOrSet(id, async () => renderConditionPage(await data.load(id))));
  });

  web.get('/conditions/:id/articles/:articleId', async (c) => {
    const { condition, article } = await data.article(c.req.param('id'), c.req.param('articleId'));
    return c.html(renderArticlePage(condition, article));
  });

  web.get('/symptoms', async (c) => {
    const q = (c.req.query('q') ?? '').slice(0, 2000);
    return c.html(renderSymptoms(q, q.trim() ? await app.searchSymptoms(q, SYMPTOM_LIMIT) : []));
  });

  web.get('/answer', async (c) => {
    const q = (c.req.query('q') ?? '').trim().slice(0, 5000);
    const subject = c.req.query('subject')?.slice(0, 300);
    const letter = q ? await app.answer(q, subject ? { subject } : {}) : null;
    return c.html(renderAnswerPage(q, letter));
  });

  web.get('/ask', (c) => c.html(renderAskForm(EMPTY_ASK, {})));
  web.post('/ask', async (c) => {
    const body = (await c.req.parseBody()) as Record<string, unknown>;
    const values: AskValues = {
      name: formText(body, 'name'),
      email: formText(body, 'email'),
      subject: formText(body, 'subject'),
      message: formText(body, 'message'),
      consent: formText(body, 'consent') !== '',
    };
    const parsed = askForm.safeParse(values);
    if (!parsed.success) return c.html(renderAskForm(values, fieldErrors(parsed.error) as AskErrors), 400);
    try {
      const inquiry = await receiveInquiry(app, {
        channel: 'web',
        ...parsed.data,
        name: parsed.data.name || null,
      });
      return c.html(renderAskConfirmation(inquiry.reference));
    } catch (err) {
      const e = toAppError(err);
      const field = e.details?.field;
      if (
        (e.code === 'bad_input' || e.code === 'too_large') &&
        typeof field === 'string' &&
        field in values
      ) {
        return c.html(renderAskForm(values, { [field]: e.message }), 400);
      }
      throw e;
    }
  });

  web.route('/api', createApiRouter(app, data));
  if (options.staff !== null)
    web.route('/staff', createStaffRouter(app, options.staff ?? { secureCookies: false }));

  web.notFound((c) =>
    errorResponse(
      c,
      new AppError(
        'not_found',
        isApi(c) ? `no API route ${c.req.method} ${c.req.path}` : 'There is no page at this address.',
      ),
    ),
  );
  web.onError((err, c) => {
    const e = toAppError(err);
    if (e.code === 'internal')
      console.error(`web: internal error on ${c.req.method} ${c.req.path}: ${e.name}`);
    return errorResponse(c, e);
  });
  return web;
}
