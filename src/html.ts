/**
 * A tiny HTML template helper that escapes by default. Every page is built with the `html`
 * tagged template: interpolated strings are escaped, interpolated `SafeHtml` (the result of
 * another `html` call) is kept as is, arrays are joined, and `null`/`undefined`/`false` print
 * nothing. Use `raw()` only for markup the code itself wrote (never for anything a person typed
 * or the knowledge base holds).
 */

/** Markup known to be safe: built by `html` or wrapped deliberately with `raw`. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use in element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch) : text;
}

const NEEDS_ESCAPE = /[&<>"']/;

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(render).join('');
  return escapeHtml(String(value));
}

/** The tagged template: `html\`<p>${text}</p>\`` escapes `text`. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return new SafeHtml(out);
}

/** Marks code-written markup as safe. Never pass user or knowledge-base text here. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
