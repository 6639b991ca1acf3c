/**
 * Splitting a message into sentences and deciding what each one is: a question, background worth
 * keeping ("my son is 4"), a greeting or signature, or story.
 */

export interface Sentence {
  text: string;
  /** Offsets into the message ([start, end)). */
  start: number;
  end: number;
}

export type SentenceRole = 'question' | 'background' | 'greeting' | 'filler' | 'story';

/** Words after which a period does not end a sentence. */
const NO_BREAK_AFTER = /\b(?:dr|mr|mrs|ms|st|vs|etc|e\.g|i\.e|approx|no|inc|jr|sr|mg|ml|mcg|tab|caps)\.$/i;

/**
 * A single capital letter and its period is an initial ("John F. Kennedy") when it follows a capitalized
 * word; after a lowercase word it ends a name ("hepatitis C.", "vitamin D."), and before a word that opens
 * a sentence ("What", "My") it ends the sentence either way.
 */
const AFTER_INITIAL_BREAKS =
  /^\s+(?:what|how|why|when|where|which|who|is|are|can|could|does|do|did|will|would|should|i|my|our|we|he|she|his|her|they|it|this|the|please|thanks?)\b/i;

function isInitial(before: string, after: string): boolean {
  const m = /(?:^|(\S*)\s+)\p{Lu}\.$/u.exec(before);
  if (!m) return false;
  const wordBefore = m[1] ?? '';
  return (wordBefore === '' || /^\p{Lu}/u.test(wordBefore)) && !AFTER_INITIAL_BREAKS.test(after);
}

