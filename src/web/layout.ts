/**
 * The page frame every public page shares: skip link, header with the main navigation, one
 * `<main>` landmark, and a footer crediting the content's sources.
 */
import { SCRIPT, STYLESHEET } from './assets.js';
import { html, type HtmlValue, type SafeHtml } from './html.js';

export interface PageOptions {
  /** The page's own title; the site name is appended. */
  title: string;
  /** Meta description for search engines and link previews. */
  description?: string;
  body: HtmlValue;
  /** Load the autocomplete script (pages with a search box). */
  script?: boolean;
  /** The main navigation entry to mark as current. */
  current?: NavKey;
  /** Ask robots not to index (results that depend on what was typed). */
  noindex?: boolean;
}

export type NavKey = 'home' | 'search' | 'symptoms' | 'ask' | 'api';

const NAV: Array<{ key: NavKey; label: string; path: string }> = [
  { key: 'search', label: 'Search conditions', path: '/search' },
  { key: 'symptoms', label: 'Search by symptoms', path: '/symptoms' },
  { key: 'ask', label: 'Ask a question', path: '/ask' },
  { key: 'api', label: 'API', path: '/api/docs' },
];

export const SITE_NAME = 'raredesk';

/** Credit line for MedQuAD content (CC BY 4.0 requires attribution wherever its content is shown). */
export const MEDQUAD_CREDIT = html`Answers come from
  <a href="https://github.com/abachaa/MedQuAD">MedQuAD</a> (Ben Abacha &amp; Demner-Fushman, 2019,
  <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>), collected from U.S. National
  Institutes of Health websites, and from the Genetic and Rare Diseases Information Center (GARD) catalog.`;

/** Renders a whole HTML document. */
export function page(options: PageOptions): string {
  const nav = NAV.map(
    (item) =>
      html`<li>
        <a href="${item.path}" ${options.current === item.key ? html` aria-current="page"` : ''}
          >${item.label}</a
        >
      </li>`,
  );
  const doc: SafeHtml = html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${options.title} · ${SITE_NAME}</title>
        ${options.description ? html`<meta name="description" content="${options.description}" />` : ''}
        ${options.noindex ? html`<meta name="robots" content="noindex" />` : ''}
        <link rel="stylesheet" href="${STYLESHEET.path}" />
        ${options.script ? html`<script src="${SCRIPT.path}" defer></script>` : ''}
      </head>
      <body>
        <a class="skip" href="#main">Skip to main content</a>
        <header class="site">
          <div class="bar">
            <a class="brand" href="/" ${options.current === 'home' ? html` aria-current="page"` : ''}
              >${SITE_NAME} <span class="sr-only">home</span></a
            >
            <nav aria-label="Main">
              <ul>
                ${nav}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" tabindex="-1">${options.body}</main>
        <footer class="site">
          <div class="bar">
            <p>${MEDQUAD_CREDIT}</p>
            <p>
              This site gives general information, not medical advice. Please discuss it with your doctor.
            </p>
          </div>
        </footer>
      </body>
    </html>`;
  return doc.value;
}
