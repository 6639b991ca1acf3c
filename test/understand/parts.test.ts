/**
 * The parts of understanding that need no knowledge base: normalization, spelling distance, sentence
 * roles, clause splitting, the type rules, the classifier's training, the LiveQA loader and the
 * `analyze --jsonl` line handler (on a small dictionary built here).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeJsonLine } from '../../src/cli/commands/analyze.js';
import { loadLiveQaTest, mapLiveQaType } from '../../src/eval/liveqa-data.js';
import { MEDQUAD_QTYPE_MAP, QUESTION_TYPES } from '../../src/kb/index.js';
import type { ConditionKind } from '../../src/kb/index.js';
import type { NameRow } from '../../src/store/types.js';
import { TypeClassifier, trainTypeModel } from '../../src/understand/classifier.js';
import { dropUnsure } from '../../src/understand/analyze.js';
import { questionFeatures } from '../../src/understand/features.js';
import { boundedDistance, editBudget } from '../../src/understand/fuzzy.js';
import { ruleType, type RuleContext } from '../../src/understand/rules.js';
import type { SubQuestion } from '../../src/understand/index.js';
import { buildUnderstanding } from '../../src/understand/index.js';
import { nameVariants, normalizeKey, tokenize } from '../../src/understand/normalize.js';
import {
  PLEA,
  sentenceRole,
  splitClauses,
  splitSentences,
  stripListMarker,
} from '../../src/understand/sentences.js';
import ENGLISH_WORDS from 'an-array-of-english-words' with { type: 'json' };
import { MIXED_IN_WORD_LIST, writtenOut } from '../../src/understand/slang.js';
import { questionOrder } from '../../src/understand/word-order.js';
import { dataDir } from './support/data-names.js';

void describe('normalization', () => {
  void it('ignores case, hyphens, apostrophes and plurals', () => {
    // all four spellings name the same condition
    const keys = [
      "Parry-Romberg's syndrome",
      'parry romberg syndromes',
      'PARRY ROMBERG SYNDROME',
      'Parry Romberg’s syndrome',
    ];
    assert.deepEqual(new Set(keys.map(normalizeKey)).size, 1);
  });
  void it('folds accents and reads roman numerals after "type"', () => {
    assert.equal(normalizeKey('Sjögren syndrome'), 'sjogren syndrome');
    assert.equal(
      normalizeKey('Ehlers-Danlos syndrome type III'),
      normalizeKey('Ehlers Danlos syndrome type 3'),
    );
  });
  void it('keeps character offsets of the original text', () => {
    const text = 'Is  Crohn’s disease rare?';
    for (const t of tokenize(text)) assert.equal(text.slice(t.start, t.end), t.raw);
  });
  void it('indexes the comma inversion and the name without parentheses', () => {
    assert.ok(nameVariants('Hemifacial atrophy, progressive').includes('progressive Hemifacial atrophy'));
    assert.ok(
      nameVariants('Paroxysmal nocturnal hemoglobinuria (PNH)').includes(
        'Paroxysmal nocturnal hemoglobinuria',
      ),
    );
  });
});

void describe('spelling distance', () => {
  void it('counts a swap of neighbouring letters as one edit', () => {
    assert.equal(boundedDistance('dystrophy', 'dsytrophy', 2), 1);
  });
  void it('stops early past the bound', () => {
    assert.equal(boundedDistance('abcdefgh', 'zyxwvuts', 2), 3);
  });
  void it('gives short words no budget, long words two edits', () => {
    assert.equal(editBudget(4), 0); // "pain" vs "paid": too many real words are one edit apart
    assert.equal(editBudget(6), 1);
    assert.equal(editBudget(10), 2);
  });
});

void describe('sentences', () => {
  void it('does not break after "Dr." or inside numbers', () => {
    const s = splitSentences('Dr. Smith gave 2.5 mg daily. Is that too much?');
    assert.deepEqual(
      s.map((x) => x.text),
      ['Dr. Smith gave 2.5 mg daily.', 'Is that too much?'],
    );
  });
  void it('splits a request joined to another by "and if" or "and would be grateful for"', () => {
    const clauses = (t: string) => splitClauses(splitSentences(t)[0]).map((c) => c.text);
    assert.deepEqual(clauses('I want to know what causes it and if my daughter will get it too.'), [
      'I want to know what causes it',
      'if my daughter will get it too.',
    ]);
    assert.deepEqual(
      clauses('We would like to know about trials and would be grateful for a list of clinics.'),
      ['We would like to know about trials', 'would be grateful for a list of clinics.'],
    );
    // "and if so" is the tail of the question before it, and "and if it is" a condition of what follows
    assert.equal(clauses('Is it inherited and if so, from whom?').length, 1);
    assert.equal(clauses('I would like to know how to help and if it is safe to travel.').length, 2);
  });
  void it('splits a short query listing aspects, not a preamble before a question', () => {
    const clauses = (t: string) => splitClauses(splitSentences(t)[0]).map((c) => c.text);
    assert.deepEqual(clauses('sma type 1 what is it, treatment, life expectancy'), [
      'sma type 1 what is it',
      'treatment',
      'life expectancy',
    ]);
    assert.deepEqual(clauses('fop treatment options and any trials going on'), [
      'fop treatment options',
      'any trials going on',
    ]);
    assert.deepEqual(clauses('And out of curiosity, how common is PKU?'), [
      'And out of curiosity, how common is PKU?',
    ]);
  });
  void it('reads "when ..." without a question mark as a clause of time, "when will ..." as a question', () => {
    assert.equal(
      sentenceRole('When our son was born, the newborn screening said sickle cell disease.'),
      'background',
    );
    assert.equal(sentenceRole('when will the results come back'), 'question');
    assert.equal(sentenceRole('where families can find support'), 'question');
  });
  void it('ends a sentence on "MS." in capitals (multiple sclerosis), not on the title "Ms."', () => {
    const texts = (t: string) => splitSentences(t).map((x) => x.text);
    assert.deepEqual(texts('They now say it is not MS. What is it then?'), [
      'They now say it is not MS.',
      'What is it then?',
    ]);
    assert.deepEqual(texts('Ms. Jones has lupus.'), ['Ms. Jones has lupus.']);
  });
  void it('keeps initials in names but ends a sentence on a letter that ends a name', () => {
    const texts = (t: string) => splitSentences(t).map((x) => x.text);
    // "F." follows a capitalized word: an initial
    assert.deepEqual(texts('Dr. John F. Kennedy wrote it. He was kind'), [
      'Dr. John F. Kennedy wrote it.',
      'He was kind',
    ]);
    // "C." follows a lowercase word: the end of "hepatitis C"
    assert.deepEqual(texts('He has hepatitis C. Signs of liver cancer?'), [
      'He has hepatitis C.',
      'Signs of liver cancer?',
    ]);
    // a letter after a capitalized word still ends the sentence before "What"
    assert.deepEqual(texts('I have Hepatitis C. What now?'), ['I have Hepatitis C.', 'What now?']);
    // "s." after an apostrophe is not an initial
    assert.deepEqual(texts("She has Hashimoto's. Is it serious?"), [
      "She has Hashimoto's.",
      'Is it serious?',
    ]);
  });
  void it('tells questions, background, greetings and fillers apart', () => {
    assert.equal(sentenceRole('Hi there!'), 'greeting');
    assert.equal(sentenceRole('Thank you so much, Mary'), 'greeting');
    assert.equal(sentenceRole('Any help would be greatly appreciated.'), 'filler');
    assert.equal(sentenceRole('I would like to know how it is treated'), 'question'); // no question mark
    assert.equal(sentenceRole('My son is 4.'), 'background');
    assert.equal(sentenceRole('We live in a small town.'), 'story');
  });
  void it('splits "what ... and how ..." into two clauses', () => {
    const [sentence] = splitSentences('What causes it and how is it treated?');
    assert.deepEqual(
      splitClauses(sentence).map((c) => c.text),
      ['What causes it', 'how is it treated?'],
    );
  });
  void it('does not split "between X and Y"', () => {
    const [sentence] = splitSentences('Is there a link between asthma and eczema?');
    assert.equal(splitClauses(sentence).length, 1);
  });
  void it('splits "..., and roughly how many ..." into two clauses', () => {
    const [sentence] = splitSentences('Tell me about FOCUS in general, and roughly how many people have it?');
    assert.equal(splitClauses(sentence).length, 2);
  });
  void it('reads each line of a list as a sentence without its marker, and the line opening it as no question', () => {
    const text = 'Could you help me with:\n- what causes it\n2) how it is treated\n• whether trials exist';
    const sentences = splitSentences(text).map(stripListMarker);
    assert.deepEqual(
      sentences.map((s) => s.text),
      ['Could you help me with:', 'what causes it', 'how it is treated', 'whether trials exist'],
    );
    // offsets still point at the words
    for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
    assert.deepEqual(
      sentences.map((s) => sentenceRole(s.text)),
      ['story', 'question', 'question', 'question'],
    );
  });
  void it('reads a sentence ending by asking whether what it told is normal as a question', () => {
    assert.equal(sentenceRole('also it gives me the runs is that normal'), 'question');
    assert.equal(sentenceRole('The doctor said that is normal.'), 'story');
  });
  void it('takes ordinals and bare numbers opening a question for list markers', () => {
    const text =
      'I have three questions: first, what causes it? Second, can it attack her kidneys?\n2 will my liver get better';
    const sentences = splitSentences(text).map(stripListMarker);
    assert.deepEqual(
      sentences.map((s) => s.text),
      [
        'I have three questions: first, what causes it?',
        'can it attack her kidneys?',
        'will my liver get better',
      ],
    );
    for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
    // a number telling an amount is no marker
    assert.equal(
      stripListMarker(splitSentences('2 weeks ago she had a fever.')[0]).text,
      '2 weeks ago she had a fever.',
    );
  });
  void it('does not take a report of what others said, or an explanation the person gives, for a request', () => {
    assert.equal(sentenceRole('People tell me that many children in our town have it.'), 'story');
    assert.equal(sentenceRole('The doctor did not explain anything to us.'), 'story');
    assert.equal(sentenceRole('I want to explain it properly to the class.'), 'story');
    assert.equal(sentenceRole('Please tell me about the treatment.'), 'question');
    assert.equal(sentenceRole('Can you explain to me what it means?'), 'question');
  });
  void it('knows a plea for help from a question', () => {
    assert.ok(PLEA.test('Please I need help for my best friend, she has it.'));
    assert.ok(PLEA.test('Please give me advices.'));
    assert.ok(!PLEA.test('How can she prevent the crises?'));
  });
});

void describe('run-on questions', () => {
  const clauses = (text: string) =>
    splitSentences(text)
      .flatMap(splitClauses)
      .map((c) => c.text);
  void it('splits a run-on message where a new question opens', () => {
    assert.deepEqual(
      clauses('my uncle might have fabry disease what is it how do they test for it is there treatment'),
      ['my uncle might have fabry disease', 'what is it', 'how do they test for it', 'is there treatment'],
    );
    assert.deepEqual(clauses('MY WIFE HAS ALS HOW LONG DOES SHE HAVE WHAT TREATMENT IS THERE'), [
      'MY WIFE HAS ALS',
      'HOW LONG DOES SHE HAVE',
      'WHAT TREATMENT IS THERE',
    ]);
  });
  void it('keeps embedded questions, headers, conditions and unfinished question words whole', () => {
    for (const text of [
      'I would like to know how it is treated',
      'this is what they do every day',
      'What side effects should I watch for?',
      'How rare is it actually?',
      'Are there any support groups for parents?',
      'RETT SYNDROME WHAT GENE IS IT',
      'after surgery will he speak normally',
      'Which gene is involved - is it MECP2?',
      // a question word right after "for", "in" or "within" continues the question it follows
      'how much extra do i give him and for how many days',
      'can i go back to work in how many weeks',
    ])
      assert.deepEqual(clauses(text), [text]);
  });
});

void describe('chat writing', () => {
  void it('writes out short forms and leaves asides out', () => {
    assert.equal(writtenOut('can u tell me what helped ur kid lol'), 'can you tell me what helped your kid ');
    assert.equal(writtenOut('ppl w lupus, my dr said'), 'people with lupus, my doctor said');
    // not inside words, abbreviations with periods, or names
    assert.equal(writtenOut('the U.S. and Dr. Urban'), 'the U.S. and doctor. Urban');
  });
  void it('reads the words of other languages mixed into English as the English words they stand for', () => {
    assert.equal(writtenOut('Kya koi ilaaj hai for her bimari?'), 'Kya koi treatment hai for her disease?');
    assert.equal(writtenOut('¿Qué tratamiento hay? y los síntomas'), '¿what treatment hay? y los symptoms');
    // not inside a word ("quandary", "dawaiting")
    assert.equal(writtenOut('a quandary'), 'a quandary');
  });
  void it('mixes in no word that is also an English word', () => {
    const english = new Set(ENGLISH_WORDS);
    assert.deepEqual(
      MIXED_IN_WORD_LIST.filter((w) => english.has(w)),
      [],
    );
  });
  void it('takes "if ..., what are the chances" typed without a question mark for a question', () => {
    // (the whole sentence is the question: the Treacher Collins case in questions.test.ts reads its type)
    assert.equal(
      sentenceRole('And if we have another baby what are the chances it happens again'),
      'question',
    );
    assert.equal(sentenceRole('If we have another baby we will call her Rose'), 'story');
  });
  void it('takes a question opening with "and", "also" or "so" for a question', () => {
    assert.equal(sentenceRole('and what actually helped you guys'), 'question');
    assert.equal(sentenceRole('also has anyone tried the diet'), 'question');
    assert.equal(sentenceRole('so how do they diagnose it'), 'question');
    assert.equal(sentenceRole('and then we went home'), 'story');
    assert.equal(sentenceRole('sometimes i wonder too'), 'story');
  });
});

void describe('question order', () => {
  void it('puts a question written in statement order in question order', () => {
    assert.equal(questionOrder('How she can prevent this crisis??'), 'How can she prevent this crisis??');
    assert.equal(questionOrder('Which foods she must avoid?'), 'Which foods must she avoid?');
    assert.equal(questionOrder('What side effects we must watch?'), 'What side effects must we watch?');
    assert.equal(questionOrder('How much time she can live?'), 'How much time can she live?');
    assert.equal(
      questionOrder('What exactly this medicine is doing for his disease?'),
      'What exactly is this medicine doing for his disease?',
    );
    assert.equal(questionOrder('He can go to a normal school later?'), 'can He go to a normal school later?');
    assert.equal(questionOrder('It exist any treatment in France?'), 'is there any treatment in France?');
  });
  void it('finds the question inside a polite request, after the story it closes, without its reason', () => {
    assert.equal(
      questionOrder('I should be grateful if you could tell me whether it is hereditary, as I have sons.'),
      'is it hereditary',
    );
    assert.equal(
      questionOrder('We are worried, so I should also like to know what causes FOCUS.'),
      'what causes FOCUS.',
    );
    assert.equal(questionOrder('Might you advise whether he can drive?'), 'can he drive?');
  });
  void it('leaves questions already in order, and statements, alone', () => {
    for (const text of [
      'What else can I do?',
      'How is it treated?',
      'Which is better?',
      'What my doctor said is wrong?',
      'What are the chances my son will get it?',
      'I have FOCUS. Is it bad?',
      'He can walk now.', // no question mark: a statement
    ])
      assert.equal(questionOrder(text), text);
  });
});

void describe('classifier training', () => {
  void it('learns a separable toy problem and predicts unseen combinations', () => {
    const ex = (text: string, label: 'treatment' | 'cause') => ({
      features: questionFeatures(text, 'disease'),
      label,
    });
    const model = new TypeClassifier(
      trainTypeModel(
        [
          ex('how is FOCUS treated', 'treatment'),
          ex('what treats FOCUS', 'treatment'),
          ex('what causes FOCUS', 'cause'),
          ex('why does FOCUS happen', 'cause'),
        ],
        ['treatment', 'cause'],
      ),
    );
    assert.equal(model.predict(questionFeatures('how might FOCUS be treated', 'disease')).type, 'treatment');
    assert.equal(model.predict(questionFeatures('what causes this', 'disease')).type, 'cause');
  });
  void it('maps every MedQuAD label onto a known type', () => {
    for (const type of Object.values(MEDQUAD_QTYPE_MAP))
      assert.ok((QUESTION_TYPES as readonly string[]).includes(type));
  });
});

void describe('LiveQA test loader', () => {
  void it('reads 104 questions with foci and mapped types', () => {
    const questions = loadLiveQaTest(dataDir());
    assert.equal(questions.length, 104);
    assert.ok(questions.every((q) => /^TQ\d+$/.test(q.id) && q.foci.length > 0 && q.types.length > 0));
    // every annotated type name is in the mapping table (none falls back to "other" by accident)
    for (const q of questions) {
      q.sourceTypes.forEach((name) =>
        assert.ok(mapLiveQaType(name) !== 'other' || name === 'OTHER_QUESTION', name),
      );
    }
  });
});

void describe('analyze --jsonl lines', () => {
  // A small dictionary built here: two conditions and a drug.
  const row = (
    conditionId: string,
    name: string,
    kind: NameRow['kind'],
    conditionKind: NameRow['conditionKind'],
  ): NameRow => ({
    conditionId,
    name,
    source: 'curated',
    kind,
    conditionKind,
    preferredName: name,
    articleCount: 3,
  });
  const u = buildUnderstanding([
    row('RD:alpha', 'Alpha syndrome', 'preferred', 'disease'),
    row('RD:beta', 'Beta disease', 'preferred', 'disease'),
    row('RD:gamma', 'Gammazol', 'preferred', 'drug'),
  ]);

  void it('writes id, foci and sub-questions for a good line', () => {
    const out = JSON.parse(
      analyzeJsonLine(u, JSON.stringify({ id: 'q1', text: 'How is Alpha syndrome treated?' }), 1),
    ) as {
      id: string;
      foci: Array<{ conditionId: string }>;
      subquestions: Array<{ type: string }>;
    };
    assert.equal(out.id, 'q1');
    assert.equal(out.foci[0]?.conditionId, 'RD:alpha');
    assert.equal(out.subquestions[0]?.type, 'treatment');
  });
  void it('uses the subject line', () => {
    const out = JSON.parse(
      analyzeJsonLine(u, JSON.stringify({ id: 2, text: 'Is it inherited?', subject: 'Beta disease' }), 1),
    ) as {
      foci: Array<{ conditionId: string; inSubject?: boolean }>;
    };
    assert.deepEqual(
      out.foci.map((f) => f.conditionId),
      ['RD:beta'],
    );
  });
  void it('answers a bad line with an error and keeps its id', () => {
    assert.deepEqual(JSON.parse(analyzeJsonLine(u, '{"id":"q3","text":42}', 3)), {
      id: 'q3',
      error: 'line 3: "text" must be a string',
    });
    const broken = JSON.parse(analyzeJsonLine(u, '{not json', 4)) as { id: unknown; error: string };
    assert.equal(broken.id, null);
    assert.match(broken.error, /^line 4: /);
  });
});

void describe('unsure sub-questions', () => {
  const sq = (type: SubQuestion['type'], confidence: number): SubQuestion => ({
    type,
    focus: null,
    text: type,
    question: type,
    confidence,
  });
  void it('drops an unsure guess when another sub-question is confident', () => {
    // a story sentence read as a question (0.2) next to a rule-decided treatment question (0.95)
    const kept = dropUnsure([sq('cause', 0.2), sq('treatment', 0.95)]);
    assert.deepEqual(
      kept.map((s) => s.type),
      ['treatment'],
    );
  });
  void it('keeps every guess when none is confident', () => {
    // nothing better to offer: the unsure guesses are all there is
    const kept = dropUnsure([sq('cause', 0.2), sq('symptoms', 0.3)]);
    assert.equal(kept.length, 2);
  });
  void it('keeps two confident sub-questions', () => {
    // two clear questions in one message are both answered
    const kept = dropUnsure([sq('treatment', 0.95), sq('find_specialist', 0.7)]);
    assert.equal(kept.length, 2);
  });
});

/** What a rule sees besides the words: the kinds of the question's foci, how many, drugs in the message. */
function ruleContext(kinds: ConditionKind[], foci: number, drugs = 0, earlier = false): RuleContext {
  return { kinds: new Set(kinds), foci, drugs, earlier };
}

