/**
 * Every page and API route of the public website, in-process (`webApp.request`, no port), over the
 * real knowledge base (a private copy: the ask form and the inquiries API write to it).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Hono } from 'hono';
import type { App } from '../../src/app.js';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { ReplyLetter } from '../../src/compose/types.js';
import { CONDITION_PAGE_ORDER } from '../../src/kb/index.js';
import type { Analysis } from '../../src/understand/index.js';
import type { Store } from '../../src/store/index.js';
import { createWebApp, type RequestLogEntry } from '../../src/web/index.js';
import { openTestKbCopy } from '../support/kb.js';

const PHA = 'GARD:7338'; // progressive hemifacial atrophy / Parry-Romberg syndrome
const PHA_PATH = `/conditions/${encodeURIComponent(PHA)}`;
const EXAMPLE_QUESTION =
  'I have a friend who is affected by progressive hemifacial atrophy. How is this condition treated? How can I locate doctors who are familiar with the management of this condition?';

let store: Store;
let app: App;
let web: Hono;
const logs: RequestLogEntry[] = [];

before(async () => {
  store = await openTestKbCopy();
  app = await createApp(loadConfig(), store);
  web = createWebApp(app, { log: (entry) => logs.push(entry), maxBodyBytes: 64 * 1024 });
});

after(async () => {
  await app.close();
  await store.close();
});

async function get(path: string): Promise<{ status: number; body: string; type: string }> {
  const res = await web.request(path);
  return { status: res.status, body: await res.text(), type: res.headers.get('content-type') ?? '' };
}

/** An API error body. */
interface ApiError {
  error: { code: string; message: string; field?: string };
}

/** POSTs JSON (a string is sent as is, to test malformed bodies); `T` is the expected answer's shape. */
async function postJson<T = ApiError>(path: string, body: unknown): Promise<{ status: number; json: T }> {
  const res = await web.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as T };
}

async function postForm(
  path: string,
  fields: Record<string, string>,
): Promise<{ status: number; body: string }> {
  const res = await web.request(path, { method: 'POST', body: new URLSearchParams(fields) });
  return { status: res.status, body: await res.text() };
}

/** Bytes of a page plus the stylesheet and script it links to. */
async function pageWeight(body: string): Promise<number> {
  let total = Buffer.byteLength(body);
  for (const [, asset] of body.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)) {
    total += Buffer.byteLength(await (await web.request(asset)).text());
  }
  return total;
}

/** Basic accessibility structure every page must have. */
function assertPageStructure(body: string): void {
  assert.match(body, /<html lang="en">/);
  assert.match(body, /<a class="skip" href="#main">Skip to main content<\/a>/);
  assert.equal(body.match(/<main\b/g)?.length, 1, 'one main landmark');
  assert.equal(body.match(/<h1\b/g)?.length, 1, 'one h1');
  assert.match(body, /<title>[^<]+<\/title>/);
  assert.match(body, /MedQuAD/, 'credits MedQuAD in the footer');
}

