/**
 * The "Ask a question" form and its confirmation page. Errors are shown next to each field (and
 * listed at the top); everything the person typed is put back into the form.
 */
import { html, type SafeHtml } from '../html.js';
import { page } from '../layout.js';

export interface AskValues {
  name: string;
  email: string;
  subject: string;
  message: string;
  consent: boolean;
}

export type AskField = keyof AskValues;
export type AskErrors = Partial<Record<AskField, string>>;

export const EMPTY_ASK: AskValues = { name: '', email: '', subject: '', message: '', consent: false };

const FIELD_ORDER: AskField[] = ['name', 'email', 'subject', 'message', 'consent'];

function describedBy(field: AskField, hint: boolean, errors: AskErrors): SafeHtml {
  const ids = [hint ? `${field}-hint` : null, errors[field] ? `${field}-error` : null].filter(Boolean);
  return ids.length ? html` aria-describedby="${ids.join(' ')}"` : html``;
}

function errorText(field: AskField, errors: AskErrors): SafeHtml | '' {
  const message = errors[field];
  return message
    ? html`<span class="error-text" id="${field}-error"><span class="sr-only">Error: </span>${message}</span>`
    : '';
}

function invalid(field: AskField, errors: AskErrors): SafeHtml | '' {
  return errors[field] ? html` aria-invalid="true"` : '';
}

function textField(
  field: 'name' | 'email' | 'subject',
  label: string,
  hint: string | null,
  values: AskValues,
  errors: AskErrors,
  attrs: SafeHtml,
): SafeHtml {
  return html`<div class="field${errors[field] ? ' invalid' : ''}">
    <label for="${field}">${label}</label>
    ${hint ? html`<span class="hint" id="${field}-hint">${hint}</span>` : ''} ${errorText(field, errors)}
    <input
      id="${field}"
      name="${field}"
      value="${values[field]}"
      ${describedBy(field, !!hint, errors)}${invalid(field, errors)}${attrs}
    />
  </div>`;
}

export function renderAskForm(values: AskValues, errors: AskErrors): string {
  const fields = FIELD_ORDER.filter((f) => errors[f]);
  const body = html`<h1>Ask a question</h1>
    ${
      fields.length
        ? html`<div class="error-summary" role="alert" aria-labelledby="error-summary-h">
            <h2 id="error-summary-h">
              There ${fields.length === 1 ? 'is a problem' : `are ${fields.length} problems`} with your
              question
            </h2>
            <ul>
              ${fields.map((f) => html`<li><a href="#${f}">${errors[f]}</a></li>`)}
            </ul>
          </div>`
        : ''
    }
    <p>
      An information specialist will send you a reply by email with information from trusted sources, usually
      within a few working days. We do not give medical advice; please also talk to your doctor.
    </p>
    <form action="/ask" method="post" novalidate>
      ${textField('name', 'Your name (optional)', null, values, errors, html` type="text" autocomplete="name" maxlength="200"`)}
      ${textField('email', 'Your email address', 'We send the reply here. We never show it publicly.', values, errors, html` type="email" autocomplete="email" required aria-required="true" maxlength="254"`)}
      ${textField('subject', 'Subject', 'The condition you are asking about, if you know it.', values, errors, html` type="text" maxlength="300"`)}
      <div class="field${errors.message ? ' invalid' : ''}">
        <label for="message">Your question</label>
        <span class="hint" id="message-hint"
          >Tell us what you would like to know. Please do not include details you would not want a specialist
          to read.</span
        >
        ${errorText('message', errors)}
        <textarea
          id="message"
          name="message"
          rows="8"
          required
          aria-required="true"
          maxlength="20000"
          ${describedBy('message', true, errors)}${invalid('message', errors)}
        >
${values.message}</textarea>
      </div>
      <div class="field${errors.consent ? ' invalid' : ''}">
        ${errorText('consent', errors)}
        <div class="check">
          <input
            type="checkbox"
            id="consent"
            name="consent"
            value="yes"
            required
            aria-required="true"
            ${values.consent ? html` checked` : ''}${describedBy('consent', false, errors)}${invalid('consent', errors)}
          />
          <label for="consent"
            >I agree that the desk stores my question and contacts me by email about it.</label
          >
        </div>
      </div>
      <button type="submit">Send my question</button>
    </form>`;
  return page({ title: fields.length ? 'Error: Ask a question' : 'Ask a question', body, current: 'ask' });
}

export function renderAskConfirmation(reference: string): string {
  const body = html`<h1>Thank you, we received your question</h1>
    <div class="notice" role="status">
      <p>Your reference number is <strong id="reference">${reference}</strong>.</p>
    </div>
    <p>
      An information specialist will review your question and send you a reply by email. Please quote the
      reference number if you write to us again about it.
    </p>
    <p><a href="/">Back to the home page</a> · <a href="/search">Search conditions</a></p>`;
  return page({ title: 'Question received', body, current: 'ask', noindex: true });
}
