/**
 * The in-memory article index: built once from every article of the knowledge base, then asked one
 * sub-question at a time. See score.ts for the combined score and params.ts for its numbers.
 */
import type { Article, Block, ConditionId, Xref } from '../kb/types.js';
import type { QuestionType } from '../kb/question-types.js';
import type { RankedArticle } from '../compose/types.js';
import { Bm25Index } from './bm25.js';
import { DEFAULT_PARAMS } from './params.js';
import type { ArticleField, RetrievalParams } from './params.js';
import {
  combinedScore,
  focusScore,
  fuseRankings,
  q2qScore,
  questionFocusBm25,
  sentenceScore,
  textScore,
  typeScore,
} from './score.js';
import type { FocusRelation } from './score.js';
import { sentences, terms } from './text.js';
import { Vocabulary } from './vocabulary.js';

/** What retrieval needs to know about a condition. */
export interface RetrievalCondition {
  id: ConditionId;
  preferredName: string;
  /** Every name except abbreviations (which are too ambiguous to link conditions or match text). */
  names: string[];
  xrefs: Xref[];
}

/** One sub-question, as retrieval sees it. */
export interface SubQuery {
  /** The person's words for this sub-question (the subject line may be appended). */
  text: string;
  type: QuestionType | null;
  /** Conditions recognized for this sub-question (focus and second focus), best first. */
  foci: ConditionId[];
}

/** Sentences of one article offered as a partial answer. */
export interface Evidence {
  articleId: string;
  sentences: string[];
  score: number;
}

interface Entry {
  article: Article;
  conditionIndex: number;
  /** Term ids of the article's question. */
  questionTerms: number[];
  /** Whether the answer says more than a restatement of its question (false for pointer-only articles). */
  usable: boolean;
}

interface ConditionEntry {
  condition: RetrievalCondition;
  /** Group id: conditions sharing a cross-reference or their preferred name are twins. */
  group: number;
  /** Term ids of each name (for "named in the text"). */
  nameTerms: number[][];
  /** Union of the term ids of all names. */
  allNameTerms: Set<number>;
  /** Term ids of all names in a row: the `focus` field of the condition's articles. */
  focusTerms: number[];
  articles: number[];
}

/** Order of article ids on equal scores: the same as `localeCompare`, without building a collator per call. */
const ID_ORDER = new Intl.Collator();

/** Largest group of twin conditions formed by linking; larger unions are refused (a too-generic name). */
const MAX_GROUP = 12;

export class Retriever {
  readonly params: RetrievalParams;
  private readonly entries: Entry[] = [];
  private readonly byId = new Map<string, number>();
  private readonly conditions: ConditionEntry[] = [];
  private readonly conditionIndex = new Map<ConditionId, number>();
  private readonly groups = new Map<number, number[]>();
  private readonly bm25: Bm25Index<ArticleField>;
  private readonly vocab = new Vocabulary();
  /** Average lengths of the question and focus fields (for `questionFocusBm25`). */
  private readonly avgLength = { question: 0, focus: 0 };

  constructor(
    articles: readonly Article[],
    conditions: readonly RetrievalCondition[],
    params: RetrievalParams = DEFAULT_PARAMS,
  ) {
    this.params = params;
    for (const c of conditions) this.addCondition(c);
    this.linkTwins();
    const docs: Array<Record<ArticleField, number[]>> = [];
    for (const article of articles) {
      let ci = this.conditionIndex.get(article.conditionId);
      if (ci === undefined) {
        ci = this.addCondition({ id: article.conditionId, preferredName: '', names: [], xrefs: [] });
        this.groups.set(ci, [ci]);
      }
      const cond = this.conditions[ci];
      const answer = blocksText(article.blocks);
      const questionTerms = this.tokenize(article.question);
      this.byId.set(article.id, this.entries.length);
      cond.articles.push(this.entries.length);
      this.entries.push({
        article,
        conditionIndex: ci,
        questionTerms,
        usable: isUsableAnswer(article, answer),
      });
      docs.push({
        question: questionTerms,
        focus: cond.focusTerms,
        answer: this.tokenize(answer),
      });
    }
    for (const d of docs) {
      this.avgLength.question += d.question.length / docs.length;
      this.avgLength.focus += d.focus.length / docs.length;
    }
    this.bm25 = new Bm25Index<ArticleField>(
      ['question', 'focus', 'answer'],
      docs,
      this.vocab.size,
      params.bm25,
    );
  }

