/**
 * The staff console's page frame and its HTML helper. Every value interpolated into `html`...``
 * is escaped unless it is itself `SafeHtml` (made by `html` or `raw`), so pages are built from
 * template literals without forgetting an escape.
 */
import type { StaffRole, StaffUser } from '../store/types.js';
import { html, raw, type HtmlValue, type SafeHtml } from '../html.js';

export { SafeHtml, escapeHtml, html, raw } from '../html.js';

/** A hidden input carrying the CSRF token; put one in every staff form that posts. */
export function csrfField(token: string): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${token}" />`;
}

/** An attribute value: `true` prints the bare name, `false`, `null` and `undefined` print nothing. */
export type AttrValue = string | number | boolean | null | undefined;

/** Attributes from a record (names are code-written; values are escaped), each with a leading space. */
export function attrs(values: Readonly<Record<string, AttrValue>>): SafeHtml {
  return html`${Object.entries(values).map(([name, value]) =>
    value === true
      ? html` ${raw(name)}`
      : value === false || value == null
        ? ''
        : html` ${raw(name)}="${value}"`,
  )}`;
}

/** A form that posts to `action` with the CSRF token, and `extra` attributes on the form. */
export function postForm(
  action: string,
  csrf: string,
  content: HtmlValue,
  extra: Readonly<Record<string, AttrValue>> = {},
): SafeHtml {
  return html`<form${attrs({ method: 'post', action, ...extra })}>${csrfField(csrf)}${content}</form>`;
}

/** One `<option>`. */
export function option(value: string, label: HtmlValue, selected = false): SafeHtml {
  return html`<option${attrs({ value, selected })}>${label}</option>`;
}

/** An `<option>` for each value, labelled by `label`, the one equal to `selected` marked. */
export function options<T extends string>(
  values: readonly T[],
  label: (value: T) => HtmlValue,
  selected: string | null = null,
): SafeHtml[] {
  return values.map((value) => option(value, label(value), value === selected));
}

/** A labelled form control: an input (of `type`), a `textarea` or a `select` (with `options`). */
export interface Field {
  id: string;
  label: HtmlValue;
  /** The name the value is posted under (default: the id). */
  name?: string;
  /** `textarea`, `select`, or the input's type (none given: a plain text input). */
  type?: string;
  value?: string;
  /** The `<option>`s of a select. */
  options?: HtmlValue;
  /** More attributes of the control: required, size, rows, autocomplete... */
  attrs?: Readonly<Record<string, AttrValue>>;
  /** Put the control on its own line under the label. */
  below?: boolean;
  /** Class of the label (`skip` hides it visually, screen readers still read it). */
  labelClass?: string;
}

/** The control: attributes in the order id, name, type, value, then the others. */
function fieldControl(f: Field): SafeHtml {
  const named = { id: f.id, name: f.name ?? f.id };
  if (f.type === 'textarea')
    return html`<textarea${attrs({ ...named, ...f.attrs })}>${f.value ?? ''}</textarea>`;
  if (f.type === 'select') return html`<select${attrs({ ...named, ...f.attrs })}>${f.options}</select>`;
  return html`<input${attrs({ ...named, type: f.type, value: f.value, ...f.attrs })} />`;
}

/** The label and its control (a checkbox or radio button comes before its label). */
export function labelled(f: Field): SafeHtml {
  const label = html`<label${attrs({ for: f.id, class: f.labelClass })}>${f.label}</label>`;
  const control = fieldControl(f);
  if (f.type === 'checkbox' || f.type === 'radio') return html`${control} ${label}`;
  return html`${label}${f.below ? html`<br />` : ' '}${control}`;
}

/** A labelled control in a paragraph of its own. */
export function field(f: Field): SafeHtml {
  return html`<p>${labelled(f)}</p>`;
}

/** A data table: column headers, rows of cells, an optional caption. */
export interface Table {
  head: readonly HtmlValue[];
  rows: readonly (readonly HtmlValue[])[];
  caption?: HtmlValue;
  captionClass?: string;
  id?: string;
  /** The first cell of each row heads the row (`<th scope="row">`). */
  rowHeaders?: boolean;
}

/** A table with `<th scope="col">` headers and one `<tr>` per row. */
export function table(t: Table): SafeHtml {
  const row = (cells: readonly HtmlValue[]) =>
    html`<tr>
      ${cells.map((cell, i) => (t.rowHeaders && i === 0 ? html`<th scope="row">${cell}</th>` : html`<td>${cell}</td>`))}
    </tr>`;
  return html`<table${attrs({ id: t.id })}>${
    t.caption === undefined ? '' : html`<caption${attrs({ class: t.captionClass })}>${t.caption}</caption>`
  }<thead><tr>${t.head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead><tbody>${t.rows.map(row)}</tbody></table>`;
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
          ${postForm(`${base}/logout`, opts.csrf ?? '', html`<button type="submit">Log out</button>`)}
          ${postForm(`${base}/logout-everywhere`, opts.csrf ?? '', html`<button type="submit">Log out everywhere</button>`)}
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