/**
 * Sentences of a text, with offsets. Breaks after . ? ! (not after abbreviations such as "Dr." or
 * decimal points), at line breaks, and at semicolons.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (/[\p{L}\p{N}]/u.test(trimmed))
      out.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || c === ';') {
      push(i + 1);
    } else if (c === '?' || c === '!' || c === '.') {
      let j = i;
      while (j + 1 < text.length && /[?!.)"'’]/.test(text[j + 1])) j++;
      const next = text[j + 1];
      if (next !== undefined && !/\s/.test(next)) continue; // "5.5", "e.g.x", "www.site.org"
      const before = text.slice(Math.max(0, i - 6), i + 1);
      // ("MS." in capitals is multiple sclerosis ending a sentence, not the title "Ms.")
      if (c === '.' && NO_BREAK_AFTER.test(before) && !/\bMS\.$/.test(before)) continue;
      if (c === '.' && isInitial(text.slice(Math.max(0, i - 30), i + 1), text.slice(j + 1, j + 12))) continue;
      push(j + 1);
      i = j;
    }
  }
  push(text.length);
  return out;
}

const WH_START =
  /^(?:what|what's|whats|how|why|when|where|which|who|whom|whose|whether|is|are|am|was|were|can|could|does|do|did|will|would|should|shall|may|might|has|have|had|any|anyone|isn't|aren't|doesn't|don't|won't|can't)\b/i;

const REQUEST =
  /\b(?:i(?:'d| would| want| wanted| need| am trying| was hoping| hope)(?: also| really| just)?(?: like)? to (?:know|find|learn|understand|ask|get|see)|(?:want|need|like) (?:more |some |the )?(?:info|information|help|advice|details|instructions|guidance|facts)|(?:info|information|details|instructions|advice) (?:needed|wanted|required|requested)|request(?:ing)? (?:more )?(?:info|information|details|advice)|looking for|(?:please|kindly) (?:tell|send|explain|advise|let me know|help|provide|give)|(?<!\b(?:people|they|he|she|doctors?|everyone|everybody|someone|friends?|others) )tell me\b(?! that\b)|wonder(?:ing)? (?:if|whether|what|how|why|when|where|which|who|about)|curious|need to know|(?:i|we) (?:just |really |only |so )?wish (?:i|we|someone|somebody|anyone) (?:knew|could tell|would tell|could explain)|interested in|(?:info|information) (?:on|about|regarding)|(?<!\b(?:doctors?|nurses?|hospital|clinic|cent(?:er|re)s?|team|school|teachers?|dentist|surgeon|geneticist|counsell?ors?|staff|lab|pharmacist|office|someone|somebody|everyone) )(?:asked|asks|asking|ask) (?:me |us )?(?:what|whether|if|how|why|which|when)|(?:i|we) (?:would|should|'d) (?:also |very much |be (?:most |very |so )?)?(?:grateful|glad|pleased|obliged|thankful|like to (?:know|learn|ask|hear))|(?:grateful|glad|pleased|obliged) (?:if you (?:could|would)|to (?:know|learn|hear|have|receive))|(?:might|could|would|can) you (?:please )?(?:advise|tell|explain|let me know)|(?:want|wants|wanted|would like|'d like) to (?:know|find out|understand|learn)|any (?:info|information|help|advice|suggestions?|recommendations?)|is there (?:any|a|an)|are there (?:any)?|can you|could you|references? (?:on|about|with|for)|^\W*explain|explain (?:to )?(?:me|us)\b)\b/i;

const GREETING =
  /^(?:hi|hello|hey|dear\b.*|good (?:morning|afternoon|evening|day)|greetings|to whom it may concern|hi there|hello there)\W*$/i;

const SIGN_OFF =
  /^(?:thanks?(?: you)?(?: (?:so|very) much)?(?: in advance)?(?: for (?:your|any) (?:help|time|assistance|reply|response))?|many thanks|regards|best regards|kind regards|warm regards|sincerely(?: yours)?|respectfully|cheers|god bless(?: you)?|best(?: wishes)?|yours(?: truly)?|have a (?:nice|good|great) day|sent from my \w+)\W*(?:\w+\W*){0,3}$/i;

const FILLER =
  /^(?:(?:can|could|would|will) (?:you|someone|anyone) (?:please )?help(?: me| us)?(?: (?:out|please))?|please help(?: me| us)?|(?:any|all) (?:\w+ )?(?:info|information|help|advice|suggestions?|guidance)(?: (?:would|will) be| is)? (?:greatly |much |very |so |really |most )?(?:appreciated|helpful|welcome)|(?:i|we) (?:will|would|'ll|'d) be (?:very |so |most |really )?(?:thankful|grateful) for (?:any|all|your) (?:\w+ )?(?:info|information|help|advice|guidance)|i (?:look forward|await) .*|please (?:reply|respond|advise|answer)(?: (?:asap|soon|quickly))?|i (?:really )?(?:appreciate|would appreciate) (?:it|any|your).*|hope (?:you|someone) can help(?: me)?|i have a question|i have some questions|(?:my|a) question(?: is)?|help)\W*$/i;

/** Background that matters to the answer: who is affected, their age, their diagnosis. */
const BACKGROUND =
  /\b(?:(?:my|our|his|her) (?:son|daughter|child|children|kids?|baby|babies|grandson|granddaughter|grandchild|husband|wife|partner|mother|father|mom|mum|dad|sister|brother|nephew|niece|aunt|uncle|cousin|friend|family|parents?|twins?)\b|\b\d{1,3}[- ]?(?:years?|yrs?|months?|weeks?|days?)[- ]?old\b|\b(?:i am|i'm|im|he is|she is|he's|she's|is) (?:a )?\d{1,3}\b|\baged? \d{1,3}\b|\bdiagnosed\b|\bpregnant\b|\b(?:i|he|she|we|they) (?:have|has|had) (?:been )?(?:been diagnosed|diagnosed|suffer|suffered)|\bi (?:have|had|take|took|am taking|was taking|started|stopped)\b|\b(?:he|she) (?:has|had|takes|took|is taking)\b)/i;

/**
 * A question asked of nobody, part of the story: "Why us?", "Why is it always me?", "Why does nobody listen to
 * mothers?", "Can you imagine?", "who gets a thing like this at 41 out of nowhere".
 */
const RHETORICAL =
  /^\W*(?:(?:and|but|so|honestly|seriously),?\s+)*(?:why (?:me|us|him|her|them|my (?:\w+ )?(?:son|daughter|boy|girl|baby|child|family))\W*$|why (?:is|was|does|did) (?:it|this|that) always\b|why (?:does|do|did|will|won't|can't|doesn't|don't|didn't) (?:nobody|no one|no-one|anybody|anyone|they|the doctors?|doctors) (?:ever |really |just )?(?:listen|believe|care|notice|take (?:us|me|it|her|him) seriously)|(?:can|could) you (?:even |just )?imagine\W*$|who (?:gets|would have thought|knew)\b)/i;

/**
 * A sentence telling of an earlier reply ("You sent me information on hypothyroidism earlier", "Thanks for the
 * information on muscular dystrophies you sent"): what was asked then, not a request now.
 */
const EARLIER_REPLY =
  /\b(?:you|u) (?:\w+ )?(?:sent|gave|emailed|mailed|provided|wrote|answered|replied)\b|\bthanks?(?: you)?(?: (?:so|very) much)? for (?:the|your|all the) (?:\w+ ){0,2}?(?:information|info|reply|answer|letter|email|response|leaflet|details)\b/i;

/**
 * What a sentence is. Questions are detected by "?", interrogative openings and request phrases. A line
 * that introduces a list ("Could you help me with:") is not a question itself: the lines after it are.
 */
export function sentenceRole(text: string): SentenceRole {
  const t = text.trim();
  if (GREETING.test(t) || SIGN_OFF.test(t)) return 'greeting';
  if (FILLER.test(t)) return 'filler';
  if (t.endsWith(':') && !t.includes('?')) return BACKGROUND.test(t) ? 'background' : 'story';
  if (RHETORICAL.test(t)) return 'story';
  if (isPlainQuestion(t)) return 'question';
  if (EARLIER_REPLY.test(t)) return BACKGROUND.test(t) ? 'background' : 'story';
  if (REQUEST.test(t)) return 'question';
  if (BACKGROUND.test(t)) return 'background';
  return 'story';
}

/** A sentence that asks by its form ("?" or an interrogative opening), not only by a request phrase. */
export function isPlainQuestion(text: string): boolean {
  const t = text.trim();
  const opening = t.replace(LEADING_JOIN, '').replace(OPENING_ADVERB, '');
  return (
    t.endsWith('?') ||
    (WH_START.test(opening) && !TIME_OR_PLACE_CLAUSE.test(opening) && !DIARY_OPENING.test(opening)) ||
    LAST_CLAUSE_ASKS.test(t) ||
    CONDITIONAL_ASKS.test(t)
  );
}

/**
 * "When"/"where" opening a clause of time or place, not a question, without a question mark: "When our son
 * was born, the screening said ..." ("when will it", "where families can find support" still ask).
 */
const TIME_OR_PLACE_CLAUSE =
  /^when\b(?!\s+(?:will|would|can|could|should|do|does|did|is|are|was|were|might|may|must|has|have|to)\b)|^where\b(?!\s+(?:\w+\s+){0,2}?(?:will|would|can|could|should|do|does|did|is|are|might|may|must|to)\b)/i;

/**
 * A sentence told diary-style, its subject left out, without a question mark: "Had decompression surgery 14
 * months ago", "Have been on it for years" ("had you ever...", "had anyone ..." still ask).
 */
const DIARY_OPENING =
  /^(?:had\b(?!\s+(?:i|you|he|she|it|we|they|anyone|anybody|someone|somebody|there|the|this|that|any)\b)|ha(?:ve|s) (?:had|been)\b)/i;

/** An adverb before a question's opening: "realistically how long until ...", "honestly is it worth it". */
const OPENING_ADVERB = /^\w+ly\b,?\s+(?=\w)/i;

/**
 * A sentence whose last clause asks, typed without a question mark: "my cousin has it too, is it genetic",
 * "I saw 'myasthenic crisis', what is that" (not "which" or "where": ", which is embarrassing" tells), or ends
 * blaming something: "headaches every day since starting is that the modafinil", or asking whether what it
 * told is normal: "also it gives me the runs is that normal".
 */
const LAST_CLAUSE_ASKS =
  /\s(?:is|are) (?:that|this|it|these) (?:normal|ok|okay|common|serious|dangerous)\W*$|\bso (?:how|why) (?:did|does|do|can|could|is|was|would) (?:he|she|they|it|i|we|my \w+)\b[^,.]*\W*$|\s(?:is|could|can) (?:that|this) (?:the |from (?:the )?|due to (?:the )?|because of (?:the )?)\w+\W*$|,\s*(?:(?:and|so|but|also)\s+)?(?:(?:is|are|am|can|could|does|do|will|would|should) (?:it|this|that|i|he|she|they|we|there|my \w+)|(?:what|how|why)(?:'s|s)? (?:is|are|do|does|can|should|will|would|long|much|many|often|that|it|this))\b[^,]*$/i;

/** A question after a condition, typed without a question mark: "if I do have it will I end up in a wheelchair". */
const CONDITIONAL_ASKS =
  /^(?:(?:and|so|but|also)\s+)?(?:if|when|once)\b[^,.]{0,60}?\b(?:(?:will|would|can|could|should|do|does|is|am|are) (?:i|he|she|it|they|we|you|my \w+)|(?:what|how) (?:are|is|will|would) (?:the|our|my) (?:chances?|odds|risks?))\b/i;

/** A joining word before a question's opening: "and what helped you", "also has anyone tried", "so how do they". */
const LEADING_JOIN =
  /^(?:(?:and|also|but|so|or|plus|then|ok(?:ay)?|anyway|finally|lastly|firstly|secondly|thirdly|next|besides)\b[\s,]*)+/i;

/** A plea for help ("Please I need help for my friend, she has..."): a question only when nothing else asks. */
export const PLEA =
  /\b(?:need|needs|want|wants)\s+(?:your\s+|some\s+)?help\b|\bplease help\b|\bhelp (?:me|us)\b|\b(?:give|send) (?:me|us) (?:some |your |an? )?advi[cs]es?\b/i;

/**
 * A list item's marker at the start of a sentence: "- ", "* ", "• ", "1. ", "2) ", "a) ", an ordinal and its
 * comma or colon ("Second, can it ...", "and third: is there ..."), or a bare number before a question's
 * opening ("2 will my liver get better", typed without punctuation).
 */
const LIST_MARKER =
  /^(?:[-*•·–]+|\(?(?:\d{1,2}|[a-h])[.)]|(?:and )?(?:(?:first|second|third|fourth|fifth)(?:ly)?|lastly|finally)\s*[,:]|\d{1,2}(?=\s+(?:what|how|why|when|where|which|who|is|are|am|can|could|does|do|did|will|would|should|has|have|any)\b))\s+/i;

/** A sentence without its list marker: "- how is it treated" is the question "how is it treated". */
export function stripListMarker(s: Sentence): Sentence {
  const m = LIST_MARKER.exec(s.text);
  if (!m) return s;
  return { text: s.text.slice(m[0].length), start: s.start + m[0].length, end: s.end };
}

/**
 * A greeting at the start of a sentence ("Hello, my son has...") is cut off; so is a leading
 * reference line ("Re:", "Subject:") or a line announcing questions ("A few questions: can she ...").
 */
export function stripLeadingGreeting(s: Sentence): Sentence {
  const m =
    /^(?:(?:hi|hello|hey|dear \w+|good (?:morning|afternoon|evening)|greetings|re|subject|question)\s*[,:!-]+\s*|(?:(?:a few|some|two|three|my|our|a couple of|several) )?(?:\w+ )?questions?(?: (?:are|is|for you))?\s*:\s*(?=\S))/i.exec(
      s.text,
    );
  if (!m) return s;
  return { text: s.text.slice(m[0].length), start: s.start + m[0].length, end: s.end };
}

/** A condition on the question before: "and if so, ...", "and if it does, ...", "and if I am, ...". */
const IF_SO =
  '(?:if (?:not|so|yes|no|it (?:does|is|did|has|was)|(?:i|he|she|they|we) (?:am|is|are|do|does|did|have|has|can)))';

/** A joining word (or comma) that opens another question inside a sentence (see `splitClauses`). */
const CLAUSE_JOIN = new RegExp(
  String.raw`(?:,\s*|\s+)(?:(?:and|also|or(?<!\bsame(?: thing| condition| disease)?,? or)|but)\s+(?:also\s+|roughly\s+|approximately\s+|exactly\s+|on\s+|about\s+)?(?=(?:how|what|why|where|when|which|who|is there|are there|can (?:it|this|he|she|they|i|we|you)|could (?:it|this)|will (?:it|this|he|she|they|i|(?:his|her|my|their|our) \w+ be)|should (?:i|we|he|she|they|my|our|his|her)|do (?:i|we|you)|does (?:it|this|he|she))\b)|and\s+(?=(?:is (?:it|this|that)|are (?:they|these))\b)|(?:and|also)\s+(?=whether\b)|and\s+(?=if\s+(?:the|my|his|her|our|their|a|an|it|this|there|he|she|they|we|i|you)\s+(?!(?:am|is|are|was|do|does|did|have|has|can)\s*(?:[,.;?!]|$))\w+)|and\s+(?=(?:would|should) (?:be grateful|appreciate|like|love)\b|(?:any |some )?(?:info(?:rmation)?|details|advice|guidance) (?:on|about|regarding|of)\b))|,\s*(?:and|but|or(?!\s+(?:is|are|was) (?:it|that|this|they|these|those)\b))\s+(?:${IF_SO},?\s+)?(?=(?:can|could|does|do|did|will|would|is|are|was|should|may|might|what|how)\b)`,
  'gi',
);

/**
 * Splits a question sentence into clauses when it asks two things joined by "and"/"also" with a new
 * question word: "What causes it and how is it treated?" → two clauses; "What is X and is it serious?"
 * too ("or is it" stays: "can it be treated or is it too late" and "is it part of X, or is it something
 * else?" ask one thing).
 */
export function splitClauses(s: Sentence): Sentence[] {
  return splitAt(s, CLAUSE_JOIN).flatMap(splitListedQuestions).flatMap(splitRunOn).flatMap(splitAspectList);
}

/** An aspect a short query names: "treatment", "any trials", "life expectancy", "is it inherited". */
const ASPECT =
  '(?:any |the |its |also )?(?:treatments?|therap(?:y|ies)|cures?|trials?|research|life expectancy|prognosis|outlook|diet|symptoms|signs|causes?|inheritance|diagnosis|tests?|testing|support groups?|specialists?|doctors?|side effects|dos(?:e|age)|is (?:it|alcohol|\\w+) (?:inherited|genetic|hereditary|contagious|ok|okay|safe)|what (?:is|causes|happens)|how (?:is|do|does|common|rare|long))\\b';
const ASPECT_JOIN = new RegExp(`(?:,\\s*|\\s+and\\s+)(?=${ASPECT})`, 'gi');
const NAMES_ASPECT = new RegExp(`\\b${ASPECT}`, 'i');

/** A query of at most this many words may list aspects (longer sentences say more than a list). */
const ASPECT_LIST_WORDS = 16;

/**
 * A short query listing aspects after commas or "and" ("sma type 1 what is it, treatment, life expectancy",
 * "fop treatment options and any trials going on") split into one part per aspect, where the words before
 * the join name an aspect too ("and out of curiosity, how common is it" stays whole).
 */
function splitAspectList(s: Sentence): Sentence[] {
  if (s.text.split(/\s+/).length > ASPECT_LIST_WORDS) return [s];
  return splitAt(s, ASPECT_JOIN, (before) => NAMES_ASPECT.test(before));
}

/**
 * Where a new question may open inside a run-on sentence typed without punctuation ("... has ALS how long
 * does he have what treatment is there"): a question word with its verb, "is there", "any trials", or a
 * verb and its subject ("will she grow out of it").
 */
const RUN_ON_OPENING =
  /\b(?:how (?:long|much|many|often|soon|to|do|does|did|can|could|is|are|should|will|would)|what (?:(?!is\b|are\b)\w+ )?(?:is|are|can|could|should|do|does|will|would|causes?)|why (?:is|are|do|does|did|can)|is there|are there|any (?:trials?|treatments?|cure|support|research|studies|doctors?|specialists?)|(?:will|can|could|should|does|do|am|is) (?:she|he|it|they|i|we|my \w+) (?!know\b)\w+)\b/gi;

/** Words after which a question does not open but is embedded ("I know how it is", "tell me what it is"). */
const EMBEDS =
  /\b(?:know|knows|knew|wonder|wondering|ask|asked|asking|me|down|explain|understand|sure|idea|see|learn|out|about|on|of|and|or|but|to|if|whether|that|is|was|are|were|just|exactly|how|what|why|when|where|which|who|long|much|many|often|soon|there|so|actually|really|even|also|still|for|in|within|after|by)\s+$/i;

/** A verb that makes the words before a question a statement of their own ("my son has it", "dr said"). */
const STATEMENT_VERB =
  /\b(?:is|are|was|were|am|has|have|had|do|does|did|got|get|gets|said|says|told|take|takes|took|want|wants|need|needs|think|feel|feels|runs?|keeps?|knows?|started|\w+ed)\b/i;

/** A verb (or preposition) whose object an "any ..." opening is: "need any treatment", "with any trials". */
const ANY_AS_OBJECT =
  /\b(?:need|needs|needed|have|has|had|get|gets|got|take|takes|try|tried|offer|offers|give|gives|want|wants|find|found|recommend|suggest|know of|be|been|with|without|for|from|into|in|on)\s+$/i;

/** A verb that completes a question opened by a question word ("what is it", "how do they test"). */
const VERB =
  /\b(?:is|are|was|were|am|do|does|did|can|could|should|would|will|may|might|must|has|have|had|causes?|helps?|works?|happens?)\b/i;

/**
 * A run-on question without punctuation inside ("what is it how do they test for it is there treatment")
 * split where a new question opens. A question word stays with the verb it waits for ("what treatment is
 * there"), and every part keeps at least two words.
 */
function splitRunOn(s: Sentence): Sentence[] {
  if (/[,;:?!.()]|\s[-–—]\s/.test(s.text.replace(/[?!.\s]+$/, ''))) return [s];
  const cuts: number[] = [];
  let from = 0;
  for (const m of s.text.matchAll(RUN_ON_OPENING)) {
    const before = s.text.slice(from, m.index);
    if (m.index === 0 || EMBEDS.test(before) || before.trim().split(/\s+/).length < 2) continue;
    // A header naming the condition ("RETT SYNDROME what gene is it") or a condition before the question
    // ("after surgery will he speak normally") belongs to it.
    if (!cuts.length && !STATEMENT_VERB.test(before)) continue;
    if (/^(?:after|before|if|when|once|since|because|unless|until|while)\b/i.test(before.trim())) continue;
    // "any treatment" right after a verb is its object, not a new question ("does she need any treatment").
    if (/^any\b/i.test(m[0]) && ANY_AS_OBJECT.test(before)) continue;
    // A question word still waiting for its verb keeps what follows ("what side effects should I watch
    // for", "how rare is it", "what treatment is there").
    const asking =
      /\b(?:what|which|how|where|when|why|who)\b(?!.*\b(?:what|which|how|where|when|why|who)\b)/i.exec(
        before,
      );
    if (asking && !VERB.test(before.slice(asking.index))) continue;
    cuts.push(m.index);
    from = m.index;
  }
  if (!cuts.length) return [s];
  return [0, ...cuts].map((at, i) => trimSentence(s, at, cuts[i] ?? s.text.length));
}

/** A question word opening a question after a comma ("What causes it, what are the first symptoms?"). */
const LISTED_QUESTION =
  /,\s*(?=(?:what|how|why|where|when|which|who|is|are|do|does|can|could|will|would|should)\b)/gi;
const OPENS_QUESTION =
  /^\W*(?:(?:please |kindly )?(?:advise|tell (?:me|us)|explain|let (?:me|us) know) (?:on )?(?:whether|what|how|why|which|when)|what|how|why|where|when|which|who|is|are|do|does|did|can|could|will|would|should)\b/i;

/**
 * A question listing questions with commas ("What causes X, what are the first symptoms, ...", "Please
 * advise whether I should be tested, what the chance is ..."): split at each comma followed by a question
 * word, but only when the clause itself opens with one, or with a request and one (so "If I miss a dose,
 * what should I do?" stays whole).
 */
function splitListedQuestions(s: Sentence): Sentence[] {
  return OPENS_QUESTION.test(s.text) ? splitAt(s, LISTED_QUESTION) : [s];
}

/**
 * The parts of a sentence between the matches of `separator` (the sentence itself when none matches); a
 * match is a cut only when `accept` takes the words from the last cut to it.
 */
function splitAt(
  s: Sentence,
  separator: RegExp,
  accept: (before: string) => boolean = () => true,
): Sentence[] {
  const parts: Sentence[] = [];
  let at = 0;
  for (const m of s.text.matchAll(separator)) {
    if (!accept(s.text.slice(at, m.index))) continue;
    if (m.index > at) parts.push(trimSentence(s, at, m.index));
    at = m.index + m[0].length;
  }
  if (at === 0) return [s];
  parts.push(trimSentence(s, at, s.text.length));
  return parts.filter((p) => p.text.length > 0);
}

function trimSentence(s: Sentence, from: number, to: number): Sentence {
  const raw = s.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  return { text, start: s.start + from + lead, end: s.start + from + lead + text.length };
}
