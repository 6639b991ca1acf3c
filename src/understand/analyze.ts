/**
 * From a message (and its subject line) to an Analysis: the conditions it is about, its
 * sub-questions with a type and a canonical restatement, and the background worth keeping.
 */
import { canonicalQuestion, CONDITION_QUESTION_TYPES, DRUG_QUESTION_TYPES } from '../kb/index.js';
import type { ConditionId, ConditionKind, QuestionType } from '../kb/index.js';
import type { TypeClassifier } from './classifier.js';
import { maskSpans, questionFeatures, referenceSpans } from './features.js';
import { MATCH_SCORES } from './names.js';
import type { Mention, NameDictionary } from './names.js';
import { normalizeKey, tokenize, withoutPageEnding } from './normalize.js';
import { ADJECTIVE_NAMES } from './lay-names.js';
import { QuestionWords } from './question-words.js';
import { ruleType, SIGN_WORDS, type PairMember } from './rules.js';
import { writtenOut } from './slang.js';
import { questionOrder } from './word-order.js';
import {
  isPlainQuestion,
  PLEA,
  sentenceRole,
  splitClauses,
  splitSentences,
  stripLeadingGreeting,
  stripListMarker,
} from './sentences.js';
import type { Sentence } from './sentences.js';
import type { Analysis, AnalyzeOptions, Focus, SubQuestion, UnrecognizedName } from './types.js';
import { unrecognizedNames } from './unrecognized.js';
import { definedAbbreviations } from './defined-abbreviations.js';

export const DRUG_TYPES: ReadonlySet<QuestionType> = new Set(DRUG_QUESTION_TYPES);
/** Types a question about a disease can have (drug questions need a drug). */
const DISEASE_TYPES: ReadonlySet<QuestionType> = new Set([...CONDITION_QUESTION_TYPES, 'other']);
const ALL_TYPES: ReadonlySet<QuestionType> = new Set([
  ...CONDITION_QUESTION_TYPES,
  ...DRUG_QUESTION_TYPES,
  'other',
]);
const withoutAssociation = (types: ReadonlySet<QuestionType>): ReadonlySet<QuestionType> =>
  new Set([...types].filter((t) => t !== 'association'));
const DISEASE_TYPES_UNRELATED = withoutAssociation(DISEASE_TYPES);
const ALL_TYPES_UNRELATED = withoutAssociation(ALL_TYPES);

/**
 * Words without which a question does not ask how two things relate: "My son has ADHD and anxiety. He
 * takes Ritalin and Zoloft." names four things and relates none. The classifier may answer `association`
 * only when one of them is there.
 */
const RELATION_CUE =
  /\b(?:link\w*|relat\w*|associat\w*|connect\w*|correlat\w*|caus\w*|because|due to|from|trigger\w*|lead(?:s|ing)? to|led to|affect\w*|effects?|impact|influence\w*|worse\w*|risk\w*|after|since|between|same|differ\w*|vs|versus|compared?|turn\w* into|develop\w* into|bring on|brought on|have to do with|reasons?|rais\w*|increas\w*|lower\w*|decreas\w*)\b/i;

/** Analysis settings, in one place. */
export const ANALYSIS = {
  /** Confidence reported for a type decided by a rule. */
  ruleConfidence: 0.95,
  /** Salience bonus per extra mention of a condition, for being in the subject, for being in a question. */
  repeatBonus: 0.2,
  subjectBonus: 0.3,
  questionBonus: 0.2,
  /** Salience penalty for foci of kind `other`/`test` (topics such as "Breastfeeding"), next to diseases and drugs. */
  topicPenalty: 0.15,
  /**
   * Salience bonus for a condition told of as new ("and now a tilt table test says I have POTS", "last month I
   * found out I also have Addison's"): beside one lived with for years, the new one is what is asked about.
   */
  newDiagnosisBonus: 0.15,
  /** A focus found only through the subject and a reference in the message keeps this share of its score. */
  referenceFactor: 0.9,
  /** Below this classifier confidence, a question is classified again together with the sentence before it. */
  contextBelow: 0.5,
  /**
   * When one sub-question is confident (a rule, or the classifier at least this sure), the classifier's
   * guesses below `dropBelow` are dropped: messages ask one or two things, and an unsure extra type is
   * usually a story sentence read as a question. Both 0.7 since the classifier was trained on the
   * free-form questions too (free-form-questions.ts): of 0.4/0.6 (before), 0.5, 0.6/0.7, 0.7 and 0.8, the
   * highest type F1 over our sets that are not final sets.
   */
  confidentAt: 0.7,
  dropBelow: 0.7,
  /**
   * A classifier guess below this about a condition (not a drug) becomes `information`: a message whose
   * question says nothing clear about an aspect asks about the condition in general.
   */
  informationBelow: 0.35,
  /** The same for a message with no question at all ("My daughter has X."): it needs a surer guess. */
  implicitInformationBelow: 0.6,
  /** At most this many background sentences are kept. */
  maxBackground: 5,
} as const;

interface FocusInfo {
  focus: Focus;
  salience: number;
  /** The name to use in canonical questions. */
  display: string;
}

export class Analyzer {
  private readonly words: QuestionWords;

  constructor(
    private readonly names: NameDictionary,
    private readonly classifier: TypeClassifier,
  ) {
    this.words = new QuestionWords((w) => names.isKnownWord(w));
  }

