/**
 * The in-memory article index: built once from every article header of the knowledge base, then
 * asked one sub-question at a time. See score.ts for the combined score and params.ts for its numbers.
 * Answer bodies are not held here: callers pass the ones they read (see bodies.ts).
 */
import type { Article, ArticleHeader, Block, ConditionId, Xref } from '../kb/types.js';
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
  typeTemplates,
  namedSentenceScore,
  sentenceScore,
  textScore,
  typeScore,
} from './score.js';
import type { Features, FocusRelation } from './score.js';
import { sentences, terms, words } from './text.js';
import { Vocabulary } from './vocabulary.js';

/** What retrieval needs to know about a condition. */
export interface RetrievalCondition {
  id: ConditionId;
  preferredName: string;
  /** Every name except abbreviations (which are too ambiguous to link conditions or match text). */
  names: string[];
  /** The abbreviations ("PCOS"), used only to fill a gap with a condition the person named by one. */
  abbreviations?: string[];
  xrefs: Xref[];
}

/** One sub-question, as retrieval sees it. */
export interface SubQuery {
  /** The person's words for this sub-question (the subject line may be appended). */
  text: string;
  type: QuestionType | null;
  /** Conditions recognized for this sub-question (focus and second focus), best first. */
  foci: ConditionId[];
  /** The words the message used for those conditions ("PCOS"), wherever in the message they stand. */
  written?: string[];
}

/** Sentences of one article offered as a partial answer. */
export interface Evidence {
  articleId: string;
  sentences: string[];
  score: number;
}

interface Entry {
  article: ArticleHeader;
  /** The article's question type (kept here so ranking does not touch the article itself). */
  type: QuestionType;
  conditionIndex: number;
  /** Term ids of the article's question. */
  questionTerms: Int32Array;
}

interface ConditionEntry {
  condition: RetrievalCondition;
  /** Group id: conditions sharing a cross-reference or their preferred name are twins. */
  group: number;
  /** Term ids of each name (for "named in the text"). */
  nameTerms: number[][];
  /** Union of the term ids of all names (built when first needed, see `nameTermSet`). */
  allNameTerms: Set<number> | null;
  /** Term ids of all names in a row: the `focus` field of the condition's articles. */
  focusTerms: number[];
  articles: number[];
}

/** A query as `rank` works with it (see `prepareQuery`). */
interface PreparedQuery {
  /** Indexes of the recognized conditions, and of them with their twins. */
  focusIdx: Set<number>;
  twinIdx: Set<number>;
  focusConditions: RetrievalCondition[];
  /**
   * Whether the recognized conditions (with their twins) have an article of the asked type. When they do
   * not, a condition sharing a name with one of them is its record in another collection, and counts as
   * the same condition (see `relation`).
   */
  typeCovered: boolean;
  /** The query text and the words written for its conditions, normalized as names are, space-delimited. */
  textKey: string;
  /** Term ids of the query text and the recognized conditions' preferred names, in order. */
  terms: number[];
  /** Whether a term is one of the query's. */
  inQuery: (term: number) => boolean;
}

/** An answer sentence offered as evidence: its text, its words and its distinct terms (see `sentenceScore`). */
interface EvidenceSentence {
  text: string;
  words: string[];
  terms: string[];
}

