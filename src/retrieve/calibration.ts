/**
 * Calibrating the confidence threshold on data we own: MedQuAD's own questions re-phrased the way
 * people write (other wording, a synonym of the condition, a sentence of background around it), and
 * questions the knowledge base cannot answer (off topic, or about conditions that do not exist).
 * The LiveQA test set is never used here.
 */
import type { Article } from '../kb/index.js';
import type { QuestionType } from '../kb/question-types.js';
import type { RankedArticle } from '../compose/types.js';
import type { RetrievalCondition } from './retriever.js';

export interface CalibrationCase {
  text: string;
  /** Articles that answer it (same condition and type); empty when nothing in the knowledge base should. */
  expected: string[];
}

export interface CalibrationResult {
  /** The lowest threshold of least cost. */
  threshold: number;
  /** The highest threshold of that same least cost with no costlier one between the two. */
  bestUpTo: number;
  positives: number;
  negatives: number;
  /** At the chosen threshold: positives answered with an expected article. */
  answeredRight: number;
  /** Positives answered with an article not among the expected ones (the costly error). */
  answeredWrong: number;
  /** Negatives that got an answer anyway (the costly error). */
  falseAnswers: number;
  /** Positives left unanswered (a specialist writes them). */
  missed: number;
}

/** Person-style phrasings per type; `X` is the condition's name. */
const PHRASINGS: Partial<Record<QuestionType, string[]>> = {
  treatment: [
    'How is X treated?',
    'Is there any treatment for X?',
    'what can be done for X',
    'Is there a cure for X?',
  ],
  symptoms: [
    'What are the symptoms of X?',
    'what signs should I look for with X',
    'How does X affect the body?',
  ],
  cause: ['What causes X?', 'why do people get X?', 'What is the cause of X?'],
  inheritance: ['Is X inherited?', 'Can X be passed down to my children?', 'is X hereditary'],
  genetic_changes: ['What genes are involved in X?', 'which gene mutation causes X'],
  frequency: ['How common is X?', 'how many people have X'],
  diagnosis: ['How is X diagnosed?', 'what tests are used to find X'],
  prognosis: ['What is the prognosis for X?', 'what is the life expectancy with X'],
  information: ['What is X?', 'Can you give me information about X?', 'I would like to learn about X'],
  side_effects: ['What are the side effects of X?', 'can X cause side effects'],
  drug_usage: ['How should I take X?', 'what is the usual dose of X'],
};

/** Background sentences people write around their question. */
const WRAPPERS = [
  (q: string) => q,
  (q: string) => `My son was recently diagnosed. ${q} Thank you.`,
  (q: string) => `Hello, ${q.charAt(0).toLowerCase()}${q.slice(1)} Any help is appreciated.`,
  (q: string) => `${q} I am asking for my mother.`,
];

/** Questions the knowledge base cannot answer: off topic, or not medical at all. Written by us. */
export const OFF_TOPIC_QUESTIONS: readonly string[] = [
  'How do I fix a flat bicycle tire?',
  'What is the capital of Australia?',
  'Can you recommend a good recipe for banana bread?',
  'How do I reset my password on your website?',
  'What time does the post office close on Saturdays?',
  'Which programming language should I learn first?',
  'How much does it cost to ship a parcel to Canada?',
  'What is the best way to learn to play the guitar?',
  'How do I file my taxes online?',
  'When is the next solar eclipse?',
  'What should I plant in my garden in the spring?',
  'How do I change the oil in my car?',
  'Can I bring my dog on the train?',
  'Who won the football game last night?',
  'How do I clean a cast iron pan?',
  'What are your office hours?',
  'Is Zorvatin syndrome treatable?',
  'What causes Kellamund disease?',
  'How is Brisselton atrophy diagnosed?',
  'Is Quenbar-Holt syndrome inherited?',
  'What are the symptoms of Drevlin fever?',
  'How can I find a doctor who treats Morrowfen syndrome?',
];

/** A small deterministic random generator (mulberry32), so calibration is reproducible. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Re-phrased MedQuAD questions: `count` articles with answer text of a type we have phrasings for,
 * drawn at random (seeded), each asked with a person-style phrasing, sometimes by a synonym of the
 * condition, inside background sentences. Expected answers: every article of that condition and type.
 */
export function perturbedQuestions(
  articles: readonly Article[],
  conditions: readonly RetrievalCondition[],
  count: number,
  seed = 7,
): CalibrationCase[] {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const byCondition = new Map(conditions.map((c) => [c.id, c]));
  const usable = articles.filter(
    (a) => a.hasAnswer && PHRASINGS[a.questionType] && byCondition.has(a.conditionId),
  );
  const cases: CalibrationCase[] = [];
  for (let i = 0; i < count && usable.length > 0; i++) {
    const a = pick(usable);
    const cond = byCondition.get(a.conditionId)!;
    const name = random() < 0.3 && cond.names.length > 1 ? pick(cond.names) : cond.preferredName;
    const phrasing = pick(PHRASINGS[a.questionType]!).replace(
      'X',
      random() < 0.5 ? name.toLowerCase() : name,
    );
    const expected = articles
      .filter((b) => b.conditionId === a.conditionId && b.questionType === a.questionType)
      .map((b) => b.id);
    cases.push({ text: pick(WRAPPERS)(phrasing), expected });
  }
  return cases;
}

/**
 * Picks the threshold that minimizes the cost of wrong decisions over the cases, given each case's
 * best article as `top(case)`: answering with a wrong article or answering an unanswerable question
 * costs `wrongCost`, leaving an answerable question unanswered costs 1.
 */
export function calibrateThreshold(
  cases: readonly CalibrationCase[],
  top: (c: CalibrationCase) => RankedArticle | null,
  wrongCost = 3,
): CalibrationResult {
  const outcomes = cases.map((c) => {
    const best = top(c);
    return {
      score: best?.score ?? 0,
      positive: c.expected.length > 0,
      right: best !== null && c.expected.includes(best.articleId),
    };
  });
  const evaluate = (t: number) => {
    let answeredRight = 0;
    let answeredWrong = 0;
    let falseAnswers = 0;
    let missed = 0;
    for (const o of outcomes) {
      const answered = o.score >= t;
      if (o.positive && answered && o.right) answeredRight++;
      else if (o.positive && answered) answeredWrong++;
      else if (o.positive) missed++;
      else if (answered) falseAnswers++;
    }
    return {
      answeredRight,
      answeredWrong,
      falseAnswers,
      missed,
      cost: wrongCost * (answeredWrong + falseAnswers) + missed,
    };
  };
  let best = { threshold: 0, ...evaluate(0) };
  // The least-cost thresholds from `best.threshold` up to `bestUpTo`, without a costlier one between.
  let bestUpTo = 0;
  let onPlateau = true;
  for (let hundredths = 30; hundredths <= 95; hundredths++) {
    const threshold = hundredths / 100; // evaluated as reported (no drift from adding 0.01 up)
    const r = evaluate(threshold);
    if (r.cost < best.cost) {
      best = { threshold, ...r };
      bestUpTo = threshold;
      onPlateau = true;
    } else if (r.cost > best.cost) onPlateau = false;
    else if (onPlateau) bestUpTo = threshold;
  }
  return {
    threshold: best.threshold,
    bestUpTo,
    positives: outcomes.filter((o) => o.positive).length,
    negatives: outcomes.filter((o) => !o.positive).length,
    answeredRight: best.answeredRight,
    answeredWrong: best.answeredWrong,
    falseAnswers: best.falseAnswers,
    missed: best.missed,
  };
}
