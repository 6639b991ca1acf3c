/**
 * Sessions in signed cookies: the cookie holds `{user id, session generation, CSRF token,
 * expiry}` plus an HMAC-SHA256 signature. Nothing is kept on the server; bumping the user's
 * `sessionGeneration` ("log out everywhere") makes every older cookie invalid.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { StaffSession } from '../context.js';

/** Cookie names and lifetimes. */
export const SESSION_COOKIE = 'rd_staff';
export const LOGIN_CSRF_COOKIE = 'rd_login_csrf';
export const SESSION_HOURS = 12;

/** A random URL-safe token (CSRF tokens, secrets). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

function sign(payload: string, secret: Buffer): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/** Encodes and signs a session for the cookie. */
export function encodeSession(session: StaffSession, secret: Buffer): string {
  const payload = Buffer.from(
    JSON.stringify({ u: session.userId, g: session.generation, t: session.csrf, e: session.expiresAt }),
  ).toString('base64url');
  return `${payload}.${sign(payload, secret)}`;
}

/** Reads a cookie value; null if the signature is wrong, it is malformed, or it has expired. */
export function decodeSession(value: string, secret: Buffer, now: Date): StaffSession | null {
  const dot = value.indexOf('.');
  if (dot <= 0) return null;
  const payload = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1));
  const expected = Buffer.from(sign(payload, secret));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const { u, g, t, e } = data;
    if (typeof u !== 'string' || typeof g !== 'number' || typeof t !== 'string') return null;
    if (typeof e !== 'number' || e <= now.getTime()) return null;
    return { userId: u, generation: g, csrf: t, expiresAt: e };
  } catch {
    return null;
  }
}

/** Constant-time string comparison for tokens. */
export function tokensEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}
