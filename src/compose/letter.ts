/**
 * Building the reply letter from the section plans (src/retrieve decides what each section draws on;
 * this decides how it reads). Pure: everything it needs is passed in.
 */
import type { Article, Block, ConditionId, Organization } from '../kb/types.js';
import type { Analysis } from '../understand/types.js';
import type { SectionPlan } from '../retrieve/index.js';
import { ReferenceList } from './citations.js';
import {
  DISCLAIMER,
  FIND_SPECIALIST_GUIDANCE,
  NO_ANSWER_NOTICE,
  noFocusNotice,
  closingText,
  partialNotice,
  pointerNotice,
  researchGuidance,
  unknownMedicineNotice,
} from './guidance.js';
import type { LetterSection, ReplyLetter, SectionFlag } from './types.js';

/** What the composer may look up in the knowledge base (held in memory by the App). */
export interface LetterContext {
  article(id: string): Article | undefined;
  conditionName(id: ConditionId): string | null;
  organizations(id: ConditionId): Organization[];
}

export interface LetterInput {
  /** The person's message, as written. */
  message: string;
  subject?: string | null;
  analysis: Analysis;
  /** One plan per sub-question, in the analysis's order. */
  plans: readonly SectionPlan[];
}

export interface LetterOptions {
  centerName: string;
  signature: string;
  /** Where people write back (shown in the closing paragraph). */
  publicUrl: string;
  now?: Date;
}

/** Composes the letter: one section per plan, citations renumbered across the letter. */
export function composeLetter(
  input: LetterInput,
  context: LetterContext,
  options: LetterOptions,
): ReplyLetter {
  const refs = new ReferenceList();
  const unrecognized = (input.analysis.unrecognized ?? []).map((n) => n.text);
  const medicines = (input.analysis.unrecognized ?? []).filter((n) => n.medicine).map((n) => n.text);
  const sections = input.plans.map((plan) => composeSection(plan, context, refs, unrecognized, medicines));
  const title = letterTitle(input.analysis, input.subject);
  return {
    title,
    centerName: options.centerName,
    question: input.message,
    sections,
    closing: closingText(options.publicUrl),
    signature: options.signature,
    disclaimer: DISCLAIMER,
    references: refs.items,
    analysis: input.analysis,
    needsReview: needsReview(sections),
    generatedAt: (options.now ?? new Date()).toISOString(),
  };
}

/**
 * Whether a specialist must look at the letter: a section flagged anything but `pointer_only` (which only
 * says where the answer's text is). The staff console applies the same test after each edit.
 */
export function needsReview(sections: readonly LetterSection[]): boolean {
  return sections.some((s) => s.flags.some((f) => f !== 'pointer_only'));
}

/**
 * The letter's title: the condition as the person named it when they used one of its names
 * ("Progressive hemifacial atrophy" rather than the catalog's "Facial hemiatrophy"), else its preferred
 * name, else the subject line.
 */
function letterTitle(analysis: Analysis, subject: string | null | undefined): string {
  const focus = analysis.foci[0];
  if (focus) {
    const text = focus.text.trim();
    return focus.match === 'exact' && text ? text.charAt(0).toUpperCase() + text.slice(1) : focus.name;
  }
  return subject?.trim() || 'Your question';
}

function composeSection(
  plan: SectionPlan,
  context: LetterContext,
  refs: ReferenceList,
  /** Condition names of the message that the knowledge base does not hold. */
  unrecognized: readonly string[],
  /** Medicine names of the message that the knowledge base does not hold (among `unrecognized`). */
  medicines: readonly string[],
): LetterSection {
  const sub = plan.subquestion;
  const conditionName = sub.focus ? context.conditionName(sub.focus) : null;
  // An association's partial answer draws on the articles of both conditions.
  const second =
    sub.type === 'association' && sub.secondFocus ? context.conditionName(sub.secondFocus) : null;
  const aboutName = conditionName && second ? `${conditionName} and ${second}` : conditionName;
  const blocks: Block[] = [];
  const flags: SectionFlag[] = [];
  const used: Article[] = [];
  const article = plan.articleId ? context.article(plan.articleId) : undefined;

  if (plan.kind === 'answer' && article) {
    blocks.push(...refs.renumber(article), sourceLine(article, refs));
    used.push(article);
  }
  if (plan.kind === 'pointer' && article) {
    blocks.push({
      type: 'paragraph',
      text: `${pointerNotice(article.provenance.url)} [${refs.addSource(article)}]`,
    });
    used.push(article);
    flags.push('pointer_only');
  }
  if ((plan.kind === 'partial' || plan.kind === 'pointer') && plan.evidence.length > 0) {
    blocks.push({ type: 'paragraph', text: partialNotice(aboutName) });
    const items: string[] = [];
    for (const ev of plan.evidence) {
      const source = context.article(ev.articleId);
      if (!source) continue;
      const n = refs.addSource(source);
      items.push(...ev.sentences.map((s) => `${renumberText(s, source, refs)} [${n}]`));
      used.push(source);
    }
    blocks.push({ type: 'list', ordered: false, items });
    flags.push('partial');
  }

  // Guidance is about a condition: without a recognized one the question may not be medical at all.
  const organizations = sub.type === 'find_specialist' && sub.focus ? context.organizations(sub.focus) : [];
  const hasGuidance = sub.focus !== null && (sub.type === 'find_specialist' || sub.type === 'research');
  if (hasGuidance && sub.type === 'find_specialist') blocks.push(...FIND_SPECIALIST_GUIDANCE);
  if (hasGuidance && sub.type === 'research') blocks.push(...researchGuidance(conditionName));

  if (plan.kind === 'none' && !hasGuidance) {
    blocks.unshift({ type: 'paragraph', text: sub.focus ? NO_ANSWER_NOTICE : noFocusNotice(unrecognized) });
    flags.push('no_answer');
  }
  // A question naming a medicine we do not hold ("is nusinersen safe for him?") is answered, if at all,
  // about its condition: the section says so first.
  const asked = sub.text.toLowerCase();
  const unknown = medicines.filter((m) => asked.includes(m.toLowerCase()));
  if (unknown.length > 0 && sub.focus) {
    blocks.unshift({ type: 'paragraph', text: unknownMedicineNotice(unknown, conditionName) });
    flags.push('unknown_medicine');
  }
  if (!sub.focus && sub.secondFocus == null) flags.push('no_focus');

  const dates = used
    .map((a) => a.lastUpdated)
    .filter(Boolean)
    .sort();
  return {
    type: sub.type,
    focus: sub.focus,
    // Without a recognized condition the canonical restatement says nothing ("this condition"): the
    // person's own words head the section.
    heading: sub.focus ? sub.question : sub.text,
    askedText: sub.text,
    blocks,
    organizations,
    articleIds: [...new Set(used.map((a) => a.id))],
    candidates: plan.ranked,
    flags,
    lastUpdated: dates.at(-1) ?? null,
  };
}

/** "Source: <collection> [n]": the cited source page of an answer. */
function sourceLine(article: Article, refs: ReferenceList): Block {
  const n = refs.addSource(article);
  const from =
    article.provenance.source === 'MedQuAD' ? `${article.provenance.collection}, via MedQuAD` : 'raredesk';
  return { type: 'paragraph', text: `Source: ${from} [${n}]` };
}

/** A sentence quoted from an article, with its own citation markers renumbered. */
function renumberText(sentence: string, article: Article, refs: ReferenceList): string {
  const [block] = refs.renumber(article, [{ type: 'paragraph', text: sentence }]);
  return block?.type === 'paragraph' ? block.text : sentence;
}
