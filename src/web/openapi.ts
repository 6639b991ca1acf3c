/**
 * The JSON API's OpenAPI 3.1 description (served at `/api/openapi.json`) and its human-readable
 * docs page (`/api/docs`), both generated from the same route list and zod schemas.
 */
import { z } from 'zod';
import { html } from './html.js';
import { page } from './layout.js';
import { analyzeBody, answerBody, conditionSearchQuery, inquiryBody, symptomSearchQuery } from './schemas.js';

type Schema = Record<string, unknown>;

/** A zod schema as a JSON Schema fragment (the request's input shape, without the `$schema` key). */
function jsonSchema(schema: z.ZodType): Schema {
  const json = z.toJSONSchema(schema, { io: 'input' }) as Schema;
  delete json.$schema;
  return json;
}

/** Query parameters from an object schema. */
function queryParameters(schema: z.ZodObject): Schema[] {
  const json = jsonSchema(schema) as { properties: Record<string, Schema>; required?: string[] };
  return Object.entries(json.properties).map(([name, prop]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    description: prop.description,
    schema: { ...prop, description: undefined },
  }));
}

const ERROR = { $ref: '#/components/schemas/Error' };

function errors(...statuses: number[]): Record<string, Schema> {
  const text: Record<number, string> = {
    400: 'Invalid request (malformed JSON, a missing or wrong field)',
    404: 'No such condition',
    413: 'Request body over the size limit',
    503: 'The knowledge base is not available',
  };
  return Object.fromEntries(
    statuses.map((s) => [
      String(s),
      { description: text[s], content: { 'application/json': { schema: ERROR } } },
    ]),
  );
}

function jsonBody(schema: z.ZodType): Schema {
  return { required: true, content: { 'application/json': { schema: jsonSchema(schema) } } };
}

function ok(description: string, schema: Schema): Schema {
  return { description, content: { 'application/json': { schema } } };
}

const obj = (properties: Record<string, Schema>, required: string[] = Object.keys(properties)): Schema => ({
  type: 'object',
  properties,
  required,
});
const str: Schema = { type: 'string' };
const nullableStr: Schema = { type: ['string', 'null'] };

const conditionHit = obj({
  id: { type: 'string', example: 'GARD:7338' },
  preferredName: str,
  matchedName: { type: 'string', description: 'The name that matched the query' },
  summary: nullableStr,
  score: { type: 'number' },
  url: { type: 'string', description: 'Path of the condition page' },
});

/** The whole OpenAPI document. */
export function openApiDocument(serverUrl: string | null): Schema {
  return {
    openapi: '3.1.0',
    info: {
      title: 'raredesk API',
      version: '1',
      description:
        'Rare-disease information: conditions by any name, their articles, question analysis and reply letters. ' +
        'Content from MedQuAD (CC BY 4.0) and the GARD catalog: credit them wherever you show it. ' +
        'Every error is JSON `{"error": {"code", "message"}}`. Request bodies are limited in size (413 beyond).',
      license: { name: 'MIT (code); content: CC BY 4.0 (MedQuAD)' },
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    paths: {
      '/api/conditions': {
        get: {
          summary: 'Search conditions by any of their names (typo-tolerant)',
          operationId: 'searchConditions',
          parameters: queryParameters(conditionSearchQuery),
          responses: {
            '200': ok(
              'Best matches first',
              obj({ query: str, results: { type: 'array', items: conditionHit } }),
            ),
            ...errors(400),
          },
        },
      },
      '/api/conditions/{id}': {
        get: {
          summary: 'A condition with all its names, cross-references, articles and organizations',
          operationId: 'getCondition',
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string', example: 'GARD:7338' } },
          ],
          responses: {
            '200': ok(
              'The condition',
              obj({
                condition: { type: 'object', description: 'Names, xrefs, categories, definition' },
                summary: nullableStr,
                articles: {
                  type: 'array',
                  items: {
                    type: 'object',
                    description:
                      'Article: question type, canonical question, blocks, references, phenotypes, provenance, lastUpdated',
                  },
                },
                organizations: { type: 'array', items: { type: 'object' } },
                related: { type: 'array', items: obj({ id: str, name: str, reason: str }) },
                credit: str,
              }),
            ),
            ...errors(404),
          },
        },
      },
      '/api/symptoms': {
        get: {
          summary: 'Conditions whose symptom lists match symptoms described in plain words (not a diagnosis)',
          operationId: 'searchSymptoms',
          parameters: queryParameters(symptomSearchQuery),
          responses: {
            '200': ok(
              'Ranked, with the matching symptom rows',
              obj({
                query: str,
                note: str,
                results: {
                  type: 'array',
                  items: obj({
                    id: str,
                    preferredName: str,
                    score: { type: 'number' },
                    matched: {
                      type: 'array',
                      items: obj({ query: str, phenotype: str, frequency: nullableStr }),
                    },
                    unmatched: { type: 'array', items: str },
                  }),
                },
              }),
            ),
            ...errors(400),
          },
        },
      },
      '/api/analyze': {
        post: {
          summary: 'Find the conditions a message is about and split it into typed sub-questions',
          operationId: 'analyze',
          requestBody: jsonBody(analyzeBody),
          responses: {
            '200': ok(
              'The analysis',
              obj({
                foci: { type: 'array', items: { type: 'object' } },
                subquestions: { type: 'array', items: { type: 'object' } },
                background: { type: 'array', items: str },
                unrecognized: {
                  type: 'array',
                  items: { type: 'object' },
                  description:
                    'condition and medicine names the knowledge base does not hold (present when there are any; a medicine is marked `medicine: true`)',
                },
              }),
            ),
            ...errors(400, 413),
          },
        },
      },
      '/api/answer': {
        post: {
          summary: 'The reply letter for a question, assembled automatically (not reviewed by a specialist)',
          operationId: 'answer',
          requestBody: jsonBody(answerBody),
          responses: {
            '200': ok('The letter: sections with blocks, flags, article ids and scores; references', {
              type: 'object',
            }),
            ...errors(400, 413),
          },
        },
      },
      '/api/inquiries': {
        post: {
          summary: 'Send a question to the desk: it is stored, analyzed and a reply drafted for a specialist',
          operationId: 'createInquiry',
          requestBody: jsonBody(inquiryBody),
          responses: {
            '201': ok(
              'Received',
              obj({ reference: { type: 'string', example: 'RD-2026-000123' }, status: str, receivedAt: str }),
            ),
            ...errors(400, 413),
          },
        },
      },
    },
    components: {
      schemas: {
        Error: obj({ error: obj({ code: { type: 'string', example: 'bad_input' }, message: str }) }),
      },
    },
  };
}

