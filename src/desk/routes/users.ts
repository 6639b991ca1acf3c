/** Accounts: the admin's account list (create, role, unlock, end sessions) and everyone's password page. */
import type { Context, Hono } from 'hono';
import { AppError } from '../../errors.js';
import type { StaffUser } from '../../store/types.js';
import type { StaffContext, StaffEnv } from '../context.js';
import { clearSessionCookie, isLocked, MIN_PASSWORD_LENGTH, requireRole } from '../auth/index.js';
import { field, html, labelled, options, postForm, staffPage, table } from '../layout.js';
import type { SafeHtml } from '../layout.js';
import { changePassword, createStaffUser, parseRole, STAFF_ROLES } from '../users.js';
import { when } from '../views/common.js';
import { formString } from './util.js';

const NOTICES: Record<string, string> = {
  created: 'Account created.',
  role: 'Role changed.',
  unlocked: 'Account unlocked.',
  sessions: 'All sessions of that account were ended.',
  password: 'Password changed. Please sign in again.',
};

function usersBody(ctx: StaffContext, csrf: string, users: StaffUser[], me: StaffUser): SafeHtml {
  const now = ctx.now();
  const rows = users.map((u) => {
    const locked = isLocked(u.lockedUntil, now);
    const form = (action: string, content: SafeHtml) =>
      postForm(`${ctx.base}/users/${u.id}/${action}`, csrf, content);
    const self = u.id === me.id;
    return [
      u.name,
      u.email,
      form(
        'role',
        html`${labelled({
          id: `role-${u.id}`,
          name: 'role',
          label: `Role of ${u.name}`,
          labelClass: 'skip',
          type: 'select',
          options: options(STAFF_ROLES, (r) => r, u.role),
          attrs: { disabled: self },
        })}${self ? '' : html` <button type="submit">Change</button>`}`,
      ),
      locked
        ? html`locked until ${when(u.lockedUntil)}
          ${form('unlock', html`<button type="submit">Unlock</button>`)}`
        : 'active',
      form(
        'sessions',
        html`<button type="submit" aria-label="End all sessions of ${u.name}">End all sessions</button>`,
      ),
    ];
  });
  return html`${table({ head: ['Name', 'Email', 'Role', 'State', 'Sessions'], rows })}
    <h2>Add an account</h2>
    ${postForm(
      `${ctx.base}/users`,
      csrf,
      html`${field({ id: 'new-name', name: 'name', label: 'Name', attrs: { required: true } })}
        ${field({ id: 'new-email', name: 'email', label: 'Email', type: 'email', attrs: { required: true } })}
        ${field({ id: 'new-role', name: 'role', label: 'Role', type: 'select', options: options(STAFF_ROLES, (r) => r) })}
        ${passwordField('new-password', 'password', 'Initial password', 'new-password')}
        <button type="submit">Add account</button>`,
    )}`;
}

/** A password field; a new password says (and checks) its minimum length. */
function passwordField(id: string, name: string, label: string, autocomplete: string): SafeHtml {
  const isNew = autocomplete === 'new-password';
  return field({
    id,
    name,
    label: isNew ? `${label} (at least ${MIN_PASSWORD_LENGTH} characters)` : label,
    type: 'password',
    attrs: { autocomplete, required: true, minlength: isNew ? MIN_PASSWORD_LENGTH : null },
  });
}

export function registerUserRoutes(router: Hono<StaffEnv>, ctx: StaffContext): void {
  const { store } = ctx.app;
  const page = (c: Context<StaffEnv>, title: string, active: string, body: SafeHtml) =>
    c.html(
      staffPage({
        title,
        user: c.get('user'),
        csrf: c.get('session').csrf,
        base: ctx.base,
        active,
        body,
        notice: NOTICES[c.req.query('done') ?? ''] ?? null,
      }),
    );
  const target = async (c: Context<StaffEnv>) => {
    const user = await store.getUser(c.req.param('id') ?? '');
    if (!user) throw new AppError('not_found', 'there is no such account');
    return user;
  };
  const audit = (actor: string, action: string, detail: string) =>
    store.addAudit({ inquiryId: null, actor, action, detail });

  router.get('/users', requireRole('admin'), async (c) =>
    page(
      c,
      'Accounts',
      'users',
      usersBody(ctx, c.get('session').csrf, await store.listUsers(), c.get('user')),
    ),
  );

  router.post('/users', requireRole('admin'), async (c) => {
    const body = await c.req.parseBody();
    const created = await createStaffUser(store, {
      email: formString(body, 'email'),
      name: formString(body, 'name'),
      role: formString(body, 'role'),
      password: formString(body, 'password'),
    });
    await audit(c.get('user').id, 'account_created', `${created.id} as ${created.role}`);
    return c.redirect(`${ctx.base}/users?done=created`, 303);
  });

  router.post('/users/:id/role', requireRole('admin'), async (c) => {
    const user = await target(c);
    if (user.id === c.get('user').id) throw new AppError('conflict', 'you cannot change your own role');
    const role = parseRole(formString(await c.req.parseBody(), 'role'));
    await store.updateUser(user.id, { role, sessionGeneration: user.sessionGeneration + 1 });
    await audit(c.get('user').id, 'role_changed', `${user.id} to ${role}`);
    return c.redirect(`${ctx.base}/users?done=role`, 303);
  });

  router.post('/users/:id/unlock', requireRole('admin'), async (c) => {
    const user = await target(c);
    await store.updateUser(user.id, { lockedUntil: null, failedLogins: 0 });
    await audit(c.get('user').id, 'account_unlocked', user.id);
    return c.redirect(`${ctx.base}/users?done=unlocked`, 303);
  });

  router.post('/users/:id/sessions', requireRole('admin'), async (c) => {
    const user = await target(c);
    await store.updateUser(user.id, { sessionGeneration: user.sessionGeneration + 1 });
    await audit(c.get('user').id, 'sessions_ended', user.id);
    if (user.id === c.get('user').id) {
      clearSessionCookie(c, ctx);
      return c.redirect(`${ctx.base}/login`, 303);
    }
    return c.redirect(`${ctx.base}/users?done=sessions`, 303);
  });

  router.get('/account', (c) =>
    page(
      c,
      'Your account',
      '',
      html`<p>${c.get('user').name} · ${c.get('user').email} · ${c.get('user').role}</p>
        <h2>Change your password</h2>
        ${postForm(
          `${ctx.base}/account/password`,
          c.get('session').csrf,
          html`${passwordField('current', 'current', 'Current password', 'current-password')}
            ${passwordField('next', 'next', 'New password', 'new-password')}
            <button type="submit">Change password</button>`,
        )}`,
    ),
  );

  router.post('/account/password', async (c) => {
    const body = await c.req.parseBody();
    const user = c.get('user');
    await changePassword(store, user, formString(body, 'current'), formString(body, 'next'));
    await audit(user.id, 'password_changed', user.id);
    clearSessionCookie(c, ctx);
    return c.redirect(`${ctx.base}/login`, 303);
  });
}