void describe('pages', () => {
  void test('home: what the desk is, a search box with a label, ask link, under 100 kB', async () => {
    const { status, body, type } = await get('/');
    assert.equal(status, 200);
    assert.match(type, /text\/html/);
    assertPageStructure(body);
    assert.match(body, /<label for="q">/);
    assert.match(body, /href="\/ask"/);
    assert.match(body, /data-suggest/);
    assert.ok((await pageWeight(body)) < 100_000);
  });

  void test('search: a misspelled name finds the condition with the matched name and a summary', async () => {
    const { status, body } = await get('/search?q=parry+romburg');
    assert.equal(status, 200);
    assertPageStructure(body);
    const first = /<ol class="results"[^>]*>\s*<li>([\s\S]*?)<\/li>/.exec(body)?.[1] ?? '';
    assert.match(first, new RegExp(`href="${PHA_PATH}"`), 'the first result is GARD 7338');
    assert.match(first, /Matched name: Parry-Romberg/i);
    assert.match(first, /half of the face/, 'one-line summary from "What is it?"');
    assert.doesNotMatch(body, /instant answer/i, 'a name is not offered as a question');
  });

  void test('search: a free-text question gets a link to the instant answer', async () => {
    const q = 'how is progressive hemifacial atrophy treated?';
    const { body } = await get(`/search?q=${encodeURIComponent(q)}`);
    assert.ok(
      body.includes(`href="/answer?q=${encodeURIComponent(q).replace(/%20/g, '+')}"`),
      'links /answer?q=',
    );
  });

  void test('search: what people type is escaped, never run', async () => {
    const { body } = await get(`/search?q=${encodeURIComponent('<script>alert(1)</script>')}`);
    assert.doesNotMatch(body, /<script>alert/);
    assert.match(body, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  });

  void test('search without a query shows the form only', async () => {
    const { status, body } = await get('/search');
    assert.equal(status, 200);
    assert.doesNotMatch(body, /results-h/);
  });

  void test('condition page: names, sections in page order, canonical questions, dates, credits, symptom table', async () => {
    const { status, body } = await get(PHA_PATH);
    assert.equal(status, 200);
    assertPageStructure(body);
    assert.match(body, /Also known as:<\/strong>[^<]*Parry-Romberg syndrome/);
    const ids = [...body.matchAll(/<section class="qa" id="([a-z_]+)"/g)].map((m) => m[1]);
    assert.ok(ids.includes('information') && ids.includes('symptoms') && ids.includes('treatment'));
    const order = ids.map((id) => CONDITION_PAGE_ORDER.indexOf(id as never));
    assert.deepEqual(
      order,
      [...order].sort((a, b) => a - b),
      'sections follow CONDITION_PAGE_ORDER',
    );
    assert.match(body, /<h2 id="treatment-h">How might [^<]+ be treated\?<\/h2>/);
    assert.match(body, /Last updated: /);
    assert.match(
      body,
      /Source: MedQuAD \(CC BY 4\.0\), from <a href="https:\/\/rarediseases\.info\.nih\.gov\/gard\/7338/,
    );
    // the symptom rows as a table, with frequencies
    assert.match(body, /<td>Seizures<\/td>\s*<td>50%<\/td>/);
    assert.match(body, /<td>Irregular hyperpigmentation<\/td>\s*<td>90%<\/td>/);
    // MedQuAD kept only the heading of the treatment answer: a link to the source page, not an empty answer
    const treatment = /<section class="qa" id="treatment"[\s\S]*?<\/section>/.exec(body)?.[0] ?? '';
    assert.match(
      treatment,
      /We do not have the text of this answer\.\s*<a href="https:\/\/rarediseases\.info\.nih\.gov\//,
    );
    // finding specialists is always there for a disease
    assert.match(body, /id="find_specialist-h">How can I find physicians who are knowledgeable about/);
    assert.ok((await pageWeight(body)) < 100_000);
  });

  void test('condition page: the genes its GHR answer names as the cause, apart from its other names', async () => {
    const { status, body } = await get(`/conditions/${encodeURIComponent('GARD:6975')}`);
    assert.equal(status, 200);
    assert.match(body, /<strong>Genes:<\/strong> FBN1/);
    assert.doesNotMatch(body, /Also known as:<\/strong>[^<]*FBN1/);
  });

  void test('condition page: percent-encoded and plain ids both work', async () => {
    assert.equal((await get(`/conditions/${PHA}`)).status, 200);
  });

  void test('condition page: related conditions sharing a name link to each other', async () => {
    // GARD 5658 and GARD 1467 both carry the name "11-beta-hydroxylase deficiency" (gard.tsv synonyms).
    const { body } = await get('/conditions/GARD%3A5658');
    const related = /<section aria-labelledby="related-h">[\s\S]*?<\/section>/.exec(body)?.[0] ?? '';
    assert.match(related, /href="\/conditions\/GARD%3A1467"/);
  });

  void test('condition page: the biggest condition stays under 100 kB, answers shortened with links', async () => {
    // UMLS:C0006142 (breast cancer) has 84 articles, about 245 kB of content.
    const { status, body } = await get('/conditions/UMLS%3AC0006142');
    assert.equal(status, 200);
    assert.ok((await pageWeight(body)) < 100_000);
    const link = /href="(\/conditions\/UMLS%3AC0006142\/articles\/[^"]+)"/.exec(body)?.[1];
    assert.ok(link, 'links to whole answers');
    const article = await get(link);
    assert.equal(article.status, 200);
    assert.match(article.body, /Source: MedQuAD/);
  });

  void test('article page of another condition is 404', async () => {
    assert.equal((await get(`${PHA_PATH}/articles/GARD_0000001_Sec1`)).status, 404);
  });

  void test('unknown condition: 404 page', async () => {
    const { status, body } = await get('/conditions/GARD%3A99999999');
    assert.equal(status, 404);
    assert.match(body, /Page not found/);
  });

  void test('unknown page: 404 page with a search box', async () => {
    const { status, body } = await get('/no/such/page');
    assert.equal(status, 404);
    assert.match(body, /<label for="q">/);
  });

  void test('symptom search: lay words find the condition, explained, with a not-a-diagnosis note', async () => {
    const { status, body } = await get(
      `/symptoms?q=${encodeURIComponent('seizures, one side of the face is shrinking')}`,
    );
    assert.equal(status, 200);
    assertPageStructure(body);
    assert.match(body, /This is not a diagnosis\./);
    const top = [...body.matchAll(/<a class="name" href="([^"]+)"/g)].slice(0, 5).map((m) => m[1]);
    assert.ok(top.includes(PHA_PATH), `GARD 7338 among the first five: ${top.join(', ')}`);
    assert.match(body, /“one side of the face is shrinking” matches <strong>Hemifacial atrophy<\/strong>/);
    assert.match(
      body,
      /“seizures” matches <strong>Seizures<\/strong> \(seen in about 50% of people with it\)/,
    );
  });

  void test('symptom search without text shows the form and the note', async () => {
    const { body } = await get('/symptoms');
    assert.match(body, /<label for="symptoms">/);
    assert.match(body, /not a diagnosis/);
  });

  void test('instant answer: the letter as HTML, marked assembled automatically and not reviewed', async () => {
    const { status, body } = await get(`/answer?q=${encodeURIComponent(EXAMPLE_QUESTION)}`);
    assert.equal(status, 200);
    assertPageStructure(body);
    assert.match(body, /Assembled automatically, not reviewed\./);
    assert.match(body, /<h2 id="section-1-h">How might [^<]+ be treated\?<\/h2>/i);
    assert.match(
      body,
      /<h2 id="section-2-h">How can I find physicians who are knowledgeable about [^<]+\?<\/h2>/i,
    );
    assert.ok((await pageWeight(body)) < 100_000);
  });

  void test('instant answer without a question shows the form', async () => {
    const { status, body } = await get('/answer');
    assert.equal(status, 200);
    assert.match(body, /<label for="answer-q">Your question<\/label>/);
  });

  void test('API docs page lists every operation', async () => {
    const { status, body } = await get('/api/docs');
    assert.equal(status, 200);
    assertPageStructure(body);
    for (const op of [
      'GET /api/conditions',
      'GET /api/conditions/{id}',
      'POST /api/analyze',
      'POST /api/answer',
      'POST /api/inquiries',
    ]) {
      assert.ok(body.includes(`<code>${op}</code>`), op);
    }
  });

  void test('assets: stylesheet and script, cached for good', async () => {
    const home = (await get('/')).body;
    const css = /href="(\/assets\/site\.[0-9a-f]+\.css)"/.exec(home)?.[1];
    const js = /src="(\/assets\/suggest\.[0-9a-f]+\.js)"/.exec(home)?.[1];
    assert.ok(css && js);
    const res = await web.request(css);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/css/);
    assert.match(res.headers.get('cache-control') ?? '', /immutable/);
    assert.match(await res.text(), /:focus-visible/);
    assert.match((await web.request(js)).headers.get('content-type') ?? '', /javascript/);
  });

  void test('security headers: a content policy without inline scripts', async () => {
    const res = await web.request('/');
    assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  });

  void test('the staff console is mounted at /staff and sends visitors to its login', async () => {
    const res = await web.request('/staff/');
    assert.ok([302, 303].includes(res.status), `status ${res.status}`);
    assert.match(res.headers.get('location') ?? '', /\/staff\/login/);
  });
});

