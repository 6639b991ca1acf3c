/** Password hashing, signed session cookies, login throttling and the HTML helper's escaping. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashPassword, verifyPassword, checkPasswordStrength } from '../../src/desk/auth/password.js';
import { decodeSession, encodeSession, tokensEqual } from '../../src/desk/auth/session.js';
import { AttemptCounter, isLocked, lockUntil } from '../../src/desk/auth/ratelimit.js';
import { html, raw } from '../../src/desk/layout.js';

void describe('passwords', () => {
  void it('hashes with scrypt and a random salt, and verifies', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    assert.match(a, /^scrypt\$32768\$8\$1\$/);
    assert.notEqual(a, b);
    assert.equal(await verifyPassword('correct horse battery', a), true);
    assert.equal(await verifyPassword('correct horse batterY', a), false);
    assert.equal(await verifyPassword('x', 'not a hash'), false);
  });

  void it('refuses short passwords', () => {
    assert.throws(() => checkPasswordStrength('short'), /at least 12/);
    checkPasswordStrength('long enough password');
  });
});

void describe('session cookies', () => {
  const secret = Buffer.from('k'.repeat(32));
  const now = new Date('2026-01-01T00:00:00Z');
  const session = { userId: 'u1', generation: 3, csrf: 'tok', expiresAt: now.getTime() + 1000 };

  void it('round-trips a signed session', () => {
    assert.deepEqual(decodeSession(encodeSession(session, secret), secret, now), session);
  });

  void it('rejects a tampered payload, another key, and an expired session', () => {
    const value = encodeSession(session, secret);
    const [payload, sig] = value.split('.');
    const forged = Buffer.from(JSON.stringify({ u: 'admin', g: 3, t: 'tok', e: session.expiresAt })).toString(
      'base64url',
    );
    assert.equal(decodeSession(`${forged}.${sig}`, secret, now), null);
    assert.equal(decodeSession(`${payload}.${sig}x`, secret, now), null);
    assert.equal(decodeSession(value, Buffer.from('other key'), now), null);
    assert.equal(decodeSession(value, secret, new Date(now.getTime() + 2000)), null);
    assert.equal(decodeSession('garbage', secret, now), null);
  });

  void it('compares tokens exactly and never accepts empty ones', () => {
    assert.equal(tokensEqual('abc', 'abc'), true);
    assert.equal(tokensEqual('abc', 'abd'), false);
    assert.equal(tokensEqual('', ''), false);
  });
});

void describe('login throttling', () => {
  void it('allows `limit` attempts per window and resets after it', () => {
    const counter = new AttemptCounter(3, 1000);
    assert.deepEqual(
      [1, 2, 3, 4].map(() => counter.hit('ip', 0)),
      [true, true, true, false],
    );
    assert.equal(counter.hit('other', 0), true, 'keys are counted separately');
    assert.equal(counter.hit('ip', 1000), true, 'a new window starts');
  });

  void it('locks until a time in the future', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const until = lockUntil(now);
    assert.equal(isLocked(until, now), true);
    assert.equal(isLocked(until, new Date(Date.parse(until) + 1)), false);
    assert.equal(isLocked(null, now), false);
  });
});

void describe('html helper', () => {
  void it('escapes interpolations unless marked safe, and joins arrays', () => {
    const name = '<script>alert("x")</script>';
    const escaped = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;';
    assert.equal(html`<p>${name}</p>`.value, `<p>${escaped}</p>`);
    assert.equal(html`<a title="${name}"></a>`.value, `<a title="${escaped}"></a>`);
    assert.equal(html`${raw('<b>ok</b>')}`.value, '<b>ok</b>');
    assert.equal(html`${['<i>', raw('<i>'), null, false, 3]}`.value, '&lt;i&gt;<i>3');
  });
});