function describe(schema: Schema): string {
  return typeof schema.description === 'string' ? schema.description : '';
}

/** The docs page: each operation with its parameters, rendered from the OpenAPI document. */
export function renderApiDocs(): string {
  const doc = openApiDocument(null) as {
    info: { description: string };
    paths: Record<string, Record<string, Schema>>;
  };
  const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      path,
      method: method.toUpperCase(),
      op: op as { summary: string; parameters?: Schema[]; requestBody?: Schema },
    })),
  );
  const body = html`<h1>raredesk JSON API</h1>
    <p>${doc.info.description}</p>
    <p>Machine-readable description: <a href="/api/openapi.json">OpenAPI 3.1 file</a>.</p>
    ${ops.map(({ path, method, op }) => {
      const params = op.parameters ?? [];
      const request = op.requestBody as
        | {
            content: {
              'application/json': { schema: { properties: Record<string, Schema>; required?: string[] } };
            };
          }
        | undefined;
      const fields = request ? Object.entries(request.content['application/json'].schema.properties) : [];
      const required = request?.content['application/json'].schema.required ?? [];
      return html`<section aria-labelledby="${method}-${path}">
        <h2 id="${method}-${path}"><code>${method} ${path}</code></h2>
        <p>${op.summary}</p>
        ${
          params.length
            ? html`<div class="table-wrap">
                <table>
                  <caption class="sr-only">
                    Parameters of ${method} ${path}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Parameter</th>
                      <th scope="col">Required</th>
                      <th scope="col">Description</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${params.map(
                      (p) =>
                        html`<tr>
                          <td><code>${String(p.name)}</code></td>
                          <td>${p.required ? 'yes' : 'no'}</td>
                          <td>${describe(p)}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>`
            : ''
        }
        ${
          fields.length
            ? html`<div class="table-wrap">
                <table>
                  <caption class="sr-only">
                    JSON body of ${method} ${path}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Body field</th>
                      <th scope="col">Required</th>
                      <th scope="col">Description</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${fields.map(
                      ([name, s]) =>
                        html`<tr>
                          <td><code>${name}</code></td>
                          <td>${required.includes(name) ? 'yes' : 'no'}</td>
                          <td>${describe(s)}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>`
            : ''
        }
      </section>`;
    })}
    <h2>Example</h2>
    <pre><code>curl -s -X POST -H 'content-type: application/json' \\
  -d '{"message":"How is progressive hemifacial atrophy treated?"}' \\
  http://localhost:3000/api/answer</code></pre>`;
  return page({ title: 'API documentation', body, current: 'api' });
}