  analyze(message: string, options: AnalyzeOptions = {}): Analysis {
    const subject = (options.subject ?? '').trim();
    const messageTokens = tokenize(message);
    const subjectTokens = tokenize(subject);
    const context = new Set([...messageTokens, ...subjectTokens].map((t) => t.norm));
    const messageMentions = this.names.findMentions(message, context);
    const subjectNames = subject ? this.names.findMentions(subject, context, true) : [];
    // A gene named beside a disease is that disease's gene ("essential thrombocythaemia ... her JAK2
    // mutation"), not the rarer condition named after the gene: a gene stands for a condition only in a
    // message naming no disease (other than by an everyday word: "seizures").
    const namesDisease = [...messageMentions, ...subjectNames].some(
      (m) =>
        m.kind === 'disease' &&
        !m.gene &&
        (m.score > MATCH_SCORES.broadWord || !this.names.isCommonWord(normalizeKey(m.text))),
    );
    const found = namesDisease ? messageMentions.filter((m) => !m.gene) : messageMentions;
    const subjectMentions = namesDisease ? subjectNames.filter((m) => !m.gene) : subjectNames;
    // (and the abbreviations the message defines for them: "neuromyelitis optica ... NMO")
    const mentions = [...found, ...definedAbbreviations(message, found)].sort((a, b) => a.start - b.start);

    const sentences = splitSentences(message).map((s) => stripLeadingGreeting(stripListMarker(s)));
    const roles = sentences.map((s) => sentenceRole(s.text));
    const questions = pickQuestions(sentences, roles, message, subject);
    // No sentence asks anything: the message is a statement with an implicit request (see implicitRequest).
    const implicit = roles.includes('question') ? false : implicitRequest(sentences, roles);
    const foci = this.collectFoci(message, mentions, subjectMentions, questions);
    const primary = foci[0] ?? null;

    const subquestions: Draft[] = [];
    for (const q of questions) {
      const before = sentences
        .filter((s, i) => s.end <= q.start && (roles[i] === 'story' || roles[i] === 'background'))
        .at(-1);
      // (a question asking only whether a claim is true reads the claim reported last before it: "A friend
      // says it makes you go blind. My doctor started me on 200mg. Is that true?"; which of two pieces of
      // advice is right reads the whole sentence that reports the last of them)
      const reported = asksWhetherTrue(q.text) ? reportedClaimBefore(sentences, q.start) : undefined;
      const context = reported
        ? WHICH_IS_RIGHT.test(q.text)
          ? this.maskedText(reported, mentions)
          : (reportedClaim(this.maskedText(reported, mentions)) ?? '')
        : before
          ? this.maskedText(before, mentions)
          : '';
      // Where the sentence before the question starts: what it names may be what "it" is.
      const from = sentences.filter((s) => s.end <= q.start).at(-1)?.start ?? q.start;
      for (const clause of splitClauses(q)) {
        // "My son is 9, what about him?" asks the question before again, about someone else.
        const last = subquestions.at(-1);
        if (last && ELLIPTICAL.test(clause.text)) {
          last.text = `${last.text} ${clause.text}`;
          continue;
        }
        const named = mentions.filter((m) => m.start >= from && m.end <= clause.start);
        const toldBefore = () => `${subject} ${message.slice(0, clause.start)}`;
        // The medicine the question before asked about (a drug question): what "it" may still stand for.
        const asked =
          last && DRUG_TYPES.has(last.type)
            ? mentions.find(
                (m) => m.conditionId === last.focus && isDrugLike(m.kind) && m.end <= clause.start,
              )
            : undefined;
        const sq = this.subquestion(
          clause,
          mentions,
          foci,
          primary,
          context,
          implicit,
          named,
          toldBefore,
          asked,
        );
        for (const draft of sq.also ? [sq, sq.also] : [sq]) {
          const same = subquestions.find((s) => s.type === draft.type && s.focus === draft.focus);
          if (same) {
            // (as sure as its surest part)
            same.text = `${same.text} ${draft.text}`;
            same.fallback &&= draft.fallback;
            same.confidence = Math.max(same.confidence, draft.confidence);
          } else subquestions.push(draft);
        }
      }
    }

    // A subject line that asks something clear ("Treatment options for X") adds its question when the
    // message does not already ask it: people often put the question in the subject and a story below.
    if (subject && questions[0]?.end !== 0) {
      const sq = this.subquestion(
        { text: subject, start: 0, end: subject.length },
        subjectMentions,
        foci,
        primary,
        '',
      );
      // (not `information`: a subject naming the condition says what the message is about, not what it asks;
      // `treatment` only when it names treating: "Treatment options for X" asks it, where "X - please help",
      // "what next?" or "New medicine for X" name the topic of the questions below)
      const clear =
        sq.confidence >= ANALYSIS.ruleConfidence &&
        sq.type !== 'information' &&
        (sq.type !== 'treatment' || TREATING.test(subject));
      // A message that asks nothing below a subject that asks ("treatment for gout?", "what is sertraline
      // for?") tells the story of the subject's question: the subject is the question (unless it is only a
      // guess at information: "Down syndrome - next baby?" leaves the story to say what is asked).
      const asks = sq.type !== 'information' || sq.confidence >= ANALYSIS.ruleConfidence;
      if (!roles.includes('question') && isPlainQuestion(subject) && asks)
        subquestions.splice(0, Infinity, sq);
      else if (clear && !subquestions.some((s) => s.type === sq.type)) subquestions.push(sq);
    }
    const kept = dropUnsure(dropStatedGuesses(dropFallbacks(subquestions))).map(
      ({ fallback: _fallback, also: _also, ...sq }) => sq,
    );

    const background = sentences
      .filter((_, i) => roles[i] === 'background')
      .map((s) => s.text)
      .slice(0, ANALYSIS.maxBackground);
    const unrecognized: UnrecognizedName[] = unrecognizedNames(message, mentions, messageTokens);
    const inMessage = new Set(unrecognized.map((n) => normalizeKey(n.text)));
    for (const n of unrecognizedNames(subject, subjectMentions, subjectTokens))
      if (!inMessage.has(normalizeKey(n.text))) unrecognized.push({ ...n, inSubject: true });
    return {
      foci: foci.map((f) => f.focus),
      subquestions: kept,
      background,
      ...(unrecognized.length ? { unrecognized } : {}),
    };
  }