void describe('type rules on masked questions', () => {
  const disease = ruleContext(['disease'], 1);
  const cases: Array<[string, string | null, string]> = [
    ['FOCUS', 'information', 'a message that only names the condition asks about it in general'],
    ['Re: FOCUS please', 'information', 'a subject-like line with the name and "please"'],
    ['I am looking for information on FOCUS.', 'information', 'a statement with an implicit request'],
    ['Any help with FOCUS would be appreciated', 'information', '"any help with X" asks for information'],
    [
      'I am looking for information on the treatment of FOCUS',
      'treatment',
      'not information: the words name an aspect (a request for the treatment of the condition)',
    ],
    [
      'What are the chances of my kids getting FOCUS?',
      'inheritance',
      'the chance that the children get it is recurrence in the family (labeling guide)',
    ],
    ['What are my chances of getting FOCUS?', 'susceptibility', 'chances of getting it oneself'],
    ['Could this be FOCUS?', 'diagnosis', 'asks whether this is the condition'],
    ['What do my blood test results mean?', 'diagnosis', 'asks to read test results'],
    ['Does he need surgery for FOCUS?', 'treatment', 'asks whether an operation is needed'],
    ['What do you suggest for FOCUS?', 'treatment', 'asks for a recommendation'],
    ['Is there anyone near us who knows FOCUS?', 'find_specialist', 'someone nearby'],
    ['Kindly suggest some good medicine for FOCUS', 'treatment', 'a request for a medicine'],
    ['Can FOCUS be reversed?', 'treatment', 'whether anything can undo it'],
    ['Is there any way to slow it down?', 'treatment', 'slowing it is treating it'],
    ['Is there any way to stop getting FOCUS?', 'prevention', 'not getting it is prevention, not treatment'],
    ['I have FOCUS, please help me', 'treatment', 'a plea about a condition asks what can be done'],
    ['Please help me understand FOCUS', 'information', 'help to understand it asks for information'],
    ['Would that stop the FOCUS?', 'treatment', 'whether something works against it'],
    ['Can stress bring on a FOCUS flare?', 'cause', 'what brings on its attacks (labeling guide)'],
    ['What can cause FOCUS?', null, 'asks for causes: left to the classifier, not an association'],
    ['Could his FOCUS be caused by the chemicals at work?', 'association', 'a particular thing blamed'],
    ['Does smoking have any relation with FOCUS?', 'association', 'a relation with the condition'],
  ];
  for (const [text, expected, why] of cases) {
    void it(`${text} → ${expected ?? 'no rule'} (${why})`, () => {
      assert.equal(ruleType(text, disease)?.type ?? null, expected);
    });
  }
  void it('relates two conditions joined by a word of cause in a yes-no question', () => {
    // "can X cause Y" asks how two conditions relate; a statement that one causes the other does not
    const two = ruleContext(['disease'], 2);
    assert.equal(ruleType('Can FOCUS cause FOCUS?', two)?.type, 'association');
    assert.equal(ruleType('I have FOCUS which causes FOCUS, how do I treat it?', two)?.type, 'treatment');
  });
  void it('reads "can X cause Y" as a sign of X, or as what X leads to, by what Y is and where it was named', () => {
    const pair = (last: { sign: boolean; namedBefore: boolean }): RuleContext => ({
      ...ruleContext(['disease'], 2),
      pair: { first: { sign: false, namedBefore: true }, last },
    });
    // "does Alport syndrome cause hearing loss?": a sign belongs to the condition
    assert.equal(
      ruleType('Does FOCUS cause FOCUS?', pair({ sign: true, namedBefore: false }))?.type,
      'symptoms',
    );
    // "I have ADPKD. Can ADPKD cause brain aneurysms?": what the person's condition may lead to
    assert.equal(
      ruleType('Can FOCUS cause FOCUS?', pair({ sign: false, namedBefore: false }))?.type,
      'complications',
    );
    // "she has RA and now osteoporosis too. Does RA cause osteoporosis?": two conditions she has
    assert.equal(
      ruleType('Does FOCUS cause FOCUS?', pair({ sign: false, namedBefore: true }))?.type,
      'association',
    );
  });
  void it('reads a search-box query about one aspect, and only when the aspect is all it says', () => {
    const one = ruleContext(['disease'], 1);
    assert.equal(ruleType('FOCUS symptoms in children', one)?.type, 'symptoms');
    assert.equal(ruleType('main causes of FOCUS', one)?.type, 'cause');
    assert.equal(ruleType('FOCUS genetics', one)?.type, 'genetic_changes');
    assert.equal(ruleType('FOCUS kidney problems', one)?.type, 'complications');
    // a sentence that goes on asks something else: "what can I do" asks for treatment
    assert.notEqual(ruleType('My FOCUS symptoms are getting worse, what can I do?', one)?.type, 'symptoms');
  });
  void it('relates two conditions only when the relating word stands between them or before both', () => {
    const two = ruleContext(['disease'], 2);
    assert.equal(ruleType('Is FOCUS related to FOCUS?', two)?.type, 'association');
    assert.equal(ruleType('Is there a connection between FOCUS and FOCUS?', two)?.type, 'association');
    // "related" relates the information to the food, not the two conditions to each other
    assert.notEqual(
      ruleType('She has FOCUS and FOCUS, I would like information related to her food', two)?.type,
      'association',
    );
  });
  void it('blames a medicine for a complaint only when something is being taken', () => {
    const one = ruleContext(['disease'], 1);
    assert.equal(ruleType('Since I started taking it I get FOCUS, why?', one)?.type, 'side_effects');
    // "since I started having" tells when the complaint began, and blames nothing
    assert.notEqual(ruleType('Since I started having FOCUS I feel tired, why?', one)?.type, 'side_effects');
  });
  void it('reads "can it cause Y" as the complications of a condition named before, and only then', () => {
    const earlier = ruleContext(['disease'], 1, 0, true);
    // "it" stands for the condition named earlier: what that one leads to
    assert.equal(ruleType('Can it cause FOCUS?', earlier)?.type, 'complications');
    assert.equal(ruleType('Can it cause FOCUS?', earlier)?.aboutEarlier, true);
    // nothing named before: "it" may be anything ("I eat a lot of sugar. Can it cause diabetes?")
    assert.notEqual(ruleType('Can it cause FOCUS?', ruleContext(['disease'], 1))?.type, 'complications');
  });
  void it('reads a medicine blamed for a complaint as a side effect, not an association', () => {
    // the drug of the question is the thing blamed: its side effects answer it
    const drugAndDisease = ruleContext(['drug', 'disease'], 2, 1);
    assert.equal(ruleType('Could it be the FOCUS?', drugAndDisease)?.type, 'side_effects');
    assert.equal(
      ruleType('Does the FOCUS increase the risk of FOCUS?', drugAndDisease)?.type,
      'side_effects',
    );
  });
  void it('reads a risk to the baby as a complication of the pregnancy, unless it is the risk of the condition itself', () => {
    const disease = ruleContext(['disease'], 1);
    assert.equal(ruleType('Is the baby at more risk of coming early?', disease)?.type, 'complications');
    // "at risk of X" asks whether the baby gets X: who is at risk or what is passed on, never a complication
    assert.notEqual(ruleType('Is our baby at risk of FOCUS?', disease)?.type, 'complications');
    assert.notEqual(ruleType('Is our baby at risk of getting it?', disease)?.type, 'complications');
  });
  void it('compares two drugs as an association', () => {
    // "safer than" relates the pair; neither drug's own section answers it
    const drugs = ruleContext(['drug'], 2, 2);
    assert.equal(ruleType('Is FOCUS safer than FOCUS?', drugs)?.type, 'association');
  });
});
