/** Accounts: the admin's account list (create, role, unlock, end sessions) and everyone's password page. */
import type { Context, Hono } from 'hono';
import { AppError } from '../../errors.js';
import type { StaffUser } from '../../store/types.js';
import type { StaffContext, StaffEnv } from '../context.js';
import { clearSessionCookie, isLocked, MIN_PASSWORD_LENGTH, requireRole } from '../auth/index.js';
import { csrfField, html, staffPage } from '../layout.js';
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
      html`<form method="post" action="${ctx.base}/users/${u.id}/${action}">
        ${csrfField(csrf)}${content}
      </form>`;
    return html`<tr>
      <td>${u.name}</td>
      <td>${u.email}</td>
      <td>
        ${form(
          'role',
          html`<label for="role-${u.id}" class="skip">Role of ${u.name}</label
            ><select id="role-${u.id}" name="role" ${u.id === me.id ? html` disabled` : ''}>
              ${STAFF_ROLES.map((r) => html`<option value="${r}" ${r === u.role ? html` selected` : ''}>${r}</option>`)}</select
            >${u.id === me.id ? '' : html` <button type="submit">Change</button>`}`,
        )}
      </td>
      <td>
        ${locked ? html`locked until ${when(u.lockedUntil)} ${form('unlock', html`<button type="submit">Unlock</button>`)}` : 'active'}
      </td>
      <td>
        ${form('sessions', html`<button type="submit" aria-label="End all sessions of ${u.name}">End all sessions</button>`)}
      </td>
    </tr>`;
  });
  return html`<table>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Email</th>
          <th scope="col">Role</th>
          <th scope="col">State</th>
          <th scope="col">Sessions</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
    <h2>Add an account</h2>
    <form method="post" action="${ctx.base}/users">
      ${csrfField(csrf)}
      <p><label for="new-name">Name</label> <input id="new-name" name="name" required /></p>
      <p><label for="new-email">Email</label> <input id="new-email" name="email" type="email" required /></p>
      <p>
        <label for="new-role">Role</label>
        <select id="new-role" name="role">
          ${STAFF_ROLES.map((r) => html`<option value="${r}">${r}</option>`)}
        </select>
      </p>
      <p>
        <label for="new-password">Initial password (at least ${MIN_PASSWORD_LENGTH} characters)</label>
        <input
          id="new-password"
          name="password"
          type="password"
          autocomplete="new-password"
          required
          minlength="${MIN_PASSWORD_LENGTH}"
        />
      </p>
      <button type="submit">Add account</button>
    </form>`;
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
        <form method="post" action="${ctx.base}/account/password">
          ${csrfField(c.get('session').csrf)}
          <p>
            <label for="current">Current password</label>
            <input id="current" name="current" type="password" autocomplete="current-password" required />
          </p>
          <p>
            <label for="next">New password (at least ${MIN_PASSWORD_LENGTH} characters)</label>
            <input
              id="next"
              name="next"
              type="password"
              autocomplete="new-password"
              required
              minlength="${MIN_PASSWORD_LENGTH}"
            />
          </p>
          <button type="submit">Change password</button>
        </form>`,
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
