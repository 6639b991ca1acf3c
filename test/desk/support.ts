/**
 * Helpers for the desk's console tests, on top of the shared in-process console
 * (curation-console.ts): the example question, extra signed-in accounts, CSRF-less posts.
 */
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { Hono } from 'hono';
import { simpleParser } from 'mailparser';
import type { ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { App } from '../../src/app.js';
import { createStaffRouter, hashPassword, receiveInquiry } from '../../src/desk/index.js';
import type { StaffOptions } from '../../src/desk/index.js';
import type { Inquiry, StaffRole } from '../../src/store/index.js';
import { StaffClient } from './curation-console.js';

/** The question of /work/shared/examples/reply-progressive-hemifacial-atrophy.txt. */
export const EXAMPLE_QUESTION =
  'I have a friend who is affected by progressive hemifacial atrophy. How is this condition treated? How can I locate doctors who are familiar with the management of this condition?';

export const TEST_PASSWORD = 'a long test password 4 desk';

/** Receives the example question as a web inquiry from a made-up person. */
export function receiveExample(
  app: App,
  name = 'Anna Smith',
  email = 'anna.smith@example.org',
): Promise<Inquiry> {
  return receiveInquiry(app, {
    channel: 'web',
    name,
    email,
    subject: 'Progressive hemifacial atrophy',
    message: EXAMPLE_QUESTION,
    consent: true,
  });
}

/** Creates an account and returns a client signed in to `web` with it. */
export async function signedIn(
  app: App,
  web: Hono,
  role: StaffRole,
  email: string,
  name: string,
): Promise<{ client: StaffClient; id: string }> {
  const user = await app.store.createUser({
    email,
    name,
    role,
    passwordHash: await hashPassword(TEST_PASSWORD),
  });
  const client = new StaffClient(web);
  await client.login(email, TEST_PASSWORD);
  return { client, id: user.id };
}

/** A second web root with its own staff router over the same app (own login throttle). */
export function freshWeb(app: App, options: Partial<StaffOptions> = {}): Hono {
  const web = new Hono();
  web.route(
    '/staff',
    createStaffRouter(app, {
      secureCookies: false,
      sessionSecret: 'test secret for the console',
      ...options,
    }),
  );
  return web;
}

/** Posts a login form on `web` (fetching the form first for its token); returns the response. */
export async function tryLogin(web: Hono, email: string, password: string): Promise<Response> {
  const form = await web.request('/staff/login');
  const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
  const cookie = (form.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
  return web.request('/staff/login', {
    method: 'POST',
    body: new URLSearchParams({ _csrf: token, email, password }),
    headers: { cookie },
  });
}

/** A real SMTP server on 127.0.0.1 (any free port) that keeps what it receives, parsed. */
export interface SmtpSink {
  port: number;
  messages: ParsedMail[];
  /** Resolves once `count` messages have arrived (rejects after `ms`). */
  waitFor(count: number, ms?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          callback();
        })
        .catch((err: Error) => callback(err));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    messages,
    async waitFor(count, ms = 10_000) {
      const start = Date.now();
      while (messages.length < count) {
        if (Date.now() - start > ms) throw new Error(`expected ${count} messages, got ${messages.length}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A loopback port where nothing listens (bound, then released). */
export async function refusedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