/** Articles whose sentences `evidence` keeps split at a time (the cache starts over beyond this). */
const SENTENCE_CACHE_ARTICLES = 5000;

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
  /** Per term: the number of the last query containing it (see `prepareQuery`). */
  private readonly termStamp: Int32Array;
  private stamp = 0;
  /** Answer sentences of the articles `evidence` has read (see `answerSentences`). */
  private readonly sentenceCache = new Map<string, EvidenceSentence[]>();
  /** Position of each article in the order of article ids (see `ID_ORDER`). */
  private readonly idOrder: Int32Array;
  private readonly idf = (t: number): number => this.bm25.idf(t);
  /** Per question type, the terms its questions are phrased with (see `typeTemplates`). */
  private readonly typeTemplates: Map<QuestionType, Set<number>>;

  constructor(
    articles: readonly ArticleHeader[],
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
      const questionTerms = this.tokenize(article.question);
      this.byId.set(article.id, this.entries.length);
      cond.articles.push(this.entries.length);
      this.entries.push({
        article,
        type: article.questionType,
        conditionIndex: ci,
        questionTerms: Int32Array.from(questionTerms),
      });
      docs.push({ question: questionTerms, focus: cond.focusTerms });
    }
    this.bm25 = new Bm25Index<ArticleField>(['question', 'focus'], docs, this.vocab.size, params.bm25);
    this.typeTemplates = typeTemplates(
      this.entries.map((e) => ({
        type: e.type,
        questionTerms: e.questionTerms,
        nameTerms: this.nameTermSet(e.conditionIndex),
      })),
      params.typeTemplateShare,
    );
    this.termStamp = new Int32Array(this.vocab.size);
    // Ties on score are broken by article id; ranking compares these positions instead of the strings.
    this.idOrder = new Int32Array(this.entries.length);
    this.entries
      .map((e, i) => ({ id: e.article.id, i }))
      .sort((a, b) => ID_ORDER.compare(a.id, b.id))
      .forEach(({ i }, position) => (this.idOrder[i] = position));
  }

  /** Number of articles indexed. */
  get size(): number {
    return this.entries.length;
  }

  header(id: string): ArticleHeader | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.entries[i].article;
  }

  /** Articles of a condition and of its twins. */
  articlesOf(conditionId: ConditionId): ArticleHeader[] {
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
    const q = this.prepareQuery(query);
    const { candidates, bm25 } = this.candidates(q);
    const n = candidates.length;
    const scores = new Float64Array(n);
    const qfs = new Float64Array(n);
    const relations: FocusRelation[] = new Array<FocusRelation>(n);
    const relationOf = new Map<number, FocusRelation>();
    for (let c = 0; c < n; c++) {
      const ci = this.entries[candidates[c]].conditionIndex;
      let relation = relationOf.get(ci);
      if (relation === undefined) relationOf.set(ci, (relation = this.relation(q, ci)));
      relations[c] = relation;
      // The text feature's BM25F: from the search, or (for articles found by their condition) computed.
      qfs[c] = bm25.get(candidates[c]) ?? this.bm25.scoreDoc(q.terms, candidates[c]).score;
    }
    let maxQf = 0;
    for (let c = 0; c < n; c++) if (qfs[c] > maxQf) maxQf = qfs[c];
    for (let c = 0; c < n; c++) {
      const entry = this.entries[candidates[c]];
      const relation = relations[c];
      const focusNames = relation === 'none' ? null : this.nameTermSet(entry.conditionIndex);
      const type = typeScore(query.type, entry.type);
      const typeTerms = focusNames && type > 0 ? (this.typeTemplates.get(entry.type) ?? null) : null;
      const features: Features = {
        focus: focusScore(relation, this.params),
        type,
        // The article's condition names are the placeholder of its question when the focus matches, and
        // also its type's usual words, as far as its type answers the asked one.
        q2q: q2qScore(entry.questionTerms, q.inQuery, this.idf, focusNames, typeTerms, type),
        text: textScore(qfs[c], maxQf),
      };
      scores[c] = round(combinedScore(features, this.params));
    }
    const byId = (a: number, b: number) => this.idOrder[candidates[a]] - this.idOrder[candidates[b]];
    const positions = Array.from({ length: n }, (_, c) => c);
    const byScore = [...positions].sort((a, b) => scores[b] - scores[a] || byId(a, b));
    const byText = positions.sort((a, b) => qfs[b] - qfs[a] || byId(a, b));
    // Without a recognized condition the question + focus BM25 ranking is the better guide (see params).
    const { k: fusionK, textWeight, textWeightWithoutFocus } = this.params.fusion;
    const fused = fuseRankings([byScore, byText], n, fusionK, [
      1,
      q.focusIdx.size === 0 ? textWeightWithoutFocus : textWeight,
    ]);
    return byScore
      .sort((a, b) => fused[b] - fused[a] || scores[b] - scores[a] || byId(a, b))
      .slice(0, k)
      .map((c) => this.rankedArticle(q, candidates[c], scores[c], relations[c], query.type));
  }

  /** What `rank` needs about a query, computed once: its conditions, its terms, and term lookups. */
  private prepareQuery(query: SubQuery): PreparedQuery {
    const focusIdx = new Set<number>();
    const twinIdx = new Set<number>();
    for (const id of query.foci) {
      const ci = this.conditionIndex.get(id);
      if (ci === undefined) continue;
      focusIdx.add(ci);
      for (const t of this.twinIndexes(id)) twinIdx.add(t);
    }
    const typeCovered = [...twinIdx].some((ci) =>
      this.conditions[ci].articles.some((i) => this.entries[i].type === query.type),
    );
    const terms = this.queryIds(query.text);
    for (const ci of focusIdx) terms.push(...this.queryIds(this.conditions[ci].condition.preferredName));
    // `termStamp` marks the terms of this query with its number (no clearing needed between queries).
    const stamp = ++this.stamp;
    for (const t of terms) this.termStamp[t] = stamp;
    const termStamp = this.termStamp;
    return {
      focusIdx,
      twinIdx,
      terms,
      inQuery: (t: number) => termStamp[t] === stamp,
      focusConditions: [...focusIdx].map((ci) => this.conditions[ci].condition),
      typeCovered,
      textKey: ` ${[query.text, ...(query.written ?? [])].map(normalizeName).join(' ')} `,
    };
  }

  /**
   * Candidate articles: every article of the recognized conditions and twins, then the best BM25 matches
   * (with their BM25F scores).
   */
  private candidates(q: PreparedQuery): { candidates: number[]; bm25: Map<number, number> } {
    const seen = new Set<number>();
    for (const ci of q.twinIdx) for (const i of this.conditions[ci].articles) seen.add(i);
    const bm25 = new Map<number, number>();
    for (const hit of this.bm25.search(q.terms, this.params.bm25Candidates)) {
      seen.add(hit.doc);
      bm25.set(hit.doc, hit.score);
    }
    return { candidates: [...seen], bm25 };
  }

  /** How a condition relates to the query's recognized conditions (see `FocusRelation`). */
  private relation(q: PreparedQuery, ci: number): FocusRelation {
    if (q.focusIdx.has(ci)) return 'same';
    if (q.twinIdx.has(ci)) return 'equivalent';
    const cond = this.conditions[ci];
    const gap = !q.typeCovered && this.params.sharedNameFillsGap;
    if (q.focusConditions.some((f) => sharesName(f, cond.condition)))
      return gap ? 'equivalent' : 'shares_name';
    // Filling a gap, a shared name of two or more words is enough ("Raynaud's phenomenon" is a name of both
    // "Raynaud's Disease" and "Raynaud phenomenon").
    if (gap && q.focusConditions.some((f) => sharesLongName(f, cond.condition))) return 'equivalent';
    // ... and so is a shared name the person wrote, however short: "PCOS" names both GARD's "Polycystic
    // ovarian syndrome" and MedlinePlus's "Polycystic Ovary Syndrome" (a shared abbreviation only when the
    // preferred names also share two words: "ALS" names more than one condition).
    if (gap && q.focusConditions.some((f) => sharesWrittenName(f, cond.condition, q.textKey)))
      return 'equivalent';
    if (q.focusIdx.size === 0 && cond.nameTerms.some((ts) => ts.every(q.inQuery))) return 'named_in_text';
    return 'none';
  }

  /** A ranked candidate with its reasons (the matched terms are looked up only for those returned). */
  private rankedArticle(
    q: PreparedQuery,
    i: number,
    score: number,
    relation: FocusRelation,
    asked: QuestionType | null,
  ): RankedArticle {
    const { article, type } = this.entries[i];
    return {
      articleId: article.id,
      score,
      type,
      conditionId: article.conditionId,
      question: article.question,
      reasons: {
        // A shared name ranks the article up but does not make it an answer about the recognized condition.
        focusMatched: relation !== 'none' && relation !== 'shares_name',
        typeMatched: typeScore(asked, type) === 1,
        terms: this.bm25.scoreDoc(q.terms, i).matched.map((t) => this.vocab.termNames[t]),
      },
    };
  }

  /**
   * The articles `evidence` may draw on for a query: those with answer text of the recognized
   * conditions (and their twins) that are not of the asked type, each once.
   */
  evidenceSources(query: SubQuery, type: QuestionType): string[] {
    const ids = new Set<string>();
    for (const id of query.foci) {
      for (const article of this.articlesOf(id)) {
        if (article.hasAnswer && article.questionType !== type) ids.add(article.id);
      }
    }
    return [...ids];
  }

  /**
   * Sentences from the usable articles among `sources` (read for `evidenceSources`) that speak to
   * `type` (see `sentenceScore`), best article first. Used when no article of that type has answer text.
   */
  evidence(query: SubQuery, type: QuestionType, sources: Iterable<Article>): Evidence[] {
    const querySet = new Set(terms(query.text));
    const out: Evidence[] = [];
    for (const article of sources) {
      if (!isUsableAnswer(article)) continue;
      // How two conditions relate: the sentences of one's articles that name the other.
      const others = type === 'association' ? this.otherFociNames(query, article.conditionId) : null;
      const scored = this.answerSentences(article)
        .map((s) => ({
          s: s.text,
          score: others
            ? namedSentenceScore(others, s.terms, querySet)
            : sentenceScore(s.words, type, s.terms, querySet),
        }))
        .filter((x) => x.score >= this.params.partialMinSentenceScore);
      if (scored.length === 0) continue;
      const best = [...scored].sort((a, b) => b.score - a.score).slice(0, this.params.partialMaxSentences);
      const kept = scored.filter((x) => best.includes(x)).map((x) => x.s); // keep reading order
      out.push({ articleId: article.id, sentences: kept, score: Math.max(...best.map((x) => x.score)) });
    }
    out.sort((a, b) => b.score - a.score || a.articleId.localeCompare(b.articleId));
    return out.slice(0, 2);
  }

  /**
   * The terms of every name of the query's conditions other than `conditionId` (and its twins): what a
   * sentence about `conditionId` must name to speak of the relation.
   */
  private otherFociNames(query: SubQuery, conditionId: ConditionId): string[][] {
    const own = new Set(this.twinIndexes(conditionId));
    const names: string[][] = [];
    for (const id of query.foci) {
      const ci = this.conditionIndex.get(id);
      if (ci === undefined || own.has(ci)) continue;
      for (const t of this.twinIndexes(id)) {
        for (const name of this.conditions[t].nameTerms)
          names.push(name.map((term) => this.vocab.termNames[term]));
      }
    }
    return names;
  }

  /** Every term of a condition's names, as a set (built on first use: most conditions are never asked for). */
  private nameTermSet(ci: number): Set<number> {
    const cond = this.conditions[ci];
    return (cond.allNameTerms ??= new Set(cond.focusTerms));
  }

  /** The statements of an article's answer with their words and terms, split once and kept (see `evidence`). */
  private answerSentences(article: Article): EvidenceSentence[] {
    let cached = this.sentenceCache.get(article.id);
    if (cached === undefined) {
      if (this.sentenceCache.size >= SENTENCE_CACHE_ARTICLES) this.sentenceCache.clear();
      cached = sentences(blocksText(article.blocks))
        .filter((text) => !text.endsWith('?') && !isTitleLike(text))
        .map((text) => ({ text, words: words(text), terms: [...new Set(terms(text))] }));
      this.sentenceCache.set(article.id, cached);
    }
    return cached;
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
      allNameTerms: null,
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
}