  /** Distinct conditions of the message and subject, most salient first. */
  private collectFoci(
    message: string,
    mentions: Mention[],
    subjectMentions: Mention[],
    questions: Sentence[],
  ): FocusInfo[] {
    const byId = new Map<ConditionId, FocusInfo>();
    const inQuestion = (m: Mention) => questions.some((q) => m.start >= q.start && m.end <= q.end);
    for (const m of mentions) {
      const prev = byId.get(m.conditionId);
      if (prev) {
        prev.salience += ANALYSIS.repeatBonus;
        prev.focus.score = Math.max(prev.focus.score, m.score);
        continue;
      }
      byId.set(m.conditionId, {
        focus: toFocus(m, false),
        salience:
          m.score +
          (inQuestion(m) ? ANALYSIS.questionBonus : 0) +
          (NEW_DIAGNOSIS.test(message.slice(Math.max(0, m.start - 60), m.start))
            ? ANALYSIS.newDiagnosisBonus
            : 0) -
          (m.kind === 'other' || m.kind === 'test' ? ANALYSIS.topicPenalty : 0),
        display: this.displayName(m),
      });
    }
    const references = referenceSpans(message);
    for (const m of subjectMentions) {
      const prev = byId.get(m.conditionId);
      if (prev) {
        prev.salience += ANALYSIS.subjectBonus;
        continue;
      }
      const focus = toFocus(m, true);
      const ref = references[0];
      if (ref && mentions.length === 0) {
        // "How is this condition treated?" with the condition named only in the subject line.
        Object.assign(focus, { text: ref.text, start: ref.start, end: ref.end, match: 'reference' });
        delete focus.inSubject;
        focus.score = m.score * ANALYSIS.referenceFactor;
      }
      byId.set(m.conditionId, {
        focus,
        salience: m.score + ANALYSIS.subjectBonus,
        display: this.displayName(m),
      });
    }
    // Diseases and drugs named with confidence come first; topics and everyday-word matches only lead
    // when nothing else is named.
    return [...byId.values()].sort(
      (a, b) =>
        Number(isWeakFocus(a.focus)) - Number(isWeakFocus(b.focus)) ||
        Number(isComplaint(a.focus)) - Number(isComplaint(b.focus)) ||
        b.salience - a.salience ||
        Number(!!a.focus.inSubject) - Number(!!b.focus.inSubject) ||
        a.focus.start - b.focus.start,
    );
  }

  /**
   * The name used in canonical questions: the knowledge-base name the person's own words matched
   * (so "progressive hemifacial atrophy" stays that, not a catalog synonym), else the preferred name
   * (for abbreviations and misspellings), written as it reads inside a sentence.
   */
  private displayName(m: Mention): string {
    const own = m.match === 'exact' && !ADJECTIVE_NAMES.has(m.matchedName.toLowerCase());
    return this.names.inSentence(withoutPageEnding(own ? m.matchedName : m.preferredName));
  }

  /**
   * A sentence with its condition names and references masked (FOCUS); topic words stay, as in the
   * question itself ("I am breastfeeding" says who the medicine is for).
   */
  private maskedText(s: Sentence, mentions: Mention[]): string {
    const spans = [
      ...mentions
        .filter((m) => m.start >= s.start && m.end <= s.end && !isTopic(m.kind))
        .map((m) => ({ start: m.start - s.start, end: m.end - s.start })),
      ...referenceSpans(s.text),
    ];
    return this.words.correct(maskSpans(s.text, dropOverlaps(spans)));
  }

