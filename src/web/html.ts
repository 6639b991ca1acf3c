/** HTML helpers of the public site: the shared escaping template (src/html.ts) and link builders. */
export { SafeHtml, escapeHtml, html, raw } from '../html.js';
export type { HtmlValue } from '../html.js';

/** Path of a condition page (condition ids such as `GARD:7338` are percent-encoded). */
export function conditionPath(id: string): string {
  return `/conditions/${encodeURIComponent(id)}`;
}

/** A query-string link: `href('/search', { q: 'x' })` → `/search?q=x`. */
export function href(path: string, params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, String(value));
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}
