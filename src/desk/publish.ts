/**
 * Publishing an answered inquiry as a public question and answer on a condition page. Personal
 * data is removed automatically (see redact.ts); the specialist reads and may edit the redacted
 * text and confirms it; the confirmed text is checked once more before it is stored.
 */
import type { App } from '../app.js';
import { AppError } from '../errors.js';
import type { Block } from '../kb/index.js';
import type { PublishedQa, StaffUser } from '../store/types.js';
import { blocksToText, textToBlocks } from './letter-edit.js';
import { redact, redactionCount } from './redact.js';
import type { RedactionKind } from './redact.js';
import { currentLetter, loadCase } from './workflow.js';

/** What the specialist is asked to confirm. */
export interface PublicationDraft {
  /** Conditions the inquiry is about (the Q&A goes on one of their pages). */
  conditions: Array<{ id: string; name: string }>;
  question: string;
  sections: Array<{ heading: string; text: string }>;
  /** What the automatic redaction removed, by kind (question and answer together). */
  removed: Record<RedactionKind, number>;
}

/** The specialist's confirmed text. */
export interface PublicationInput {
  conditionId: string;
  question: string;
  /** One text per section of the letter, in order. */
  sections: string[];
  /** The specialist ticked "no personal data remains". */
  confirmed: boolean;
}

async function sentCase(app: App, id: string) {
  const found = await loadCase(app, id);
  if (!found.reply || found.reply.status !== 'sent') {
    throw new AppError(
      'conflict',
      `inquiry ${found.inquiry.reference} can be published only after its reply was sent`,
    );
  }
  return { inquiry: found.inquiry, reply: found.reply };
}

/** Redacts the question and the sent letter's sections for the confirmation page. */
export async function preparePublication(app: App, id: string): Promise<PublicationDraft> {
  const { inquiry, reply } = await sentCase(app, id);
  const letter = currentLetter(reply);
  const knownNames = [inquiry.name];
  const removed: Record<RedactionKind, number> = { email: 0, phone: 0, address: 0, date: 0, name: 0 };
  const clean = (text: string) => {
    const result = redact(text, { knownNames });
    for (const kind of Object.keys(removed) as RedactionKind[]) removed[kind] += result.counts[kind];
    return result.text;
  };
  return {
    conditions: (inquiry.analysis?.foci ?? []).map((f) => ({ id: f.conditionId, name: f.name })),
    question: clean(inquiry.message),
    sections: letter.sections.map((s) => ({ heading: s.heading, text: clean(blocksToText(s.blocks)) })),
    removed,
  };
}

/**
 * Publishes the confirmed text. Throws `bad_input` when not confirmed, when the condition is not
 * one of the inquiry's, or when redaction still finds personal data in the confirmed text.
 */
export async function publishInquiry(
  app: App,
  user: StaffUser,
  id: string,
  input: PublicationInput,
): Promise<PublishedQa> {
  const { inquiry, reply } = await sentCase(app, id);
  if (!input.confirmed) {
    throw new AppError('bad_input', 'confirm that the text contains no personal data', {
      field: 'confirmed',
    });
  }
  const foci = inquiry.analysis?.foci ?? [];
  if (!foci.some((f) => f.conditionId === input.conditionId)) {
    throw new AppError('bad_input', 'choose one of the inquiry’s conditions', { field: 'conditionId' });
  }
  const letter = currentLetter(reply);
  if (input.sections.length !== letter.sections.length) {
    throw new AppError('bad_input', `expected ${letter.sections.length} section texts`, {
      field: 'sections',
    });
  }
  const texts = [input.question, ...input.sections];
  const leftover = texts.reduce((n, t) => n + redactionCount(redact(t, { knownNames: [inquiry.name] })), 0);
  if (leftover > 0) {
    throw new AppError(
      'bad_input',
      `the text still contains ${leftover} item(s) of personal data; review it again`,
      {
        field: 'text',
      },
    );
  }
  if (!input.question.trim()) throw new AppError('bad_input', 'the question is empty', { field: 'question' });
  const blocks: Block[] = letter.sections.flatMap((s, i) => [
    { type: 'heading' as const, text: s.heading },
    ...textToBlocks(input.sections[i] ?? ''),
  ]);
  const references = [...letter.references]
    .sort((a, b) => a.n - b.n)
    .map(({ n: _n, collection: _c, license: _l, ...ref }) => ref);
  const qa = await app.store.publishQa({
    inquiryId: inquiry.id,
    conditionId: input.conditionId,
    question: input.question.trim(),
    answer: { blocks, references },
    publishedBy: user.id,
  });
  await app.store.addAudit({
    inquiryId: id,
    actor: user.id,
    action: 'published',
    detail: `on ${input.conditionId}`,
  });
  return qa;
}
