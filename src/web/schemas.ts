/**
 * Request schemas of the JSON API (zod). They validate requests and, through
 * `z.toJSONSchema`, document them in the OpenAPI file: one source for both.
 */
import { z } from 'zod';
import { INQUIRY_LIMITS, isEmailAddress } from '../desk/index.js';

export const MESSAGE_MAX = INQUIRY_LIMITS.message;

export const conditionSearchQuery = z.object({
  q: z
    .string()
    .trim()
    .min(1, 'q must not be empty')
    .max(300, 'q is longer than 300 characters')
    .describe('Any name of a condition; misspellings are tolerated'),
  limit: z.coerce.number().int().min(1).max(50).default(10).describe('Most results (1-50, default 10)'),
});

export const symptomSearchQuery = z.object({
  q: z
    .string()
    .trim()
    .min(1, 'q must not be empty')
    .max(2000, 'q is longer than 2000 characters')
    .describe('Symptoms in your own words, separated by commas or new lines'),
  limit: z.coerce.number().int().min(1).max(50).default(10).describe('Most results (1-50, default 10)'),
});

export const analyzeBody = z.object({
  message: z
    .string()
    .trim()
    .min(1, 'message must not be empty')
    .max(MESSAGE_MAX, `message is longer than ${MESSAGE_MAX} characters`)
    .describe('The question as the person wrote it'),
  subject: z
    .string()
    .max(INQUIRY_LIMITS.subject)
    .optional()
    .describe('Subject line, if any (it helps find the condition)'),
});

export const answerBody = analyzeBody.extend({
  k: z.number().int().min(1).max(20).optional().describe('Candidate articles kept per section (default 5)'),
});

export const inquiryBody = z.object({
  name: z.string().max(INQUIRY_LIMITS.name).nullable().optional().describe('Name of the person (optional)'),
  email: z
    .string()
    .trim()
    .min(1, 'email is required')
    .max(INQUIRY_LIMITS.email)
    .describe('Where the reply is sent'),
  subject: z.string().max(INQUIRY_LIMITS.subject).default('').describe('Subject line'),
  message: z
    .string()
    .trim()
    .min(1, 'message must not be empty')
    .max(MESSAGE_MAX, `message is longer than ${MESSAGE_MAX} characters`)
    .describe('The question'),
  consent: z
    .literal(true, { error: 'consent must be true: the person agrees to be contacted about the question' })
    .describe('The person agrees that the desk stores the question and replies by email'),
});

/** One line naming the first problem: `email: email is required`. */
export function describeIssues(error: z.ZodError): { field: string | null; message: string } {
  const issue = error.issues[0];
  const field = issue && issue.path.length ? issue.path.join('.') : null;
  const missing = issue?.code === 'invalid_type' && /received undefined/.test(issue.message);
  const message = missing ? 'is required' : (issue?.message ?? 'invalid request');
  if (missing && field) return { field, message: `${field} is required` };
  return { field, message: field && !message.startsWith(field) ? `${field}: ${message}` : message };
}

/** The "Ask a question" form, with messages written for people, shown next to each field. */
export const askForm = z.object({
  name: z
    .string()
    .trim()
    .max(INQUIRY_LIMITS.name, `Your name must be ${INQUIRY_LIMITS.name} characters or fewer`),
  email: z
    .string()
    .trim()
    .min(1, 'Enter your email address so that we can send you the reply')
    .max(INQUIRY_LIMITS.email, `Your email address must be ${INQUIRY_LIMITS.email} characters or fewer`)
    .refine(isEmailAddress, 'Enter an email address in the correct format, like name@example.com'),
  subject: z
    .string()
    .trim()
    .max(INQUIRY_LIMITS.subject, `The subject must be ${INQUIRY_LIMITS.subject} characters or fewer`),
  message: z
    .string()
    .trim()
    .min(1, 'Enter your question')
    .max(MESSAGE_MAX, `Your question must be ${MESSAGE_MAX.toLocaleString('en-US')} characters or fewer`),
  consent: z.literal(true, {
    error: 'Tick the box to agree that we may store your question and reply by email',
  }),
});

/** Every problem of a form, by field (the first message per field). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    out[field] ??= issue.message;
  }
  return out;
}
