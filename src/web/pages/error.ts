/** Error pages for people (the API answers errors as JSON instead). */
import { html } from '../html.js';
import { page } from '../layout.js';
import { searchForm } from './home.js';

const TITLES: Record<number, string> = {
  400: 'Something in the request was not right',
  404: 'Page not found',
  413: 'What you sent is too long',
  429: 'Too many requests',
  500: 'Something went wrong on our side',
  503: 'The service is starting up or unavailable',
};

export function renderErrorPage(status: number, message: string): string {
  const title = TITLES[status] ?? 'Something went wrong';
  const body = html`<h1>${title}</h1>
    <p>${message}</p>
    ${
      status === 404
        ? html`<p>Try searching for the condition:</p>
            ${searchForm()}`
        : ''
    }
    <p><a href="/">Go to the home page</a></p>`;
  return page({ title, body, script: status === 404, noindex: true });
}
