/** Rendering pieces shared by the console's pages. */
import type { LetterReference } from '../../compose/types.js';
import type { StaffUser } from '../../store/types.js';
import { html } from '../layout.js';
import type { SafeHtml } from '../layout.js';

/** One reference as a line: authors, title, journal, date, link, and the source's license. */
export function renderReference(ref: LetterReference): SafeHtml {
  const parts = [ref.authors, ref.title, ref.journal, ref.date].filter(Boolean).join('. ');
  return html`<li value="${ref.n}">
    ${parts}.${ref.pmid ? ` PMID ${ref.pmid}.` : ''}
    ${ref.url ? html` <a href="${ref.url}">${ref.url}</a>` : ''}${ref.collection ? html` <span class="muted">(via ${ref.collection}${ref.license ? `, ${ref.license}` : ''})</span>` : ''}
  </li>`;
}

/** "3 h", "2 d": how long ago an ISO time was, for queues. */
export function age(iso: string, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - Date.parse(iso)) / 60000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.floor(hours / 24)} d`;
}

/** A readable UTC time: `2026-11-27 05:28 UTC`. */
export function when(iso: string | null): string {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : '';
}

/** Display names of actors in audit entries. */
export function actorName(actor: string, users: Map<string, StaffUser>): string {
  const user = users.get(actor);
  if (user) return `${user.name} (${user.role})`;
  return actor;
}
