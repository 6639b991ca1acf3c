/**
 * The staff console's page frame and its HTML helper. Every value interpolated into `html`...``
 * is escaped unless it is itself `SafeHtml` (made by `html` or `raw`), so pages are built from
 * template literals without forgetting an escape.
 */
import type { StaffRole, StaffUser } from '../store/types.js';
import { html, raw, type SafeHtml } from '../html.js';

export { SafeHtml, escapeHtml, html, raw } from '../html.js';

/** A hidden input carrying the CSRF token; put one in every staff form that posts. */
export function csrfField(token: string): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${token}" />`;
}

/** Which areas of the console a role may open. Admin may open everything. */
export function canAccess(role: StaffRole, area: StaffRole): boolean {
  return role === 'admin' || role === area;
}

interface NavItem {
  key: string;
  label: string;
  path: string;
  area: StaffRole | 'any';
}

const NAV: NavItem[] = [
  { key: 'inquiries', label: 'Inquiries', path: '/inquiries', area: 'specialist' },
  { key: 'kb', label: 'Knowledge base', path: '/kb', area: 'curator' },
  { key: 'dashboard', label: 'Dashboard', path: '/dashboard', area: 'any' },
  { key: 'users', label: 'Accounts', path: '/users', area: 'admin' },
];

export interface StaffPageOptions {
  title: string;
  /** Null on the login page. */
  user: StaffUser | null;
  /** The session's CSRF token (for the log-out form). */
  csrf: string | null;
  /** Mount path of the console, e.g. `/staff`. */
  base: string;
  /** Key of the nav item to mark current (`inquiries`, `kb`, `dashboard`, `users`). */
  active?: string;
  body: SafeHtml;
  /** A status line shown above the content (e.g. "Reply sent."). */
  notice?: string | null;
  /** An error shown above the content, announced to screen readers. */
  error?: string | null;
}

const STYLE = `
:root{font-family:system-ui,sans-serif;color:#1a1a1a;background:#fff;line-height:1.5}
body{margin:0}
a{color:#0b4f9c}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:2}
header{background:#123b5c;color:#fff;padding:.5rem 1rem;display:flex;flex-wrap:wrap;gap:1rem;align-items:center}
header a{color:#fff}
header .brand{font-weight:700;margin-right:1rem}
nav ul{list-style:none;margin:0;padding:0;display:flex;gap:1rem;flex-wrap:wrap}
nav a[aria-current=page]{font-weight:700;text-decoration:underline}
header form{display:inline;margin:0}
header button{background:none;border:1px solid #fff;color:#fff;border-radius:3px;cursor:pointer;padding:.1rem .5rem}
.who{margin-left:auto;display:flex;gap:.5rem;align-items:center}
main{padding:1rem;max-width:72rem}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
.notice{background:#e6f4ea;border:1px solid #2e7d32;padding:.5rem;margin-bottom:1rem}
.error{background:#fdecea;border:1px solid #b3261e;padding:.5rem;margin-bottom:1rem}
.flag{display:inline-block;background:#fff3cd;border:1px solid #8a6d00;color:#5c4800;border-radius:3px;padding:0 .3rem;margin-right:.3rem;font-size:.85em}
.section{border:1px solid #bbb;border-radius:4px;padding:.5rem 1rem;margin-bottom:1rem}
fieldset{border:1px solid #bbb;margin-bottom:.5rem}
label{display:inline-block;margin:.2rem .5rem .2rem 0}
textarea{width:100%;font:inherit}
button,input,select{font:inherit}
.muted{color:#555}
pre{white-space:pre-wrap;background:#f6f6f6;padding:.5rem;border:1px solid #ddd}
`;

/** The whole page: skip link, header with the nav the user's role allows, main content. */
export function staffPage(opts: StaffPageOptions): string {
  const { user, base } = opts;
  const items = user ? NAV.filter((item) => item.area === 'any' || canAccess(user.role, item.area)) : [];
  const nav = user
    ? html`<nav aria-label="Staff console">
          <ul>
            ${items.map(
              (item) =>
                html`<li>
                  <a href="${base + item.path}" ${opts.active === item.key ? raw(' aria-current="page"') : ''}
                    >${item.label}</a
                  >
                </li>`,
            )}
          </ul>
        </nav>
        <div class="who">
          <span>${user.name} (${user.role})</span>
          <form method="post" action="${base}/logout">
            ${csrfField(opts.csrf ?? '')}<button type="submit">Log out</button>
          </form>
          <form method="post" action="${base}/logout-everywhere">
            ${csrfField(opts.csrf ?? '')}<button type="submit">Log out everywhere</button>
          </form>
        </div>`
    : '';
  const page = html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>${opts.title} · raredesk staff</title>
        <style>
          ${raw(STYLE)}
        </style>
      </head>
      <body>
        <a class="skip" href="#main">Skip to content</a>
        <header><span class="brand">raredesk staff</span>${nav}</header>
        <main id="main">
          <h1>${opts.title}</h1>
          ${opts.notice ? html`<p class="notice" role="status">${opts.notice}</p>` : ''}
          ${opts.error ? html`<p class="error" role="alert">${opts.error}</p>` : ''} ${opts.body}
        </main>
      </body>
    </html>`;
  return page.value;
}
