/**
 * The letter as plain text (email), Markdown, HTML (every piece of text escaped; no script) or JSON.
 * One walk over the letter, four small writers.
 */
import { AppError } from '../errors.js';
import { QUESTION_TYPE_LABELS } from '../kb/question-types.js';
import type { Block, Organization } from '../kb/types.js';
import type { LetterFormat, LetterReference, LetterSection, ReplyLetter } from './types.js';

/** Renders a letter in one of the four formats. */
export function renderLetter(letter: ReplyLetter, format: LetterFormat): string {
  switch (format) {
    case 'text':
      return renderText(letter);
    case 'markdown':
      return renderMarkdown(letter);
    case 'html':
      return renderHtml(letter);
    case 'json':
      return `${JSON.stringify(letter, null, 2)}\n`;
    default:
      throw new AppError(
        'bad_input',
        `unknown letter format "${String(format)}" (text, markdown, html, json)`,
      );
  }
}

/** One reference as a citation line: authors. title. journal. date; volume(issue):pages. URL. PMID. License. */
export function formatReference(ref: LetterReference): string {
  const parts: string[] = [];
  if (ref.authors) parts.push(ref.authors);
  parts.push(ref.title);
  if (ref.journal) parts.push(ref.journal);
  let where = ref.date ?? '';
  if (ref.volume) where += `${where ? '; ' : ''}${ref.volume}${ref.issue ? `(${ref.issue})` : ''}`;
  if (ref.pages) where += `:${ref.pages}`;
  if (where) parts.push(where);
  if (ref.url) parts.push(ref.url);
  if (ref.pmid) parts.push(`PMID: ${ref.pmid}`);
  if (ref.license) parts.push(`License: ${ref.license}`);
  // A part that already ends a sentence ("...treated?") takes no extra full stop.
  return parts
    .map((p) => p.trim().replace(/\.$/, ''))
    .map((p) => (/[?!]$/.test(p) ? p : `${p}.`))
    .join(' ');
}

/** One organization's contact lines. */
function organizationLines(org: Organization): string[] {
  const lines = [org.name];
  if (org.email) lines.push(`Email: ${org.email}`);
  if (org.phone) lines.push(`Phone: ${org.phone}`);
  if (org.website) lines.push(`Web site: ${org.website}`);
  return lines;
}

function lastUpdatedLine(section: LetterSection): string | null {
  return section.lastUpdated ? `Last updated: ${section.lastUpdated.slice(0, 10)}` : null;
}

// ---- plain text ----

function textBlock(b: Block): string {
  switch (b.type) {
    case 'paragraph':
      return b.text;
    case 'heading':
      return b.text.toUpperCase();
    case 'list':
      return b.items.map((item, i) => `  ${b.ordered ? `${i + 1}.` : '•'} ${item}`).join('\n');
    case 'table':
      return [b.header, ...b.rows].map((r) => `  ${r.join(' | ')}`).join('\n');
  }
}

