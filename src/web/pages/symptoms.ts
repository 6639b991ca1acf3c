/** Symptom search: symptoms in a person's own words → conditions whose symptom lists match, explained. */
import type { SymptomMatch } from '../../app.js';
import { conditionPath, html } from '../html.js';
import { page } from '../layout.js';

/** The note every symptom search carries (page and API). */
export const NOT_A_DIAGNOSIS_TEXT =
  'This is not a diagnosis. It lists conditions whose known symptoms resemble what you describe, as information to ' +
  'talk about with a doctor. Many common conditions share these symptoms, and only a doctor who examines a person ' +
  'can say what they have.';

const NOT_A_DIAGNOSIS = html`<div class="notice warn" id="not-a-diagnosis">
  <p>
    <strong>This is not a diagnosis.</strong>
    ${NOT_A_DIAGNOSIS_TEXT.replace(/^This is not a diagnosis\. /, '')}
  </p>
</div>`;

function howOften(frequency: string | null): string {
  return frequency ? `seen in about ${frequency} of people with it` : 'how often is not known';
}

export function renderSymptoms(text: string, results: SymptomMatch[]): string {
  const body = html`<h1>Search by symptoms</h1>
    ${NOT_A_DIAGNOSIS}
    <form action="/symptoms" method="get">
      <div class="field">
        <label for="symptoms">Describe the symptoms</label>
        <span class="hint" id="symptoms-hint"
          >In your own words, separated by commas or on separate lines, for example: “seizures, one side of
          the face is shrinking”.</span
        >
        <textarea id="symptoms" name="q" rows="4" maxlength="2000" aria-describedby="symptoms-hint">
${text}</textarea>
      </div>
      <button type="submit">Find conditions</button>
    </form>
    ${
      text.trim()
        ? html`<h2 id="results-h">
              ${results.length ? `Conditions whose symptom lists match best` : 'No condition lists these symptoms'}
            </h2>
            ${
              results.length
                ? html`<p class="muted small">
                      Ranked by how many of the symptoms match, how specific each symptom is, and how often it
                      is seen in the condition.
                    </p>
                    <ol class="results" aria-labelledby="results-h">
                      ${results.map(
                        (r) =>
                          html`<li>
                            <a class="name" href="${conditionPath(r.condition.id)}"
                              >${r.condition.preferredName}</a
                            >
                            <ul class="small">
                              ${r.matched.map((m) => html`<li>“${m.query}” matches <strong>${m.phenotype}</strong> (${howOften(m.frequency)})</li>`)}
                            </ul>
                            ${r.unmatched.length ? html`<p class="small muted">Not in its symptom list: ${r.unmatched.map((u) => `“${u}”`).join(', ')}</p>` : ''}
                          </li>`,
                      )}
                    </ol>`
                : html`<p>
                    Try other words for the symptoms (for example “seizures” instead of “funny turns”), or
                    <a href="/ask">ask an information specialist</a>.
                  </p>`
            }`
        : ''
    }`;
  return page({
    title: text.trim() ? 'Symptom search results' : 'Search by symptoms',
    body,
    current: 'symptoms',
    noindex: !!text.trim(),
  });
}
