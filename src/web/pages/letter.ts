/** The instant-answer page: a reply letter as HTML, marked as assembled automatically and not reviewed. */
import type { LetterReference, LetterSection, ReplyLetter } from '../../compose/types.js';
import { formatDate, renderBlocks, renderOrganizations, renderReference } from '../blocks.js';
import { conditionPath, html, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import { collectionName } from '../sources.js';

const FLAG_NOTES: Record<string, string> = {
  no_answer:
    'No curated answer was found for this question: an information specialist would write this part.',
  partial: 'Partial answer: assembled from other articles about this condition.',
  pointer_only: 'The text of this answer is not kept here; the reference points to the source page.',
  no_focus: 'We could not tell which condition this question is about.',
  unknown_medicine: 'This question names a medicine our knowledge base does not hold.',
};

function renderSection(section: LetterSection, index: number, refCount: number): SafeHtml {
  const id = `section-${index + 1}`;
  const notes = section.flags.map((f) => FLAG_NOTES[f]).filter((n): n is string => !!n);
  return html`<section aria-labelledby="${id}-h">
    <h2 id="${id}-h">${section.heading}</h2>
    ${notes.map((n) => html`<p class="notice warn small">${n}</p>`)}
    ${renderBlocks(section.blocks, { prefix: 'letter-ref', count: refCount }, 3)}
    ${section.organizations.length ? renderOrganizations(section.organizations) : ''}
    ${section.lastUpdated ? html`<p class="source">Last updated: ${formatDate(section.lastUpdated)}</p>` : ''}
    ${section.focus ? html`<p class="small"><a href="${conditionPath(section.focus)}">More about this condition</a></p>` : ''}
  </section>`;
}

function renderLetterReference(ref: LetterReference): SafeHtml {
  const license = ref.license
    ? /MedQuAD/.test(ref.license)
      ? ref.license
      : `MedQuAD, ${ref.license}`
    : null;
  const credit = ref.collection
    ? html` <span class="muted"
        >(${collectionName(ref.collection)}${license ? html`; ${license}` : ''})</span
      >`
    : '';
  return html`<li id="letter-ref-${ref.n}">${renderReference(ref)}${credit}</li>`;
}

/** The letter as an HTML fragment (title, sections, closing, references). */
export function renderLetter(letter: ReplyLetter): SafeHtml {
  const refCount = letter.references.reduce((max, r) => Math.max(max, r.n), 0);
  return html`<div class="letter">
    <p class="muted small">${letter.centerName}</p>
    <p><strong>${letter.title}</strong></p>
    ${letter.sections.map((s, i) => renderSection(s, i, refCount))}
    <p>${letter.closing}</p>
    <p>${letter.signature}</p>
    <p class="small muted">${letter.disclaimer}</p>
    ${
      letter.references.length
        ? html`<h2 id="letter-refs-h">References</h2>
            <ol class="refs" aria-labelledby="letter-refs-h">
              ${[...letter.references].sort((a, b) => a.n - b.n).map(renderLetterReference)}
            </ol>`
        : ''
    }
  </div>`;
}

/** The form for a question (shown alone or above an answer). */
function answerForm(question: string): SafeHtml {
  return html`<form action="/answer" method="get">
    <div class="field">
      <label for="answer-q">Your question</label>
      <span class="hint" id="answer-q-hint"
        >Name the condition and ask what you want to know, for example how it is treated.</span
      >
      <textarea id="answer-q" name="q" rows="4" maxlength="5000" aria-describedby="answer-q-hint">
${question}</textarea>
    </div>
    <button type="submit">Get an instant answer</button>
  </form>`;
}

export function renderAnswerPage(question: string, letter: ReplyLetter | null): string {
  const body = html`<h1>Instant answer</h1>
    ${
      letter
        ? html`<p class="notice warn">
              <strong>Assembled automatically, not reviewed.</strong> This answer was put together by a
              computer from our knowledge base and no information specialist has checked it. For a reviewed
              reply, <a href="/ask">ask us</a>.
            </p>
            <p><strong>Your question:</strong> ${question}</p>
            ${renderLetter(letter)}
            <h2>Ask another question</h2>`
        : html`<p>
            Type a question about a rare disease to see what our knowledge base says. The answer is assembled
            automatically and not reviewed by a person.
          </p>`
    }
    ${answerForm(letter ? '' : question)}`;
  return page({ title: letter ? `Instant answer: ${letter.title}` : 'Instant answer', body, noindex: true });
}