  /** Number of articles indexed. */
  get size(): number {
    return this.entries.length;
  }

  article(id: string): Article | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.entries[i].article;
  }

  /** Whether an article has answer text beyond a restatement of its question. */
  isUsable(id: string): boolean {
    const i = this.byId.get(id);
    return i !== undefined && this.entries[i].usable;
  }

  /** Articles of a condition and of its twins. */
  articlesOf(conditionId: ConditionId): Article[] {
    return this.twinIndexes(conditionId).flatMap((ci) =>
      this.conditions[ci].articles.map((i) => this.entries[i].article),
    );
  }

  /** Whether a score is high enough to answer with (see `params.threshold`). */
  isConfident(score: number): boolean {
    return score >= this.params.threshold;
  }

  /**
   * Ranks articles for one sub-question: every article of the recognized conditions (and their twins)
   * plus the best BM25 matches, scored by `combinedScore`. Returns the best `k`, best first.
   */
  rank(query: SubQuery, k: number): RankedArticle[] {
    const focusIdx = new Set<number>();
    const twinIdx = new Set<number>();
    for (const id of query.foci) {
      const ci = this.conditionIndex.get(id);
      if (ci === undefined) continue;
      focusIdx.add(ci);
      for (const t of this.twinIndexes(id)) twinIdx.add(t);
    }
    const queryTerms = this.queryIds(query.text);
    for (const ci of focusIdx) queryTerms.push(...this.queryIds(this.conditions[ci].condition.preferredName));
    const querySet = new Set(queryTerms);
    const distinctQuery = [...querySet];

    const candidates = new Set<number>();
    for (const ci of twinIdx) for (const i of this.conditions[ci].articles) candidates.add(i);
    for (const hit of this.bm25.search(queryTerms, this.params.bm25Candidates)) candidates.add(hit.doc);

    const idf = (t: number) => this.bm25.idf(t);
    const focusConditions = [...focusIdx].map((ci) => this.conditions[ci].condition);
    const scored = [...candidates].map((i) => {
      const entry = this.entries[i];
      const cond = this.conditions[entry.conditionIndex];
      const relation: FocusRelation = focusIdx.has(entry.conditionIndex)
        ? 'same'
        : twinIdx.has(entry.conditionIndex)
          ? 'equivalent'
          : focusConditions.some((f) => sharesName(f, cond.condition))
            ? 'shares_name'
            : focusIdx.size === 0 && this.namedIn(cond, querySet)
              ? 'named_in_text'
              : 'none';
      return { i, entry, cond, relation, qf: this.questionFocusScore(distinctQuery, i) };
    });
    const maxQf = Math.max(0, ...scored.map((c) => c.qf));
    const ranked: Array<RankedArticle & { qf: number }> = [];
    for (const { i, entry, cond, relation, qf } of scored) {
      const matched = this.bm25.scoreDoc(queryTerms, i).matched;
      // The article's condition names are the placeholder of its question when the focus matches.
      const isFocusName = (t: number) => relation !== 'none' && cond.allNameTerms.has(t);
      const features = {
        focus: focusScore(relation, this.params),
        type: typeScore(query.type, entry.article.questionType),
        q2q: q2qScore(entry.questionTerms, (t) => querySet.has(t), idf, isFocusName, relation !== 'none'),
        text: textScore(qf, maxQf),
      };
      ranked.push({
        qf,
        articleId: entry.article.id,
        score: round(combinedScore(features, this.params)),
        type: entry.article.questionType,
        conditionId: entry.article.conditionId,
        question: entry.article.question,
        reasons: {
          // A shared name ranks the article up but does not make it an answer about the recognized condition.
          focusMatched: relation !== 'none' && relation !== 'shares_name',
          typeMatched: features.type === 1,
          terms: matched.map((t) => this.vocab.termNames[t]),
        },
      });
    }
    const byId = (a: RankedArticle, b: RankedArticle) => ID_ORDER.compare(a.articleId, b.articleId);
    const byScore = [...ranked].sort((a, b) => b.score - a.score || byId(a, b));
    const byText = [...ranked].sort((a, b) => b.qf - a.qf || byId(a, b));
    // Without a recognized condition the question + focus BM25 ranking is the better guide (see params).
    const { k: fusionK, textWeight, textWeightWithoutFocus } = this.params.fusion;
    const fused = fuseRankings([byScore, byText], fusionK, [
      1,
      focusIdx.size === 0 ? textWeightWithoutFocus : textWeight,
    ]);
    return byScore
      .map(({ qf: _, ...r }) => ({ r, f: fused.get(r.articleId) ?? 0 }))
      .sort((a, b) => b.f - a.f || b.r.score - a.r.score || byId(a.r, b.r))
      .slice(0, k)
      .map((x) => x.r);
  }

  /**
   * Sentences from the usable articles of the recognized conditions that speak to `type` (see
   * `sentenceScore`), best article first. Used when no article of that type has answer text.
   */
  evidence(query: SubQuery, type: QuestionType): Evidence[] {
    const querySet = new Set(terms(query.text));
    const out: Evidence[] = [];
    const seen = new Set<string>();
    for (const id of query.foci) {
      for (const article of this.articlesOf(id)) {
        if (seen.has(article.id) || !this.isUsable(article.id) || article.questionType === type) continue;
        seen.add(article.id);
        const scored = sentences(blocksText(article.blocks))
          .filter((s) => !s.endsWith('?'))
          .map((s) => ({ s, score: sentenceScore(s, type, terms(s), querySet) }))
          .filter((x) => x.score >= this.params.partialMinSentenceScore);
        if (scored.length === 0) continue;
        const best = [...scored].sort((a, b) => b.score - a.score).slice(0, this.params.partialMaxSentences);
        const kept = scored.filter((x) => best.includes(x)).map((x) => x.s); // keep reading order
        out.push({ articleId: article.id, sentences: kept, score: Math.max(...best.map((x) => x.score)) });
      }
    }
    out.sort((a, b) => b.score - a.score || a.articleId.localeCompare(b.articleId));
    return out.slice(0, 2);
  }

  private addCondition(c: RetrievalCondition): number {
    const existing = this.conditionIndex.get(c.id);
    if (existing !== undefined) return existing;
    const nameTerms = [...new Set([c.preferredName, ...c.names])]
      .map((n) => this.tokenize(n))
      .filter((ts) => ts.length > 0);
    const index = this.conditions.length;
    this.conditions.push({
      condition: c,
      group: index,
      nameTerms,
      allNameTerms: new Set(nameTerms.flat()),
      focusTerms: nameTerms.flat(),
      articles: [],
    });
    this.conditionIndex.set(c.id, index);
    return index;
  }

  /**
   * Groups conditions that share a cross-reference or the same preferred name (the importer already
   * merges most twins; synonyms are not used here because they are too often shared by different conditions).
   */
  private linkTwins(): void {
    const parent = this.conditions.map((_, i) => i);
    const size = this.conditions.map(() => 1);
    const find = (i: number): number => {
      while (parent[i] !== i) i = parent[i] = parent[parent[i]]!;
      return i;
    };
    const union = (a: number, b: number) => {
      const ra = find(a);
      const rb = find(b);
      if (ra === rb || size[ra] + size[rb] > MAX_GROUP) return;
      parent[rb] = ra;
      size[ra] = size[ra] + size[rb];
    };
    const firstWithKey = new Map<string, number>();
    const link = (key: string, i: number) => {
      const j = firstWithKey.get(key);
      if (j === undefined) firstWithKey.set(key, i);
      else union(j, i);
    };
    this.conditions.forEach((c, i) => {
      for (const x of c.condition.xrefs) link(`x:${x.db}:${x.id}`, i);
      const preferred = normalizeName(c.condition.preferredName);
      if (preferred.length >= 4) link(`n:${preferred}`, i);
    });
    this.conditions.forEach((c, i) => {
      c.group = find(i);
      const members = this.groups.get(c.group) ?? [];
      members.push(i);
      this.groups.set(c.group, members);
    });
  }

  private twinIndexes(conditionId: ConditionId): number[] {
    const ci = this.conditionIndex.get(conditionId);
    if (ci === undefined) return [];
    return this.groups.get(this.conditions[ci].group) ?? [ci];
  }

  /** Term ids of indexed text (new terms get new ids). */
  private tokenize(text: string): number[] {
    const out: number[] = [];
    this.vocab.tokenize(text, out);
    return out;
  }

  /** Term ids of a query (terms no indexed text contains are dropped: they cannot match). */
  private queryIds(text: string): number[] {
    return terms(text)
      .map((t) => this.vocab.idOf(t))
      .filter((id) => id >= 0);
  }

  /** BM25F of an article's question and focus fields for the query (see `questionFocusBm25`). */
  /** Term counts of article questions and of condition names, built on first use (see `termCounts`). */
  private readonly questionTfCache = new Map<number, Map<number, number>>();
  private readonly idf = (t: number): number => this.bm25.idf(t);
  private readonly focusTfCache = new Map<number, Map<number, number>>();

  private questionFocusScore(distinctTerms: readonly number[], i: number): number {
    const entry = this.entries[i];
    const focus = this.conditions[entry.conditionIndex].focusTerms;
    const { question, focus: focusParams } = this.params.bm25.fields;
    return questionFocusBm25(
      distinctTerms,
      this.idf,
      [
        {
          weight: question.weight,
          b: question.b,
          length: entry.questionTerms.length,
          avgLength: this.avgLength.question,
          counts: termCounts(this.questionTfCache, i, entry.questionTerms),
        },
        {
          weight: focusParams.weight,
          b: focusParams.b,
          length: focus.length,
          avgLength: this.avgLength.focus,
          counts: termCounts(this.focusTfCache, entry.conditionIndex, focus),
        },
      ],
      this.params.bm25.k1,
    );
  }

  /** Whether all terms of one of the condition's names appear in the query. */
  private namedIn(cond: ConditionEntry, querySet: ReadonlySet<number>): boolean {
    return cond.nameTerms.some((ts) => ts.every((t) => querySet.has(t)));
  }
}

