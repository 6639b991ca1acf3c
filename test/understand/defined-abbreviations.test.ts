/**
 * Abbreviations a message defines for itself (src/understand/defined-abbreviations.ts): the letter matching,
 * and a message whose abbreviation the knowledge base does not hold.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { abbreviates } from '../../src/understand/defined-abbreviations.js';
import type { Understanding } from '../../src/understand/index.js';
import { openTestUnderstanding } from '../support/understanding.js';

let u: Understanding;

before(async () => {
  u = await openTestUnderstanding();
});

void describe('defined abbreviations', () => {
  void it('matches the first letter of every word, and later letters of a word', () => {
    assert.equal(abbreviates('NMO', 'neuromyelitis optica'), true); // neuro-myelitis optica
    assert.equal(abbreviates('GPA', 'granulomatosis with polyangiitis'), true); // "with" is skipped
    assert.equal(abbreviates('CCHS', 'congenital central hypoventilation syndrome'), true);
  });
  void it('does not match when a word gives no letter or a letter is missing', () => {
    assert.equal(abbreviates('PE', 'Perthes disease'), false); // "disease" gives no letter: PE is school sport
    assert.equal(abbreviates('NMS', 'neuromyelitis optica'), false);
    assert.equal(abbreviates('N', 'neuromyelitis optica'), false); // one letter is not an abbreviation
  });
  void it('reads an abbreviation the knowledge base lacks as the condition the message spelled out', () => {
    const a = u.analyze(
      'The neurologist now says it is neuromyelitis optica rather than MS. What actually is NMO?',
    );
    const sq = a.subquestions.find((s) => s.text === 'What actually is NMO?');
    assert.ok(sq, JSON.stringify(a.subquestions));
    assert.equal(sq.type, 'information');
    assert.equal(sq.focus, u.resolveName('neuromyelitis optica')[0]);
  });
  void it('leaves an unrelated capitalized word alone', () => {
    const a = u.analyze('My daughter has Perthes disease. Can she still do PE at school?');
    assert.ok(!a.foci.some((f) => f.text === 'PE'), JSON.stringify(a.foci));
  });
});