  private subquestion(
    clause: Sentence,
    mentions: Mention[],
    foci: FocusInfo[],
    primary: FocusInfo | null,
    context: string,
    implicit: false | ImplicitRequest = false,
    /** Conditions named from the sentence before the clause up to it. */
    namedBefore: Mention[] = [],
    /** The subject line and the message up to the clause (built when a rule reads it). */
    toldBefore?: () => string,
    /** The medicine the sub-question before was a drug question about. */
    askedBefore?: Mention,
  ): Draft {
    const own = mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
    // The clause's own conditions, most salient first ("nosebleeds ... part of HHT" is about HHT), diseases
    // and drugs before topics ("what kind of stroke, do they need an MRI" is about the stroke); a clause
    // that names none is about the message's main focus.
    const ownIds = new Set(own.map((m) => m.conditionId));
    const ranked = foci
      .filter((f) => ownIds.has(f.focus.conditionId))
      .sort((a, b) => Number(isTopic(a.focus.kind)) - Number(isTopic(b.focus.kind)));
    // A clause naming nothing is about what was named before it (or in the subject line), most salient
    // first: "Can he play football?" after "My son has von Willebrand disease" is not about the nosebleed
    // a later question names.
    // (A weak focus named before does not take it from a disease or drug named after: "I am in pain. What
    // can I do? I have sciatica."; between weak ones, the one named before wins: "My daughter has scoliosis.
    // What is the treatment, does she need a brace?")
    const isBefore = (f: FocusInfo) => f.focus.inSubject || f.focus.start < clause.start;
    const before =
      foci.find((f) => !isWeakFocus(f.focus) && isBefore(f)) ??
      (primary && isWeakFocus(primary.focus) ? foci.find(isBefore) : undefined);
    let focus = ranked[0] ?? before ?? primary;
    // A clause naming no medicine that points at one ("Is this medicine causing cancer?"), or naming nothing
    // and whose "it" comes right after a medicine ("The doctor prescribed deferasirox. Can it damage his
    // kidneys?"), is about the medicine named last before it.
    // "this condition", "her illness" in a clause naming nothing is a disease, not the medicine named before.
    const aboutDisease = CONDITION_REFERENCE.test(clause.text);
    const medicine = ranked.some((f) => isDrugLike(f.focus.kind))
      ? undefined
      : medicineReferred(
          clause,
          mentions,
          own[0]?.start,
          namedBefore,
          aboutDisease,
          askedBefore,
          asksWhetherTrue(clause.text) ? context : '',
          own.length > 0 && own.every((m) => SIGN_WORDS.test(m.text)),
        );
    if (medicine) focus = foci.find((f) => f.focus.conditionId === medicine.conditionId) ?? focus;
    else if (!ranked.length && focus && isDrugLike(focus.focus.kind) && aboutDisease)
      focus = foci.find((f) => f.focus.kind === 'disease' && !isWeakFocus(f.focus)) ?? focus;
    // A clause naming only weak foci (topics such as "Surgery" or "MRI", or an everyday word such as "pain"
    // or "shock") or complaints ("the nosebleeds") is still about what was named before it, or the message's
    // main condition, when that one is neither ("what can be done for the pain" in a message about trigeminal
    // neuralgia; "what treatments are there for the nosebleeds?" in one about HHT; "I take warfarin. Can I
    // drink alcohol with it?" asks about warfarin even when a later sentence names a disease).
    if (
      primary &&
      ranked.length > 0 &&
      !ownIds.has(primary.focus.conditionId) &&
      !isWeakFocus(primary.focus) &&
      !isComplaint(primary.focus) &&
      ranked.every((f) => isWeakFocus(f.focus) || isComplaint(f.focus))
    )
      focus = foci.find((f) => !isWeakFocus(f.focus) && !isComplaint(f.focus) && isBefore(f)) ?? primary;
    const second = ranked[1];
    // The kinds of what the clause asks about: its own conditions, or the one it was given.
    const kinds = new Set<ConditionKind | null>(
      ranked.length ? ranked.map((f) => f.focus.kind) : [focus?.focus.kind ?? null],
    );
    // A question naming nothing ("What is that used for?") may be about what the sentence before it names
    // (a medicine), not only the message's main condition.
    // (Not when it points at a disease: "They put her on furosemide. How long do people live with it?")
    if (!ranked.length && !aboutDisease) for (const m of namedBefore) kinds.add(m.kind);
    if (medicine) kinds.add(medicine.kind);
    const drugs = foci.filter((f) => isDrugLike(f.focus.kind)).length;
    // A condition named before the clause that the clause does not name: what "it" may stand for (not a
    // medicine or a topic; a broad word may be the condition: "I have diabetes. Can it cause kidney disease?").
    const earlier = foci.find(
      (f) =>
        !medicine &&
        isBefore(f) &&
        !ownIds.has(f.focus.conditionId) &&
        !isDrugLike(f.focus.kind) &&
        !isTopic(f.focus.kind),
    );

    // Names are masked (FOCUS) except topic words that are not the focus ("breastfeeding", "pregnancy"):
    // those words say what is asked.
    const masks = own.filter(
      (m) => (m.kind !== 'other' && m.kind !== 'test') || m.conditionId === focus?.focus.conditionId,
    );
    const spans = [
      ...masks.map((m) => ({ start: m.start - clause.start, end: m.end - clause.start })),
      ...referenceSpans(clause.text),
    ];
    // Chat short forms written out ("can u", "ppl w lupus") and in question order: "How she can prevent
    // it?" reads as "How can she prevent it?".
    const asked = questionOrder(this.words.correct(writtenOut(maskSpans(clause.text, dropOverlaps(spans)))));
    // "Is that true?" asks about the claim of the sentence before: that sentence says what is asked.
    // "I read on a forum that X is caused by smoking, is that true?" asks whether X is caused by smoking.
    const tagged = TRUTH_TAG.test(asked) ? reportedClaim(asked.replace(TRUTH_TAG, '')) : null;
    const masked =
      context && asksWhetherTrue(asked) ? context : tagged ? `is it true that ${tagged}?` : asked;
    // The first and last conditions it names by place ("can X cause Y"), when it names two.
    const distinct = own.filter((m, i) => own.findIndex((o) => o.conditionId === m.conditionId) === i);
    const member = (m: Mention): PairMember => ({
      sign: SIGN_WORDS.test(m.text),
      namedBefore: foci.some((f) => f.focus.conditionId === m.conditionId && isBefore(f)),
    });
    const [first, last] = [distinct[0], distinct.at(-1)];
    const pair =
      distinct.length >= 2 && first && last ? { first: member(first), last: member(last) } : undefined;
    const ruleContext = {
      kinds,
      foci: ranked.length,
      drugs,
      earlier: !!earlier,
      before: toldBefore,
      ...(pair ? { pair } : {}),
    };
    const rule = ruleType(masked, ruleContext);
    /** The second of two conditions the question asks the same of ("the difference between X and Y"). */
    let also: FocusInfo | undefined;
    let type: QuestionType;
    let confidence: number;
    let fallback = false;
    if (rule) {
      type = rule.type;
      confidence = ANALYSIS.ruleConfidence;
      if (rule.about === 'both' && first && last && first !== last) {
        focus = ranked.find((f) => f.focus.conditionId === first.conditionId) ?? focus;
        also = foci.find((f) => f.focus.conditionId === last.conditionId);
      } else if (rule.about && rule.about !== 'both' && first && last) {
        // The condition named first ("can X cause hearing loss?") or last ("... more likely to get Y") is
        // the one asked about.
        const id = (rule.about === 'first' ? first : last).conditionId;
        focus = ranked.find((f) => f.focus.conditionId === id) ?? focus;
      }
      if (rule.aboutEarlier && earlier) focus = earlier;
    } else {
      const kind = focus?.focus.kind ?? null;
      const diseaseOnly = kinds.has('disease') && !kinds.has('drug') && !kinds.has('supplement');
      const relates = RELATION_CUE.test(masked);
      const allowed = diseaseOnly
        ? relates
          ? DISEASE_TYPES
          : DISEASE_TYPES_UNRELATED
        : relates
          ? undefined
          : ALL_TYPES_UNRELATED;
      ({ type, confidence } = this.classifier.predict(questionFeatures(masked, kind), allowed));
      const tail = questionTail(masked);
      if (tail) {
        // "...she has been on it for years but her knees are still swollen, what else could help her":
        // the words from the last question opening on say what is asked, without the story before them.
        const asked = this.classifier.predict(questionFeatures(tail, kind), allowed);
        if (asked.confidence > confidence) ({ type, confidence } = asked);
      }
      // The sentence before may say what a rule needs: "I am breastfeeding. Can I take Sudafed?" asks
      // whether the medicine suits a nursing mother; "I missed two pills. Am I still protected?" asks about
      // a missed dose. Taken whatever its type when the question alone is vague or unsure; otherwise only
      // when it says who the medicine is for (a precaution), so then only those rules need trying first.
      const anyType = confidence < ANALYSIS.contextBelow || VAGUE_FOLLOW_UP.test(asked);
      const withContext = context
        ? ruleType(`${context} ${masked}`, ruleContext, anyType ? undefined : 'contraindications')
        : null;
      const byContext = withContext !== null;
      if (byContext) {
        type = withContext.type;
        confidence = ANALYSIS.ruleConfidence;
      } else if (confidence < ANALYSIS.contextBelow && context) {
        // A vague question ("What do you think?") often gets its meaning from the sentence before it.
        const wider = this.classifier.predict(questionFeatures(`${context} ${masked}`, kind), allowed);
        if (wider.confidence > confidence) ({ type, confidence } = wider);
      }
      if (
        !byContext &&
        (implicit === 'information' ||
          implicit === 'help' ||
          confidence < (implicit ? ANALYSIS.implicitInformationBelow : ANALYSIS.informationBelow)) &&
        focus &&
        !isDrugLike(focus.focus.kind) &&
        !DRUG_TYPES.has(type)
      ) {
        // Nothing says which aspect is asked: the general question about the condition, or what can be done
        // when the person only asked for help with it (whatever the classifier guesses of the problem told:
        // "She is in pain all the time. Please help us." asks for help, not about the symptom).
        type = implicit === 'help' ? 'treatment' : 'information';
        fallback = true;
      }
    }
    // A drug question is about the drug the question names, even if another condition comes first.
    if (DRUG_TYPES.has(type) && focus && !isDrugLike(focus.focus.kind)) {
      focus =
        ranked.find((f) => isDrugLike(f.focus.kind)) ?? foci.find((f) => isDrugLike(f.focus.kind)) ?? focus;
    }
    // And a question about a condition's course or care ("He is on riluzole. Are there any clinical trials
    // he could join?", "Is colchicine the only treatment?") is about the disease of the question or the
    // message, not the medicine taken for it.
    if (
      focus &&
      isDrugLike(focus.focus.kind) &&
      !DRUG_TYPES.has(type) &&
      type !== 'information' &&
      type !== 'association'
    ) {
      const disease = (f: FocusInfo) => f.focus.kind === 'disease' && !isWeakFocus(f.focus);
      // (a disease found only as an everyday word, "diabetes" in "neonatal diabetes", before the medicine)
      const anyDisease = (f: FocusInfo) => f.focus.kind === 'disease';
      focus =
        ranked.find(disease) ??
        foci.find(disease) ??
        ranked.find(anyDisease) ??
        foci.find(anyDisease) ??
        focus;
    }
    const kind = focus?.focus.kind ?? null;
    const noun =
      kind === 'drug' || kind === 'supplement' || DRUG_TYPES.has(type) ? 'this medicine' : 'this condition';
    const secondFocus = type === 'association' ? (second?.focus.conditionId ?? null) : undefined;
    const rounded = Math.round(confidence * 1000) / 1000;
    return {
      type,
      focus: focus?.focus.conditionId ?? null,
      ...(secondFocus !== undefined ? { secondFocus } : {}),
      text: clause.text,
      question: canonicalQuestion(
        type,
        focus?.display ?? noun,
        type === 'association' ? second?.display : undefined,
      ),
      confidence: rounded,
      fallback,
      ...(also
        ? {
            also: {
              type,
              focus: also.focus.conditionId,
              text: clause.text,
              question: canonicalQuestion(type, also.display),
              confidence: rounded,
              fallback,
            },
          }
        : {}),
    };
  }
}

