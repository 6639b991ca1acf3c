/**
 * The condition page: every name, the summary, one section per question type in the fixed
 * `CONDITION_PAGE_ORDER` (canonical question as heading, answer, numbered references, "Last
 * updated", source and license), the symptom table, organizations and finding specialists, and
 * related conditions.
 */
import {
  CONDITION_PAGE_ORDER,
  QUESTION_TYPE_LABELS,
  canonicalQuestion,
  type Article,
  type Block,
  type Condition,
  type Phenotype,
  type QuestionType,
} from '../../kb/index.js';
import { formatDate, renderBlocks, renderOrganizations, renderReferences } from '../blocks.js';
import { conditionPath, href, html, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import type { ConditionRecord } from '../site-data.js';
import type { PublishedQa } from '../../store/types.js';
import { collectionName, sourceCredit } from '../sources.js';

/** Collections in the order their articles appear within a section: the rare-disease sources first. */
const COLLECTION_ORDER = [
  'curated',
  'GARD',
  'GHR',
  'NINDS',
  'NIDDK',
  'NHLBI',
  'CancerGov',
  'MPlusHealthTopics',
];

function collectionRank(collection: string): number {
  const i = COLLECTION_ORDER.indexOf(collection);
  return i === -1 ? COLLECTION_ORDER.length : i;
}

/** Other names, without repeats that differ only in case or punctuation. */
function otherNames(condition: Condition): string[] {
  const seen = new Set([condition.preferredName.toLowerCase().replace(/[^a-z0-9]/g, '')]);
  const out: string[] = [];
  for (const n of condition.names) {
    if (n.source === 'medquad-gene') continue;
    const key = n.name.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(n.name.charAt(0).toUpperCase() + n.name.slice(1));
  }
  return out;
}

/** The HPO symptom rows as a table, most frequent first (unknown frequencies last). */
function phenotypeTable(rows: readonly Phenotype[], name: string): SafeHtml {
  const sorted = [...rows].sort((a, b) => (b.frequencyValue ?? -1) - (a.frequencyValue ?? -1));
  return html`<div class="table-wrap">
    <table>
      <caption class="small muted">
        Signs and symptoms of ${name} listed by the Human Phenotype Ontology, with how often each is seen when
        known
      </caption>
      <thead>
        <tr>
          <th scope="col">Sign or symptom</th>
          <th scope="col">Approximate share of patients</th>
        </tr>
      </thead>
      <tbody>
        ${sorted.map(
          (r) =>
            html`<tr>
              <td>${r.name}</td>
              <td>${r.frequency ?? html`<span class="muted">not known</span>`}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** The article's blocks, with the imported symptom table replaced by the structured one. */
function articleBody(
  article: Article,
  conditionName: string,
  headingLevel: number,
  refPrefix: string,
): SafeHtml {
  const citations = { prefix: refPrefix, count: article.references.length };
  if (article.phenotypes.length === 0) return renderBlocks(article.blocks, citations, headingLevel);
  const parts: SafeHtml[] = [];
  let pending: Block[] = [];
  let tableShown = false;
  const flush = () => {
    parts.push(renderBlocks(pending, citations, headingLevel));
    pending = [];
  };
  for (const block of article.blocks) {
    if (block.type === 'table' && !tableShown) {
      flush();
      parts.push(phenotypeTable(article.phenotypes, conditionName));
      tableShown = true;
    } else pending.push(block);
  }
  flush();
  if (!tableShown) parts.push(phenotypeTable(article.phenotypes, conditionName));
  return html`${parts}`;
}

/** Path of an article's own page. */
export function articlePath(article: Article): string {
  return `${conditionPath(article.conditionId)}/articles/${encodeURIComponent(article.id)}`;
}

interface ArticleView {
  /** Heading "From <site>" above the article (when a section holds several). */
  showSource: boolean;
  /** Heading level of that heading; headings inside the answer come one level below. */
  level: number;
  /** Only the first paragraph and a link to the article's own page (keeps big pages small). */
  compact: boolean;
}

/** Whether an article has answer text to show (else: a link to the source page, never an empty answer). */
function hasText(article: Article): boolean {
  return article.hasAnswer && article.blocks.length > 0;
}

/** One article inside a section: its answer (or a link to the source page), references, date, credit. */
function renderArticle(article: Article, condition: Condition, view: ArticleView): SafeHtml {
  const refPrefix = `ref-${article.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const site = collectionName(article.provenance.collection);
  const first = article.blocks.find((b) => b.type === 'paragraph') ?? article.blocks[0];
  let body: SafeHtml;
  if (!hasText(article)) {
    body = html`<p>
      We do not have the text of this answer.
      ${
        article.provenance.url
          ? html`<a href="${article.provenance.url}">Read “${article.question}” on ${site}</a>.`
          : html`Look for it on ${site}.`
      }
    </p>`;
  } else if (view.compact && first) {
    body = html`${renderBlocks([first], null, view.level + 1)}
      <p>
        <a href="${articlePath(article)}"
          >Read the whole answer<span class="sr-only">: ${article.question}</span></a
        >
      </p>`;
  } else {
    body = articleBody(article, condition.preferredName, view.level + 1, refPrefix);
  }
  const level = view.level;
  return html`<div class="answer">
    ${view.showSource ? html`<h${level}>From ${site}</h${level}>` : ''} ${body}
    ${view.compact ? '' : renderReferences(article.references, refPrefix)}
    <p class="source">
      Last updated: ${formatDate(article.lastUpdated)}. ${sourceCredit(article.provenance)}
    </p>
  </div>`;
}

/** General guidance on finding specialists, shown with the condition's organizations. */
function specialistGuidance(condition: Condition): SafeHtml {
  return html`<p>
    A genetics clinic or a genetic counselor can help find doctors who know this condition. Directories:
    <a href="https://findageneticcounselor.nsgc.org/">Find a Genetic Counselor</a> (National Society of
    Genetic Counselors), <a href="https://www.orpha.net/">Orphanet</a> expert centres, and studies of
    ${condition.preferredName} on
    <a href="${href('https://clinicaltrials.gov/search', { cond: condition.preferredName })}"
      >ClinicalTrials.gov</a
    >. You can also <a href="/ask">ask us a question</a>.
  </p>`;
}

/** Questions answered at the desk and published (already stripped of personal details by a specialist). */
function renderPublished(items: readonly PublishedQa[]): SafeHtml {
  return html`<section aria-labelledby="published-h">
    <h2 id="published-h">Questions answered by our information specialists</h2>
    ${items.map((qa) => {
      const prefix = `qa-${qa.id}`;
      return html`<div class="answer">
        <h3>${qa.question}</h3>
        ${renderBlocks(qa.answer.blocks, { prefix, count: qa.answer.references.length }, 4)}
        ${renderReferences(qa.answer.references, prefix)}
        <p class="source">Answered by the desk; published ${formatDate(qa.publishedAt)}.</p>
      </div>`;
    })}
  </section>`;
}

interface Section {
  type: QuestionType;
  articles: Article[];
}

/** Sections in page order; finding specialists is always there for diseases (organizations, guidance). */
function sectionsOf(articles: readonly Article[], withSpecialists: boolean): Section[] {
  const byType = new Map<QuestionType, Article[]>();
  for (const a of articles) {
    const list = byType.get(a.questionType);
    if (list) list.push(a);
    else byType.set(a.questionType, [a]);
  }
  const sections: Section[] = [];
  for (const type of CONDITION_PAGE_ORDER) {
    const list = byType.get(type) ?? [];
    if (list.length === 0 && !(type === 'find_specialist' && withSpecialists)) continue;
    list.sort(
      (a, b) =>
        collectionRank(a.provenance.collection) - collectionRank(b.provenance.collection) ||
        a.id.localeCompare(b.id),
    );
    sections.push({ type, articles: list });
  }
  return sections;
}

/**
 * Largest HTML of a condition page before its answers are shortened to their first paragraph
 * (with links to each article's page), so that HTML + CSS + JS stay under 100 kB.
 */
export const PAGE_HTML_BUDGET = 85_000;

/** Renders the whole condition page (shortened when the full one would be over the budget). */
export function renderConditionPage(data: ConditionRecord): string {
  const full = conditionPage(data, false);
  return full.length <= PAGE_HTML_BUDGET ? full : conditionPage(data, true);
}

function conditionPage(data: ConditionRecord, compact: boolean): string {
  const { condition, organizations, related, summary, published } = data;
  const name = condition.preferredName;
  const names = otherNames(condition);
  // (the genes GHR's answer names as its cause: a name of the gene, not of the condition)
  const genes = condition.names.filter((n) => n.source === 'medquad-gene').map((n) => n.name);
  const sections = sectionsOf(data.articles, organizations.length > 0 || condition.kind === 'disease');
  const body = html` <h1>${name}</h1>
    ${names.length ? html`<p class="also"><strong>Also known as:</strong> ${names.join('; ')}</p>` : ''}
    ${genes.length ? html`<p class="also"><strong>Genes:</strong> ${genes.join(', ')}</p>` : ''}
    ${summary ? html`<p>${summary}</p>` : ''}
    ${
      compact
        ? html`<p class="notice small">
            There is a lot to read about ${name}: each answer shows its first paragraph, with a link to the
            whole answer.
          </p>`
        : ''
    }
    ${
      sections.length > 1
        ? html`<nav class="toc" aria-label="On this page">
            <ul>
              ${sections.map((s) => html`<li><a href="#${s.type}">${QUESTION_TYPE_LABELS[s.type]}</a></li>`)}
            </ul>
          </nav>`
        : ''
    }
    ${
      sections.length === 0
        ? html`<p>
            We have no articles about ${name} yet. <a href="/ask">Ask us a question</a> and an information
            specialist will answer.
          </p>`
        : ''
    }
    ${sections.map(
      (s) =>
        html`<section class="qa" id="${s.type}" aria-labelledby="${s.type}-h">
          <h2 id="${s.type}-h">${canonicalQuestion(s.type, name)}</h2>
          ${s.articles.map((a) => renderArticle(a, condition, { showSource: s.articles.length > 1, level: 3, compact }))}
          ${
            s.type === 'find_specialist'
              ? html`${
                  organizations.length
                    ? html`<h3>Organizations</h3>
                        ${renderOrganizations(organizations)}`
                    : ''
                }${specialistGuidance(condition)}`
              : ''
          }
        </section>`,
    )}
    ${published.length ? renderPublished(published) : ''}
    ${
      related.length
        ? html`<section aria-labelledby="related-h">
            <h2 id="related-h">Related conditions</h2>
            <ul>
              ${related.map((r) => html`<li><a href="${conditionPath(r.id)}">${r.name}</a> <span class="muted small">(shares ${r.reason})</span></li>`)}
            </ul>
          </section>`
        : ''
    }
    <p class="small muted">
      Condition id:
      ${condition.id}${condition.xrefs.length ? html`; also ${condition.xrefs.map((x) => `${x.db}:${x.id}`).join(', ')}` : ''}.
      Have a question this page does not answer? <a href="/ask">Ask us</a>.
    </p>`;
  return page({
    title: name,
    description: summary ?? `Information about ${name}: symptoms, cause, treatment and where to find help.`,
    body,
  });
}

/** One article on its own page (linked from shortened condition pages). */
export function renderArticlePage(condition: Condition, article: Article): string {
  const body = html`<p class="small">
      <a href="${conditionPath(condition.id)}">${condition.preferredName}</a>
    </p>
    <h1>${article.question}</h1>
    ${renderArticle(article, condition, { showSource: false, level: 2, compact: false })}`;
  return page({ title: article.question, body });
}
