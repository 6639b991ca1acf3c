/**
 * A staff console over a private copy of the real test knowledge base, driven in process through
 * the real staff router (sign-in, sessions, CSRF, role guards): one signed-in client per role.
 * Shared by the curation and dashboard route tests.
 */
import { Hono } from 'hono';
import type { App } from '../../src/app.js';
import { createApp } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import { createStaffRouter, hashPassword } from '../../src/desk/index.js';
import { reloadsSettled } from '../../src/desk/curation/index.js';
import type { StaffRole, Store } from '../../src/store/index.js';
import { openTestKbCopy } from '../support/kb.js';

/** A browser-like client: keeps cookies, finds the session's CSRF token, follows nothing. */
export class StaffClient {
  private cookies = new Map<string, string>();
  csrf = '';

  constructor(private readonly web: Hono) {}

  private remember(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    return { ...(cookie ? { cookie } : {}), ...extra };
  }

  async get(path: string): Promise<Response> {
    const res = await this.web.request(path, { headers: this.headers() });
    this.remember(res);
    return res;
  }

  /** Posts a form (urlencoded, or multipart when given FormData) with the session's CSRF token. */
  async post(path: string, form: Record<string, string> | FormData): Promise<Response> {
    let body: URLSearchParams | FormData;
    if (form instanceof FormData) {
      if (!form.has('_csrf')) form.set('_csrf', this.csrf);
      body = form;
    } else {
      body = new URLSearchParams({ _csrf: this.csrf, ...form });
    }
    const res = await this.web.request(path, { method: 'POST', body, headers: this.headers() });
    this.remember(res);
    return res;
  }

  /** Signs in through the login form; afterwards `csrf` holds the session's token. */
  async login(email: string, password: string): Promise<void> {
    const page = await (await this.get('/staff/login')).text();
    const token = /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
    const res = await this.post('/staff/login', { _csrf: token, email, password });
    if (res.status !== 303) throw new Error(`login failed for ${email}: ${res.status}`);
    const dashboard = await (await this.get('/staff/dashboard')).text();
    this.csrf = /name="_csrf" value="([^"]+)"/.exec(dashboard)?.[1] ?? '';
    if (!this.csrf) throw new Error('no CSRF token on the dashboard');
  }
}

export interface TestConsole {
  app: App;
  store: Store;
  web: Hono;
  users: Record<StaffRole, { id: string; email: string }>;
  /** A signed-in client per role, and an anonymous one. */
  as: Record<StaffRole | 'anonymous', StaffClient>;
  close(): Promise<void>;
}

const PASSWORD = 'correct horse battery staple 42';

/** Opens the console over a fresh copy of the test knowledge base, with one account per role. */
export async function openTestConsole(overrides: Partial<Config> = {}): Promise<TestConsole> {
  const store = await openTestKbCopy();
  const app = await createApp({ ...loadConfig(), ...overrides }, store);
  const web = new Hono();
  web.route(
    '/staff',
    createStaffRouter(app, { secureCookies: false, sessionSecret: 'test secret for the console' }),
  );
  const roles: StaffRole[] = ['specialist', 'curator', 'admin'];
  const users = {} as TestConsole['users'];
  const as = { anonymous: new StaffClient(web) } as TestConsole['as'];
  for (const role of roles) {
    const email = `${role}@desk.example.org`;
    const user = await store.createUser({
      email,
      name: `Test ${role}`,
      role,
      passwordHash: await hashPassword(PASSWORD),
    });
    users[role] = { id: user.id, email };
    as[role] = new StaffClient(web);
    await as[role].login(email, PASSWORD);
  }
  return {
    app,
    store,
    web,
    users,
    as,
    async close() {
      await reloadsSettled(app);
      await app.close();
      await store.close();
    },
  };
}