/**
 * Words pointing at a disease: "this condition", "her illness", "the disease"; or asking what only a disease
 * has, whatever "it" follows: "how long do people live with it", "will she outgrow it", "is it catching",
 * "does pregnancy make it better or worse", "will it get better" ("does coffee make it worse?" after a medicine
 * may ask how the two mix).
 */
const CONDITION_REFERENCE =
  /\b(?:(?:this|that|the|his|her|my|our|their|such a)\s+(?:condition|disease|illness|disorder|syndrome)|live with (?:it|this|that)|life expectancy|outgrow (?:it|this|that)|grow out of (?:it|this|that)|(?:is|was) (?:it|this|that) (?:hereditary|genetic|contagious|catching|curable)|make (?:it|this|that) (?:\w+ )?(?:better or worse|worse or better)|(?:it|this|that) (?:\w+ )?(?:get|gets|getting|got|become|becomes) (?:any )?(?:better|worse))\b/i;

/** Words that name treating: "treatment options", "how is it treated", "any cure". */
const TREATING = /\b(?:treat\w*|therap(?:y|ies)|cur(?:e|es|ed|able)|manag(?:e|ed|ing|ement))\b/i;

/** Words that blame what comes after them (a regular expression alternation). */
const BLAMING = 'from|caused by|due to|because of';

/** Words blaming what follows: "is that from", "caused by". */
const BLAMED_ON = new RegExp(String.raw`\b(?:${BLAMING}|blame)\s*$`, 'i');

/** A question ending by blaming "it": "is that normal from it?", "could this be caused by it?". */
const BLAMED_ON_IT = new RegExp(String.raw`\b(?:${BLAMING}|a side effect of)\s+(?:it|them)\W*$`, 'i');

/** "it" causing what follows: "can it cause", "does it give you", "will it make me", "it gives me". */
const IT_CAUSES =
  /\b(?:(?:can|could|does|do|will|would|might|may) (?:it|they|this|that) (?:\w+ )?(?:cause|causing|give|giving|make|making|lead to|trigger|bring on)|(?:it|they) (?:gives?|makes?|causes?)|(?:is|are) (?:it|they) (?:\w+ )?(?:causing|giving|making))\b[^.?!]*$/i;

/** Words pointing at a medicine: "this medicine", "the tablets", "her meds", "the inhaler". */
const MEDICINE_REFERENCE =
  /\b(?:this|that|the|these|those|his|her|my|your|our|their|such)\s+(?:medicines?|medications?|drugs?|pills?|tablets?|capsules?|injections?|shots?|meds|inhalers?|puffers?|patch(?:es)?)\b/i;

/** Words about a medicine's doses: "the next dose", "the missed one", "a double dose", "the dosage". */
const DOSE_WORDS = /\b(?:doses?|dosage|dosing|the missed one)\b/i;

