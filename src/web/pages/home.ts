/** The home page and the condition search page. */
import type { ConditionHit } from '../../app.js';
import { conditionPath, href, html, type SafeHtml } from '../html.js';
import { page } from '../layout.js';

/** The search form (with autocomplete when JavaScript runs). */
export function searchForm(query = ''): SafeHtml {
  return html`<form class="search" action="/search" method="get" role="search" aria-label="Conditions">
    <div class="field">
      <label for="q">Search for a condition</label>
      <span class="hint" id="q-hint"
        >By any of its names, for example “Parry-Romberg syndrome”. Spelling mistakes are fine.</span
      >
      <input
        type="search"
        id="q"
        name="q"
        value="${query}"
        aria-describedby="q-hint"
        data-suggest
        data-status="q-status"
        maxlength="300"
      />
      <span class="sr-only" role="status" aria-live="polite" id="q-status"></span>
    </div>
    <button type="submit">Search</button>
  </form>`;
}

export function renderHome(stats: { conditions: number; articles: number } | null): string {
  const body = html`<h1>Information about rare diseases, answered with sources</h1>
    <p>
      Look up a rare or genetic condition by any of its names, describe symptoms to see which conditions list
      them, or write to us: an information specialist reviews every reply.
    </p>
    ${searchForm()}
    <h2>Other ways to find answers</h2>
    <ul>
      <li><a href="/ask">Ask a question</a>: we send a referenced reply by email.</li>
      <li><a href="/symptoms">Search by symptoms</a>: for people who do not have a diagnosis yet.</li>
      <li>
        <a href="/answer">Get an instant answer</a>: an automatically assembled, unreviewed answer from our
        knowledge base.
      </li>
    </ul>
    ${stats ? html`<p class="muted small">The knowledge base holds ${stats.conditions.toLocaleString('en-US')} conditions and ${stats.articles.toLocaleString('en-US')} articles.</p>` : ''}`;
  return page({
    title: 'Rare disease information desk',
    description: 'Look up rare diseases by any name, search by symptoms, and ask an information specialist.',
    body,
    script: true,
    current: 'home',
  });
}

/** Whether the text reads like a question rather than a name: then we offer an instant answer. */
export function looksLikeQuestion(text: string): boolean {
  const t = text.trim().toLowerCase();
  return (
    t.includes('?') ||
    /^(what|how|why|when|where|who|which|is|are|can|could|does|do|should|will|would|my|i)\b/.test(t) ||
    t.split(/\s+/).length >= 7
  );
}

export function renderSearch(query: string, hits: ConditionHit[]): string {
  const answerLink = html`<p class="notice">
    Looking for an answer to a question?
    <a href="${href('/answer', { q: query })}">Get an instant answer to “${query}”</a>.
  </p>`;
  const body = html`<h1>Search conditions</h1>
    ${searchForm(query)}
    ${
      query
        ? html`${looksLikeQuestion(query) ? answerLink : ''}
            <h2 id="results-h">
              ${hits.length ? `${hits.length} condition${hits.length === 1 ? '' : 's'} found for “${query}”` : `No condition found for “${query}”`}
            </h2>
            ${
              hits.length
                ? html`<ol class="results" aria-labelledby="results-h">
                    ${hits.map(
                      (hit) =>
                        html`<li>
                          <a class="name" href="${conditionPath(hit.condition.id)}"
                            >${hit.condition.preferredName}</a
                          >
                          ${hit.matchedName.toLowerCase() !== hit.condition.preferredName.toLowerCase() ? html`<br /><span class="muted">Matched name: ${hit.matchedName}</span>` : ''}
                          ${hit.summary ? html`<br />${hit.summary}` : ''}
                        </li>`,
                    )}
                  </ol>`
                : html`<p>
                      Check the spelling, try another name, or
                      <a href="${href('/symptoms', { q: query })}">search by symptoms</a>.
                    </p>
                    ${looksLikeQuestion(query) ? '' : answerLink}`
            }`
        : ''
    }`;
  return page({
    title: query ? `Search: ${query}` : 'Search conditions',
    body,
    script: true,
    current: 'search',
    noindex: !!query,
  });
}
