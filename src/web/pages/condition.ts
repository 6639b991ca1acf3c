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
    const key = n.name.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(n.name);
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

/** One article inside a section: its answer (or a link to the source page), references, date, credit. */
function renderArticle(article: Article, condition: Condition, showSource: boolean, level: number): SafeHtml {
  const refPrefix = `ref-${article.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const site = collectionName(article.provenance.collection);
  const body = article.hasAnswer
    ? articleBody(article, condition.preferredName, level + 1, refPrefix)
    : html`<p>
        The text of this answer is not kept here (its publisher does not allow copies).
        ${article.provenance.url ? html`<a href="${article.provenance.url}">Read “${article.question}” on ${site}</a>.` : html`Look for it on ${site}.`}
      </p>`;
  return html`<div class="answer">
    ${showSource ? html`<h${level}>From ${site}</h${level}>` : ''} ${body}
    ${renderReferences(article.references, refPrefix)}
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

/** Renders the whole condition page. */
export function renderConditionPage(data: ConditionRecord): string {
  const { condition, organizations, related, summary, published } = data;
  const name = condition.preferredName;
  const names = otherNames(condition);
  const sections = sectionsOf(data.articles, organizations.length > 0 || condition.kind === 'disease');
  const body = html` <h1>${name}</h1>
    ${names.length ? html`<p class="also"><strong>Also known as:</strong> ${names.join('; ')}</p>` : ''}
    ${summary ? html`<p>${summary}</p>` : ''}
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
          ${s.articles.map((a) => renderArticle(a, condition, s.articles.length > 1, 3))}
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