/** How often each term occurs in `terms`, cached under `key` so each list is counted once. */
function termCounts(
  cache: Map<number, Map<number, number>>,
  key: number,
  terms: readonly number[],
): Map<number, number> {
  let counts = cache.get(key);
  if (!counts) {
    counts = new Map();
    for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    cache.set(key, counts);
  }
  return counts;
}

/** Plain text of answer blocks (paragraphs, headings, list items and table cells), for indexing. */
export function blocksText(blocks: readonly Block[]): string {
  const parts: string[] = [];
  for (const b of blocks) {
    switch (b.type) {
      case 'paragraph':
      case 'heading':
        parts.push(b.text);
        break;
      case 'list':
        parts.push(...b.items);
        break;
      case 'table':
        parts.push(...b.rows.map((r) => r.join(' ')));
        break;
    }
  }
  return parts.join('\n');
}

/**
 * Whether an article's answer says something: false when it has no text, or when its text only
 * restates a question (GARD sometimes kept only the heading, e.g. "How might X be treated?").
 */
export function isUsableAnswer(article: Article, answerText: string = blocksText(article.blocks)): boolean {
  if (!article.hasAnswer) return false;
  if (answerText.length > 400) return true; // longer than any restated question
  const rest = sentences(answerText.replace(/\[\d+\]/g, '')).filter((s) => !s.endsWith('?'));
  return rest.join(' ').split(/\s+/).filter(Boolean).length >= 5;
}

/**
 * Whether two conditions are the same one under different records: the preferred name of one is a
 * name of the other (a shared synonym alone is not enough: synonyms are often shared by a condition
 * and its subtypes).
 */
function sharesName(a: RetrievalCondition, b: RetrievalCondition): boolean {
  const na = normalizedNames(a);
  const nb = normalizedNames(b);
  const has = (names: NormalizedNames, name: string) => name.length >= 4 && names.all.has(name);
  return has(nb, na.preferred) || has(na, nb.preferred);
}

interface NormalizedNames {
  preferred: string;
  /** The preferred name and every other name, normalized. */
  all: Set<string>;
}

/** Normalized names of each condition, computed once (ranking asks for them for every candidate). */
const NORMALIZED_NAMES = new WeakMap<RetrievalCondition, NormalizedNames>();

function normalizedNames(c: RetrievalCondition): NormalizedNames {
  let names = NORMALIZED_NAMES.get(c);
  if (names === undefined) {
    names = {
      preferred: normalizeName(c.preferredName),
      all: new Set([c.preferredName, ...c.names].map(normalizeName)),
    };
    NORMALIZED_NAMES.set(c, names);
  }
  return names;
}

function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
