/**
 * The JSON API under `/api`: conditions, symptoms, analysis, answers, inquiries, suggestions,
 * and the OpenAPI document. Requests are validated with the zod schemas in schemas.ts; every error
 * is `{"error": {"code", "message"}}` with the status from `httpStatus`.
 */
import { Hono, type Context } from 'hono';
import type { z } from 'zod';
import type { App } from '../app.js';
import { receiveInquiry } from '../desk/index.js';
import { AppError } from '../errors.js';
import { conditionPath } from './html.js';
import { openApiDocument, renderApiDocs } from './openapi.js';
import type { ConditionData } from './site-data.js';
import { NOT_A_DIAGNOSIS_TEXT } from './pages/symptoms.js';
import {
  analyzeBody,
  answerBody,
  conditionSearchQuery,
  describeIssues,
  inquiryBody,
  symptomSearchQuery,
} from './schemas.js';

/** Validates `input` against `schema`; throws `bad_input` naming the first wrong field. */
export function validate<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const { field, message } = describeIssues(parsed.error);
  throw new AppError('bad_input', message, field ? { field } : undefined);
}

/** The request's JSON body; `bad_input` when it is not JSON. */
async function jsonBody(c: Context): Promise<unknown> {
  try {
    return (await c.req.json()) as unknown;
  } catch {
    throw new AppError('bad_input', 'request body is not valid JSON');
  }
}

const MEDQUAD_CREDIT_TEXT =
  'Content from MedQuAD (Ben Abacha & Demner-Fushman 2019, CC BY 4.0), collected from NIH websites (see each article’s provenance), and the GARD catalog.';

export function createApiRouter(app: App, data: ConditionData): Hono {
  const api = new Hono();

  api.get('/openapi.json', (c) => c.json(openApiDocument(new URL(c.req.url).origin)));
  api.get('/docs', (c) => c.html(renderApiDocs()));

  api.get('/suggest', async (c) => {
    const q = (c.req.query('q') ?? '').trim().slice(0, 300);
    const hits = q.length < 2 ? [] : await app.searchConditions(q, 8);
    return c.json({
      suggestions: hits.map((h) => ({
        id: h.condition.id,
        name: h.condition.preferredName,
        matchedName: h.matchedName,
        url: conditionPath(h.condition.id),
      })),
    });
  });

  api.get('/conditions', async (c) => {
    const { q, limit } = validate(conditionSearchQuery, c.req.query());
    const results = (await app.searchConditions(q, limit)).map((h) => ({
      id: h.condition.id,
      preferredName: h.condition.preferredName,
      matchedName: h.matchedName,
      summary: h.summary,
      score: h.score,
      url: conditionPath(h.condition.id),
    }));
    return c.json({ query: q, results });
  });

  api.get('/conditions/:id', async (c) => {
    const page = await data.load(c.req.param('id'));
    return c.json({ ...page, credit: MEDQUAD_CREDIT_TEXT });
  });

  api.get('/symptoms', async (c) => {
    const { q, limit } = validate(symptomSearchQuery, c.req.query());
    const results = (await app.searchSymptoms(q, limit)).map((m) => ({
      id: m.condition.id,
      preferredName: m.condition.preferredName,
      score: m.score,
      matched: m.matched,
      unmatched: m.unmatched,
      url: conditionPath(m.condition.id),
    }));
    return c.json({ query: q, note: NOT_A_DIAGNOSIS_TEXT, results });
  });

  api.post('/analyze', async (c) => {
    const { message, subject } = validate(analyzeBody, await jsonBody(c));
    return c.json(app.analyze(message, subject !== undefined ? { subject } : {}));
  });

  api.post('/answer', async (c) => {
    const { message, subject, k } = validate(answerBody, await jsonBody(c));
    const letter = await app.answer(message, {
      ...(subject !== undefined ? { subject } : {}),
      ...(k !== undefined ? { k } : {}),
    });
    return c.json({ ...letter, reviewed: false, credit: MEDQUAD_CREDIT_TEXT });
  });

  api.post('/inquiries', async (c) => {
    const body = validate(inquiryBody, await jsonBody(c));
    const inquiry = await receiveInquiry(app, {
      channel: 'api',
      name: body.name ?? null,
      email: body.email,
      subject: body.subject,
      message: body.message,
      consent: body.consent,
    });
    return c.json(
      { reference: inquiry.reference, status: inquiry.status, receivedAt: inquiry.receivedAt },
      201,
    );
  });

  return api;
}