/**
 * Taking "it" is taking a medicine: "is it safe to take it long term for lupus?" asks about the medicine; so
 * does "is it contraindicated with heart failure?" (only a treatment is contraindicated).
 */
const TAKING_IT =
  /\b(?:(?:take|taking|took|use|using|give|giving|stay on|stop|stopping)\s+(?:it|them)|(?:is|are)\s+(?:it|they)\s+(?:\w+\s+)?contraindicated)\b/i;

/**
 * The medicine a clause refers to: the one named last before it, when the clause says "this medicine" (or
 * the like) before anything it names, or when the clause names nothing and the medicine is the last thing
 * named ("it" is the medicine).
 */
function medicineReferred(
  clause: Sentence,
  mentions: Mention[],
  /** Where the first condition the clause names starts, if it names one. */
  firstNamed: number | undefined,
  /** Conditions named from the sentence before the clause up to it. */
  namedBefore: Mention[],
  /** Whether the clause points at a disease ("this condition"): then "it" is not the medicine. */
  aboutDisease: boolean,
  /** The medicine the sub-question before was a drug question about. */
  askedBefore?: Mention,
  /** The claim a question asking only "is that true?" is about: its "it" counts as the clause's. */
  claim = '',
  /** Whether all the clause names are complaints ("headaches", "a cough"), see `SIGN_WORDS`. */
  namesOnlySigns = false,
): Mention | undefined {
  const before = mentions.filter((m) => m.end <= clause.start && !isTopic(m.kind));
  const drug = before.filter((m) => isDrugLike(m.kind)).at(-1);
  if (!drug) return undefined;
  // The reference must come before what the clause names: "Is this medicine causing cancer?" asks about
  // the medicine, "How can I keep from getting another DVT once I stop the medicine?" about the DVT.
  // (or a complaint is blamed on it: "I get an upset stomach after a dose, is that from the tablets?")
  // A complaint blamed on "it" at the end ("the moon face, is that normal from it?") blames the medicine.
  if (BLAMED_ON_IT.test(clause.text)) return drug;
  // "it" causing a complaint the clause names, right after the medicine: "They prescribed nifedipine. Can it
  // give me headaches?" (after a condition named last, "it" is the condition: "I have lupus. Can it cause
  // rashes?").
  if (
    namesOnlySigns &&
    firstNamed !== undefined &&
    IT_CAUSES.test(clause.text.slice(0, firstNamed - clause.start)) &&
    ((before.at(-1) === drug && namedBefore.includes(drug)) || askedBefore === drug)
  )
    return drug;
  const reference = MEDICINE_REFERENCE.exec(clause.text) ?? TAKING_IT.exec(clause.text);
  if (reference)
    return firstNamed === undefined ||
      clause.start + reference.index < firstNamed ||
      BLAMED_ON.test(clause.text.slice(0, reference.index))
      ? drug
      : undefined;
  // A dose is a medicine's: "Should he take the missed one now?" and "how do I restart, same dose?" after
  // "he takes Sinemet" ask about the medicine, even when a condition was named after it; so does "Is the
  // dizziness from the double dose?".
  if ((firstNamed === undefined || namesOnlySigns) && !aboutDisease && DOSE_WORDS.test(clause.text))
    return drug;
  // Named last, and in the sentence just before or pointed at by "it": "The doctor prescribed deferasirox.
  // How must he take it? Can it damage his kidneys?" (but not "... on eplerenone. The team has been
  // fantastic. How does the move to adult services work?").
  const pronoun = /\b(?:it|they|them)\b/i.test(`${clause.text} ${claim}`.replace(EMPTY_IT, ''));
  const near = namedBefore.includes(drug) || pronoun;
  if (firstNamed === undefined && before.at(-1) === drug && near && !aboutDisease) return drug;
  // Or "it" goes on with the medicine the question before asked about: "Isn't that a malaria medicine? How
  // does it help lupus? Can it hurt my eyes?"
  return firstNamed === undefined && askedBefore && pronoun && !aboutDisease ? askedBefore : undefined;
}

/**
 * "It" standing for nothing, before an activity: "Is it safe for her to swim?", "is it safe for me to take
 * this flight?", "to go on a cruise?" ask about swimming, flying and cruising, not about the medicine named
 * before ("is it safe to take", "is it ok to drink with it" still point at one).
 */
const EMPTY_IT =
  /\bis it (?:\w+ )?(?:safe|ok|okay|fine|alright|all right|possible|dangerous|risky|wise|allowed|a good idea|a problem) (?:for (?:\w+ ){1,2})?to (?!(?:take(?! (?:a|an|the|this|that|my|his|her|our) (?:\w+ )?(?:flight|plane|trip|holiday|journey|cruise)\b)|use|give|have|try|start|stop|continue|mix|combine|drink|eat|inject|apply|double|crush|split|chew|swallow|store|keep|get|be|come|go on(?! (?:a|an|the|this|that|my|his|her|our) (?:\w+ )?(?:cruise|holiday|vacation|trip|journey|flight|plane|hike|date)\b))\b)\w+/gi;

/** A sub-question while a message is read: `fallback` when its type is the default for an unclear question. */
type Draft = SubQuestion & {
  fallback: boolean;
  /** The same question about a second condition ("the difference between X and Y": what each is). */
  also?: Draft;
};

/** Words telling of a new diagnosis just before a condition's name (see `newDiagnosisBonus`). */
const NEW_DIAGNOSIS =
  /\b(?:now|recently|just|newly|last (?:week|month)|found out|turned out|(?:now|also) (?:have|has|got)|diagnosed (?:me |him |her )?(?:with|as)|(?:say|says|said|think|thinks|told (?:me|us|him|her)) (?:that )?(?:i|he|she|they|we) (?:has|have|had))\b[^.?!]{0,40}$/i;

/**
 * A question that only names someone else ("what about him?", "and my daughter?"), or only asks when or how
 * ("is he likely to need dialysis, and roughly when?", "what scans do I need and how often?", "should we be
 * tested, and how is that done?", "will the NHS pay, or do I have to?"): the one before, again.
 */