void describe('ask a question', () => {
  void test('the form: every field labelled, email and message required', async () => {
    const { status, body } = await get('/ask');
    assert.equal(status, 200);
    assertPageStructure(body);
    for (const field of ['name', 'email', 'subject', 'message', 'consent'])
      assert.match(body, new RegExp(`<label for="${field}"\\s*>`));
    assert.match(body, /id="email"[^>]*required/);
  });

  void test('errors are shown next to each field and nothing typed is lost', async () => {
    const { status, body } = await postForm('/ask', {
      name: 'Ann Example',
      email: 'not-an-email',
      subject: 'Progressive hemifacial atrophy',
      message: 'How is it <treated>?',
    });
    assert.equal(status, 400);
    assert.match(body, /<title>Error: /);
    assert.match(body, /class="error-summary"/);
    assert.match(body, /id="email-error">[\s\S]*?Enter an email address in the correct format/);
    assert.match(body, /id="consent-error">[\s\S]*?Tick the box/);
    assert.match(body, /id="email"[^>]*aria-invalid="true"/);
    assert.match(body, /aria-describedby="email-hint email-error"/);
    // what was typed is back in the form (escaped)
    assert.match(body, /value="Ann Example"/);
    assert.match(body, /value="not-an-email"/);
    assert.match(body, /value="Progressive hemifacial atrophy"/);
    assert.match(body, />\s*How is it &lt;treated&gt;\?<\/textarea>/);
    assert.doesNotMatch(body, /id="name-error"/, 'the optional name has no error');
  });

  void test('an empty message is an error next to the message field', async () => {
    const { status, body } = await postForm('/ask', {
      email: 'ann@example.org',
      message: '   ',
      consent: 'yes',
    });
    assert.equal(status, 400);
    assert.match(body, /id="message-error">[\s\S]*?Enter your question/);
    assert.match(body, /value="ann@example.org"/);
    assert.match(body, /id="consent"[^>]*checked/);
  });

  void test('a valid question: confirmation with the reference; stored, analyzed and drafted', async () => {
    const { status, body } = await postForm('/ask', {
      name: '',
      email: 'friend@example.org',
      subject: 'Progressive hemifacial atrophy',
      message: EXAMPLE_QUESTION,
      consent: 'yes',
    });
    assert.equal(status, 200);
    const reference = /<strong id="reference">([^<]+)<\/strong>/.exec(body)?.[1];
    assert.ok(reference, 'shows a reference number');
    assert.doesNotMatch(body, /friend@example\.org/, 'the confirmation does not echo the email');
    const inquiry = await store.getInquiryByReference(reference);
    assert.ok(inquiry);
    assert.equal(inquiry.channel, 'web');
    assert.equal(inquiry.name, null);
    assert.equal(inquiry.status, 'drafted');
    assert.ok(inquiry.analysis?.foci.some((f) => f.conditionId === PHA));
    const reply = await store.getReplyForInquiry(inquiry.id);
    assert.ok(reply && reply.draft.sections.length >= 2);
  });
});