/**
 * Whether a line is a title or a name rather than a statement ("NIH: National Institute of Diabetes and
 * Digestive and Kidney Diseases"): four or more words, most of them capitalized. Such lines are not quoted
 * as evidence.
 */
export function isTitleLike(text: string): boolean {
  const ws = text.split(/\s+/).filter((w) => /^[A-Za-z]/.test(w));
  if (ws.length < 4) return false;
  const capitalized = ws.filter((w) => /^[A-Z]/.test(w)).length;
  return capitalized / ws.length >= 0.6;
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
 * Decided once per article read (the body cache hands out the same article object until it drops it).
 */
export function isUsableAnswer(article: Article): boolean {
  let usable = USABLE.get(article);
  if (usable === undefined) USABLE.set(article, (usable = saysMoreThanItsQuestion(article)));
  return usable;
}

/** `isUsableAnswer` of the articles seen so far, by article object. */
const USABLE = new WeakMap<Article, boolean>();

function saysMoreThanItsQuestion(article: Article): boolean {
  if (!article.hasAnswer) return false;
  const answerText = blocksText(article.blocks);
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

/** Whether two conditions share a name of two or more words (8+ characters), whichever kind of name. */
function sharesLongName(a: RetrievalCondition, b: RetrievalCondition): boolean {
  return sharedNameWhere(
    normalizedNames(a).all,
    normalizedNames(b).all,
    (name) => name.length >= 8 && name.includes(' '),
  );
}

/**
 * Whether two conditions share a name that the query text holds as whole words (`textKey`); a shared
 * abbreviation counts when their preferred names also share two words.
 */
function sharesWrittenName(a: RetrievalCondition, b: RetrievalCondition, textKey: string): boolean {
  const written = (name: string) => name.length >= 3 && textKey.includes(` ${name} `);
  const na = normalizedNames(a);
  const nb = normalizedNames(b);
  if (sharedNameWhere(na.all, nb.all, written)) return true;
  if (!sharedNameWhere(na.abbreviations, nb.abbreviations, written)) return false;
  return [...nb.preferredWords].filter((w) => na.preferredWords.has(w)).length >= 2;
}

/** Whether a name is in both sets and passes `test`. */
function sharedNameWhere(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
  test: (name: string) => boolean,
): boolean {
  for (const name of a) if (b.has(name) && test(name)) return true;
  return false;
}

interface NormalizedNames {
  preferred: string;
  /** The words of the preferred name. */
  preferredWords: Set<string>;
  /** The preferred name and every other name, normalized. */
  all: Set<string>;
  /** The abbreviations, normalized. */
  abbreviations: Set<string>;
}

/** Normalized names of each condition, computed once (ranking asks for them for every candidate). */
const NORMALIZED_NAMES = new WeakMap<RetrievalCondition, NormalizedNames>();

function normalizedNames(c: RetrievalCondition): NormalizedNames {
  let names = NORMALIZED_NAMES.get(c);
  if (names === undefined) {
    const preferred = normalizeName(c.preferredName);
    names = {
      preferred,
      preferredWords: new Set(preferred.split(' ')),
      all: new Set([c.preferredName, ...c.names].map(normalizeName)),
      abbreviations: new Set((c.abbreviations ?? []).map(normalizeName)),
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