const ELLIPTICAL =
  /(?:^|[,;:\-–]\s*)(?:(?:and|but|so)\s+)?(?:(?:what|how) about|and) (?:him|her|them|me|us|(?:my|our|his|her|their|the) (?:\w+ )?\w+)\W*$|^\W*(?:(?:and|or)\s+)?(?:roughly |about |approximately |if so,? )?(?:when|how soon|how often|at what age|by what age)\W*$|^\W*(?:(?:and|so)\s+)?how (?:is|would|will|can|could|do) (?:that|this|it|they) (?:be )?(?:done|work|happen)\W*$|^\W*(?:(?:or|and)\s+)?(?:do|would|will|must|should) (?:i|we|they|he|she) (?:have to|need to)\W*$/i;

/**
 * Sub-questions without the defaults (`information`, or `treatment` for a plea for help) given to unclear
 * questions, when another question of the message says clearly what it asks: the default stands in for
 * a message that names no aspect, not for one more sentence beside a clear question.
 */
function dropFallbacks(drafts: Draft[]): Draft[] {
  if (!drafts.some((d) => !d.fallback)) return drafts;
  return drafts.filter((d) => !d.fallback);
}

/**
 * Without the statements read as a request for information only by a guess ("I'm starting to wonder about
 * porphyria.", "We want to know before his appointment."), when another sub-question is confident: beside a
 * real question they are story. A rule's reading ("I would like information on X") stays.
 */
function dropStatedGuesses(drafts: Draft[]): Draft[] {
  const guess = (d: Draft) =>
    d.type === 'information' && d.confidence < ANALYSIS.ruleConfidence && !isPlainQuestion(d.text);
  if (!drafts.some((d) => !guess(d) && d.confidence >= ANALYSIS.confidentAt)) return drafts;
  return drafts.filter((d) => !guess(d));
}

/** Words asking whether what was said is true: "is that true?", "is it really a myth?", "any truth in this?". */
const IS_THAT_TRUE = String.raw`(?:is|was) (?:that|this|it) (?:really |actually |even )?(?:true|right|correct|a myth|so|a fact)|is there (?:any )?truth (?:to|in) (?:that|this|it)`;

/**
 * A question that only asks whether the sentence before it is true ("Is there any truth to that?"), or which
 * of two pieces of advice told before is right ("Who is right?", `WHICH_IS_RIGHT`), and nothing more ("Is it
 * true people with X get Y more?" says itself what it asks).
 */
const TRUTH_CHECK = new RegExp(
  String.raw`^\W*(?:${IS_THAT_TRUE}|(?:is|was) (?:that|this|it) (?:really |actually |even )?possible|(?:can|could) (?:that|this|it) (?:really )?be (?:true|right)|(?:true|myth|fact) or (?:not|myth|fiction))\b(?:\s+or (?:not|a myth|what|false|(?:is (?:it|that|this) )?(?:just )?(?:exaggerated|overblown|a myth|nonsense|rubbish|an old wives'? tale)))?\W*$`,
  'i',
);