void describe('JSON API', () => {
  void test('GET /api/suggest: condition names as you type', async () => {
    const res = await web.request('/api/suggest?q=parry');
    const json = (await res.json()) as { suggestions: Array<{ id: string; url: string }> };
    assert.ok(json.suggestions.some((s) => s.id === PHA && s.url === PHA_PATH));
    const short = (await (await web.request('/api/suggest?q=p')).json()) as { suggestions: unknown[] };
    assert.deepEqual(short.suggestions, []);
  });

  void test('GET /api/conditions: typo-tolerant search with limit', async () => {
    const res = await web.request('/api/conditions?q=parry%20romburg&limit=3');
    assert.equal(res.status, 200);
    const json = (await res.json()) as {
      results: Array<{ id: string; matchedName: string; summary: string }>;
    };
    assert.ok(json.results.length >= 1 && json.results.length <= 3);
    assert.equal(json.results[0].id, PHA);
    assert.match(json.results[0].summary, /face/);
  });

  void test('GET /api/conditions: missing q and an out-of-range limit are 400 with a code and message', async () => {
    for (const path of [
      '/api/conditions',
      '/api/conditions?q=',
      '/api/conditions?q=x&limit=500',
      '/api/conditions?q=x&limit=ten',
    ]) {
      const res = await web.request(path);
      assert.equal(res.status, 400, path);
      const json = (await res.json()) as { error: { code: string; message: string } };
      assert.equal(json.error.code, 'bad_input');
      assert.match(json.error.message, /^(q|limit)\b/, json.error.message);
    }
  });

  void test('GET /api/conditions/:id: the condition with its articles and credit', async () => {
    const res = await web.request(`/api/conditions/${encodeURIComponent(PHA)}`);
    assert.equal(res.status, 200);
    const json = (await res.json()) as {
      condition: { id: string; names: Array<{ name: string }> };
      articles: Array<{ id: string }>;
      credit: string;
    };
    assert.equal(json.condition.id, PHA);
    assert.ok(json.condition.names.some((n) => n.name === 'Parry-Romberg syndrome'));
    assert.ok(json.articles.some((a) => a.id === 'GARD_0005086_Sec2'));
    assert.match(json.credit, /MedQuAD/);
  });

  void test('GET /api/conditions/:id for an unknown id is 404 JSON', async () => {
    const res = await web.request('/api/conditions/GARD%3A99999999');
    assert.equal(res.status, 404);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'not_found');
  });

  void test('GET /api/symptoms: ranked conditions with the matching rows and the note', async () => {
    const res = await web.request(
      `/api/symptoms?q=${encodeURIComponent('one side of the face is shrinking')}&limit=10`,
    );
    const json = (await res.json()) as {
      note: string;
      results: Array<{ id: string; matched: Array<{ phenotype: string }> }>;
    };
    assert.match(json.note, /not a diagnosis/);
    const pha = json.results.find((r) => r.id === PHA);
    assert.ok(pha, 'GARD 7338 listed');
    assert.equal(pha.matched[0].phenotype, 'Hemifacial atrophy');
    assert.equal((await web.request('/api/symptoms')).status, 400);
  });

  void test('POST /api/analyze: foci and sub-questions', async () => {
    const { status, json } = await postJson<Analysis>('/api/analyze', { message: EXAMPLE_QUESTION });
    assert.equal(status, 200);
    assert.ok(json.foci.some((f: { conditionId: string }) => f.conditionId === PHA));
    assert.deepEqual(
      json.subquestions.map((s: { type: string }) => s.type),
      ['treatment', 'find_specialist'],
    );
  });

  void test('POST /api/analyze: bad JSON, a missing field and a wrong type are 400 naming the problem', async () => {
    const bad = await postJson('/api/analyze', '{"message": ');
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.json, { error: { code: 'bad_input', message: 'request body is not valid JSON' } });
    const missing = await postJson('/api/analyze', { subject: 'x' });
    assert.equal(missing.status, 400);
    assert.equal(missing.json.error.code, 'bad_input');
    assert.equal(missing.json.error.message, 'message is required');
    const wrongType = await postJson('/api/analyze', { message: 42 });
    assert.equal(wrongType.status, 400);
    assert.match(wrongType.json.error.message, /^message/);
  });

  void test('POST /api/answer: the letter as JSON, not reviewed', async () => {
    const { status, json } = await postJson<ReplyLetter & { reviewed: boolean }>('/api/answer', {
      message: EXAMPLE_QUESTION,
    });
    assert.equal(status, 200);
    assert.equal(json.reviewed, false);
    assert.deepEqual(
      json.sections.map((s: { type: string }) => s.type),
      ['treatment', 'find_specialist'],
    );
    assert.ok(Array.isArray(json.references));
  });

  void test('POST /api/answer: a body over the size limit is 413', async () => {
    const { status, json } = await postJson('/api/answer', { message: 'x'.repeat(70 * 1024) });
    assert.equal(status, 413);
    assert.equal(json.error.code, 'too_large');
  });

  void test('POST /api/answer: an empty message is 400', async () => {
    const { status, json } = await postJson('/api/answer', { message: '  ' });
    assert.equal(status, 400);
    assert.equal(json.error.code, 'bad_input');
  });

  void test('POST /api/inquiries: stored, analyzed and drafted; 201 with the reference', async () => {
    const { status, json } = await postJson<{ reference: string; status: string }>('/api/inquiries', {
      email: 'api-user@example.org',
      subject: 'Question',
      message: 'What causes Parry-Romberg syndrome?',
      consent: true,
    });
    assert.equal(status, 201);
    assert.match(json.reference, /\S/);
    assert.equal(json.status, 'drafted');
    const inquiry = await store.getInquiryByReference(json.reference);
    assert.equal(inquiry?.channel, 'api');
    assert.equal(inquiry?.email, 'api-user@example.org');
  });

  void test('POST /api/inquiries: no consent, a bad email, bad JSON are 400; oversize is 413', async () => {
    const noConsent = await postJson('/api/inquiries', {
      email: 'a@example.org',
      message: 'Hi',
      consent: false,
    });
    assert.equal(noConsent.status, 400);
    assert.match(noConsent.json.error.message, /^consent/);
    const badEmail = await postJson('/api/inquiries', { email: 'nobody', message: 'Hi', consent: true });
    assert.equal(badEmail.status, 400);
    assert.match(badEmail.json.error.message, /email/);
    assert.equal((await postJson('/api/inquiries', 'not json')).status, 400);
    const big = await postJson('/api/inquiries', {
      email: 'a@example.org',
      message: 'x'.repeat(100_000),
      consent: true,
    });
    assert.equal(big.status, 413);
  });

  void test('unknown API route: 404 JSON', async () => {
    const res = await web.request('/api/nothing-here');
    assert.equal(res.status, 404);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'not_found');
  });

  void test('GET /api/openapi.json: OpenAPI 3.1 with every operation and the error schema', async () => {
    const res = await web.request('http://localhost/api/openapi.json');
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, unknown> };
    };
    assert.equal(doc.openapi, '3.1.0');
    assert.ok(doc.paths['/api/conditions']?.get);
    assert.ok(doc.paths['/api/conditions/{id}']?.get);
    assert.ok(doc.paths['/api/analyze']?.post);
    assert.ok(doc.paths['/api/answer']?.post);
    assert.ok(doc.paths['/api/inquiries']?.post);
    assert.ok(doc.components.schemas.Error);
    const inquiry = JSON.stringify(doc.paths['/api/inquiries'].post);
    assert.match(inquiry, /"required":\["email","message","consent"\]/);
  });
});

void describe('operations', () => {
  void test('/healthz and /readyz', async () => {
    assert.deepEqual(await (await web.request('/healthz')).json(), { status: 'ok' });
    const ready = await web.request('/readyz');
    assert.equal(ready.status, 200);
    assert.equal(((await ready.json()) as { status: string }).status, 'ready');
  });

  void test('request logs: method, path without query, status, time; no personal data', async () => {
    logs.length = 0;
    await web.request('/search?q=secret-term');
    await postJson('/api/inquiries', {
      email: 'private.person@example.org',
      message: 'my private question',
      consent: true,
    });
    assert.equal(logs.length, 2);
    assert.deepEqual(
      logs.map((l) => [l.method, l.path, l.status]),
      [
        ['GET', '/search', 200],
        ['POST', '/api/inquiries', 201],
      ],
    );
    assert.ok(logs.every((l) => typeof l.ms === 'number' && l.ms >= 0));
    const text = JSON.stringify(logs);
    assert.doesNotMatch(text, /secret-term|private|example\.org/);
  });
});