function renderText(letter: ReplyLetter): string {
  const out: string[] = [letter.centerName, '', letter.title, '', letter.question.trim(), ''];
  for (const s of letter.sections) {
    out.push('', s.heading, '');
    for (const b of s.blocks) out.push(textBlock(b), '');
    if (s.organizations.length > 0) {
      out.push('Organizations that may help:', '');
      for (const org of s.organizations) out.push(...organizationLines(org).map((l) => `  ${l}`), '');
    }
    const updated = lastUpdatedLine(s);
    if (updated) out.push(updated);
  }
  out.push(
    '',
    letter.closing,
    '',
    'Warm regards,',
    letter.signature,
    letter.centerName,
    '',
    letter.disclaimer,
  );
  if (letter.references.length > 0) {
    out.push('', 'References', '');
    for (const r of letter.references) out.push(`  ${r.n}. ${formatReference(r)}`);
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

// ---- Markdown ----

/** Escapes Markdown's inline syntax characters (citation brackets stay readable as `\[1\]`). */
function md(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
}

function markdownBlock(b: Block): string {
  switch (b.type) {
    case 'paragraph':
      return md(b.text);
    case 'heading':
      return `#### ${md(b.text)}`;
    case 'list':
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${md(item)}`).join('\n');
    case 'table':
      return [
        `| ${b.header.map(md).join(' | ')} |`,
        `| ${b.header.map(() => '---').join(' | ')} |`,
        ...b.rows.map((r) => `| ${r.map(md).join(' | ')} |`),
      ].join('\n');
  }
}

function renderMarkdown(letter: ReplyLetter): string {
  const out: string[] = [`# ${md(letter.title)}`, '', `*${md(letter.centerName)}*`, ''];
  out.push(
    ...letter.question
      .trim()
      .split('\n')
      .map((l) => `> ${md(l)}`),
    '',
  );
  for (const s of letter.sections) {
    out.push(`## ${md(s.heading)}`, '');
    for (const b of s.blocks) out.push(markdownBlock(b), '');
    if (s.organizations.length > 0) {
      out.push('**Organizations that may help:**', '');
      for (const org of s.organizations) out.push(`- ${organizationLines(org).map(md).join('  \n  ')}`);
      out.push('');
    }
    const updated = lastUpdatedLine(s);
    if (updated) out.push(`*${updated}*`, '');
  }
  out.push(md(letter.closing), '', 'Warm regards,  ', `${md(letter.signature)}  `, md(letter.centerName), '');
  out.push(`*${md(letter.disclaimer)}*`, '');
  if (letter.references.length > 0) {
    out.push('## References', '');
    for (const r of letter.references) out.push(`${r.n}. ${md(formatReference(r))}`);
  }
  return `${out.join('\n').trim()}\n`;
}

// ---- HTML ----

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Escapes text, then turns http(s) URLs into links and `[n]` markers into links to the reference list. */
function htmlInline(text: string): string {
  return escapeHtml(text)
    .replace(/\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:)]/g, (url) => `<a href="${url}">${url}</a>`)
    .replace(/\[(\d+)\]/g, '<sup><a href="#ref-$1">[$1]</a></sup>');
}

function htmlBlock(b: Block): string {
  switch (b.type) {
    case 'paragraph':
      return `<p>${htmlInline(b.text)}</p>`;
    case 'heading':
      return `<h3>${htmlInline(b.text)}</h3>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((i) => `<li>${htmlInline(i)}</li>`).join('')}</${tag}>`;
    }
    case 'table':
      return (
        `<table><thead><tr>${b.header.map((h) => `<th>${htmlInline(h)}</th>`).join('')}</tr></thead><tbody>` +
        b.rows.map((r) => `<tr>${r.map((c) => `<td>${htmlInline(c)}</td>`).join('')}</tr>`).join('') +
        '</tbody></table>'
      );
  }
}

function renderHtml(letter: ReplyLetter): string {
  const out: string[] = [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(letter.title)}</title></head><body>`,
    '<article class="reply-letter">',
    `<p class="center">${escapeHtml(letter.centerName)}</p>`,
    `<h1>${escapeHtml(letter.title)}</h1>`,
    `<blockquote class="question">${letter.question
      .trim()
      .split(/\n+/)
      .map((l) => `<p>${escapeHtml(l)}</p>`)
      .join('')}</blockquote>`,
  ];
  for (const s of letter.sections) {
    out.push(`<section class="answer" data-type="${escapeHtml(s.type)}">`);
    out.push(`<h2>${escapeHtml(s.heading)}</h2>`);
    out.push(...s.blocks.map(htmlBlock));
    if (s.organizations.length > 0) {
      out.push(`<h3>Organizations that may help</h3><ul class="organizations">`);
      for (const org of s.organizations)
        out.push(`<li>${organizationLines(org).map(htmlInline).join('<br>')}</li>`);
      out.push('</ul>');
    }
    const updated = lastUpdatedLine(s);
    if (updated) out.push(`<p class="updated">${escapeHtml(updated)}</p>`);
    out.push('</section>');
  }
  out.push(
    `<p>${htmlInline(letter.closing)}</p>`,
    `<p>Warm regards,<br>${escapeHtml(letter.signature)}<br>${escapeHtml(letter.centerName)}</p>`,
    `<p class="disclaimer"><small>${escapeHtml(letter.disclaimer)}</small></p>`,
  );
  if (letter.references.length > 0) {
    out.push('<h2>References</h2><ol class="references">');
    for (const r of letter.references) out.push(`<li id="ref-${r.n}">${htmlInline(formatReference(r))}</li>`);
    out.push('</ol>');
  }
  out.push('</article></body></html>');
  return `${out.join('\n')}\n`;
}

/** Label of a section's type, for filters and badges. */
export function sectionLabel(section: LetterSection): string {
  return QUESTION_TYPE_LABELS[section.type];
}