/** Which of two pieces of advice told before is right: "Which one is right?", "Who do I believe?". */
const WHICH_IS_RIGHT =
  /^\W*(?:(?:so )?which(?: one| of them| of the two| doctor| advice| version| answer)? (?:is |are )?(?:right|correct|true|it)|(?:who|what)(?:'?s| is) (?:right|correct)|(?:whos|whats) right|who (?:do|should|can) (?:i|we) (?:believe|listen to|trust)|which (?:advice|one|doctor) (?:should|do|can) (?:i|we) (?:follow|believe|trust|listen to))\W*$/i;

/** Whether a question only asks whether what was told before is true or right (see `TRUTH_CHECK`). */
function asksWhetherTrue(text: string): boolean {
  return TRUTH_CHECK.test(text) || WHICH_IS_RIGHT.test(text);
}

/** "..., is that true?" or "..., or is that a myth?" closing a sentence that reports a claim. */
const TRUTH_TAG = new RegExp(
  String.raw`[,;:-]\s*(?:or )?(?:${IS_THAT_TRUE}|true or (?:not|false))(?:\s+or (?:not|a myth|what|false))?\W*$`,
  'i',
);

/** Words reporting what someone read or was told, up to the claim: "I read online that", "my aunt says". */
const REPORTING =
  /\b(?:read|heard|seen|saw|says?|said|told (?:me|us|him|her|them)|tells? (?:me|us|him|her|them)|claim(?:s|ed)?|saying|swears?|(?:keeps?|kept) (?:saying|telling (?:me|us|him|her)|hinting)|hinting|insists?|insisted|reckons?)\b(?:\s+(?:online|somewhere|recently|(?:on|in) (?:a |an |the )?\w+(?: \w+)?))*?(?:\s+that(?!\s+(?:means?|meant|is|was|would|will|makes?|made)\b))?\s+/gi;

/** Where a reported claim ends: "so he stopped taking it", "which would cost thousands". */
const CLAIM_END = /(?:,?\s+so\b|,\s*(?:which|but)\b|;|\s+but\b|,?\s+and that\b).*$/i;

/**
 * The claim a sentence reports ("statins cause memory loss" of "My dad read that statins cause memory loss,
 * so he stopped taking them"), or null when it reports none.
 */
function reportedClaim(text: string): string | null {
  let last: RegExpExecArray | null = null;
  for (const m of text.matchAll(REPORTING)) last = m;
  if (!last) return null;
  const from = last.index + last[0].length;
  const claim = text.slice(from).replace(CLAIM_END, '').trim();
  return claim.split(/\s+/).length >= 2 ? claim : null;
}

/** The last of the three sentences before `start` that reports a claim, if one does. */
function reportedClaimBefore(sentences: Sentence[], start: number): Sentence | undefined {
  return sentences
    .filter((s) => s.end <= start)
    .slice(-3)
    .reverse()
    .find((s) => reportedClaim(s.text) !== null);
}

/**
 * A follow-up that says nothing of its own ("Is that a problem?", "Should I be worried?", "What should I
 * do?"): what it asks is in the sentence before, which the rules read with it.
 */
const VAGUE_FOLLOW_UP =
  /^\W*(?:(?:is|was) (?:that|this|it) (?:a (?:big )?problem|bad|ok|okay|dangerous|something to worry about)|should i (?:be )?(?:worr(?:y|ied)|concerned)|what (?:should|do|can) (?:i|we) do(?: now)?)\W*$/i;

/** A question opening after a comma or a joining word ("..., what else can I try", "... and now is there"). */
const QUESTION_OPENING =
  /(?:[,:;(-]\s*|\s(?:so|but|and|now|then|also|please|or)\s+)(?=(?:what|how|why|is there|are there|is it|is this|is that|can|could|should|would|will|do|does|did|am i|are we|any)\b)/gi;

/** Openings clear enough to start a question in a run-on message without any punctuation before them. */
const RUN_ON_OPENING =
  /\s(?=(?:what (?:else|can|could|should|would|is the|are the|do|does)|why (?:is|does|do|did|am|are|would|can)|how (?:can|do|does|should|could|would|long|is|are)|is there|are there|can (?:i|we|he|she|it|this|you)|should (?:i|we|he|she)|do (?:i|we|you)|does (?:it|this|he|she|anyone)|will (?:it|this|he|she|i)|would (?:it|this|that))\b)/gi;

/**
 * Where a question opens inside a sentence (`QUESTION_OPENING`, `RUN_ON_OPENING`), the part from the last
 * opening on; null when the sentence opens with its question or no such part of 3+ words exists.
 */
export function questionTail(text: string): string | null {
  let at = -1;
  for (const m of text.matchAll(QUESTION_OPENING)) if (m.index > 0) at = m.index + m[0].length;
  for (const m of text.matchAll(RUN_ON_OPENING)) if (m.index > 0) at = Math.max(at, m.index + m[0].length);
  if (at < 0) return null;
  const tail = text.slice(at);
  return tail.split(/\s+/).filter(Boolean).length >= 3 ? tail : null;
}

/** What a message without a question asks for. */
type ImplicitRequest = 'information' | 'help' | 'statement';

/**
 * What a message with no question asks for, told by its filler sentences: information ("Any information
 * would be appreciated", or a message that only says who has the condition), help with the problem it
 * describes ("Please help us"), or nothing said (a story).
 */
function implicitRequest(sentences: Sentence[], roles: string[]): ImplicitRequest {
  const fillers = sentences.filter((_, i) => roles[i] === 'filler').map((s) => s.text);
  if (fillers.some((t) => /\binfo(?:rmation)?\b/i.test(t))) return 'information';
  if (fillers.some((t) => /\bhelp\b/i.test(t))) return 'help';
  // Only who has what ("My daughter has Crohn's disease."): nothing but the condition to ask about.
  if (roles.every((r) => r === 'background' || r === 'greeting' || r === 'filler')) return 'information';
  return 'statement';
}

/**
 * Sub-questions without the unsure ones (below ANALYSIS.dropBelow) when another sub-question is confident
 * (ANALYSIS.confidentAt or more); otherwise all of them.
 */
export function dropUnsure<T extends SubQuestion>(subquestions: T[]): T[] {
  if (!subquestions.some((s) => s.confidence >= ANALYSIS.confidentAt)) return subquestions;
  return subquestions.filter((s) => s.confidence >= ANALYSIS.dropBelow);
}

/** A topic rather than a disease or a drug ("Surgery", "MRI", "Breastfeeding"). */
function isTopic(kind: ConditionKind | null): boolean {
  return kind === 'other' || kind === 'test';
}

/** A focus that is a topic or found only as an everyday word (see `MATCH_SCORES`). */
function isWeakFocus(f: Focus): boolean {
  return isTopic(f.kind) || f.score <= MATCH_SCORES.broadWord;
}

/**
 * A focus named by a complaint ("the nosebleeds", "stomach pain", `SIGN_WORDS`): after the diseases named
 * with it, and a clause naming only complaints is about the message's disease.
 */
function isComplaint(f: Focus): boolean {
  // (of one or two words: "familial Mediterranean fever" is a disease)
  return SIGN_WORDS.test(f.text) && f.text.trim().split(/\s+/).length <= 2;
}

function isDrugLike(kind: ConditionKind | null): boolean {
  return kind === 'drug' || kind === 'supplement';
}

function toFocus(m: Mention, inSubject: boolean): Focus {
  return {
    conditionId: m.conditionId,
    name: m.preferredName,
    kind: m.kind,
    text: m.text,
    start: m.start,
    end: m.end,
    ...(inSubject ? { inSubject: true } : {}),
    score: Math.round(m.score * 1000) / 1000,
    match: m.match,
  };
}

function dropOverlaps<T extends { start: number; end: number }>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const s of sorted) if (!out.length || s.start >= out[out.length - 1].end) out.push(s);
  return out;
}

/**
 * The sentences to treat as questions: those detected as questions; failing that, the story and
 * background sentences (a message can ask without a question mark: "Information on X please");
 * failing that, the fillers; and for an empty message, the subject line.
 */
function pickQuestions(sentences: Sentence[], roles: string[], message: string, subject: string): Sentence[] {
  const withRole = (...wanted: string[]) => sentences.filter((_, i) => wanted.includes(roles[i]));
  const questions = withRole('question');
  // A plea for help beside a real question is story ("Please I need help for my friend, she has X. How
  // can she prevent the crises?").
  if (questions.some((q) => isPlainQuestion(q.text)))
    return questions.filter((q) => isPlainQuestion(q.text) || !PLEA.test(q.text));
  if (questions.length > 0) return questions;
  const rest = withRole('story', 'background');
  if (rest.length > 0) return [spanOf(rest, message)];
  const fillers = withRole('filler');
  if (fillers.length > 0) return [spanOf(fillers, message)];
  if (subject) return [{ text: subject, start: 0, end: 0 }];
  return [];
}

/** One sentence covering several (from the first's start to the last's end). */
function spanOf(parts: Sentence[], message: string): Sentence {
  const start = parts[0].start;
  const end = parts[parts.length - 1].end;
  return { text: message.slice(start, end), start, end };
}
