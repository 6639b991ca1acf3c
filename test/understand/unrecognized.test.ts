/**
 * Names of conditions the knowledge base does not hold: found when the message names one, never made out of
 * ordinary words or out of a recognized name.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Understanding } from '../../src/understand/index.js';
import { unrecognizedNames } from '../../src/understand/unrecognized.js';
import { openTestUnderstanding } from '../support/understanding.js';

const texts = (message: string) => unrecognizedNames(message, []).map((n) => n.text);

void describe('unrecognized names (words alone)', () => {
  void it('takes the words before a head word, up to an article, verb or punctuation', () => {
    assert.deepEqual(texts('Her classmate has hand foot and mouth disease.'), [
      'hand foot and mouth disease',
    ]);
    assert.deepEqual(texts('Is Kikuchi-Fujimoto disease serious?'), ['Kikuchi-Fujimoto disease']);
    assert.deepEqual(texts('He was diagnosed with appendix cancer, stage 3'), ['appendix cancer']);
  });
  void it('takes one long word with an ending of condition names', () => {
    assert.deepEqual(texts('What is gastroparesis?'), ['gastroparesis']);
  });
  void it('names nothing when only generic words stand before the head word', () => {
    // "rare", "genetic": any condition could be meant
    assert.deepEqual(texts('She has a rare genetic disease.'), []);
    // the head word alone names no particular condition
    assert.deepEqual(texts('I think it is a virus. Her cancer is back.'), []);
  });
  void it('takes one long word with an ending of medicine names as a medicine', () => {
    assert.deepEqual(unrecognizedNames('Is nusinersen or risankizumab safe?', []), [
      { text: 'nusinersen', start: 3, end: 13, medicine: true },
      { text: 'risankizumab', start: 17, end: 29, medicine: true },
    ]);
    // short words and ordinary words with those endings are not medicines
    assert.deepEqual(texts('In April we had a concept and an intercept.'), []);
  });
  void it('ignores words with those endings that are not conditions', () => {
    assert.deepEqual(texts('Thank you for your sympathy; he got his diploma'), []);
  });
  void it('never counts words inside a recognized name', () => {
    const message = 'My son has celiac disease.';
    const start = message.indexOf('celiac');
    assert.deepEqual(unrecognizedNames(message, [{ start, end: start + 'celiac disease'.length }]), []);
  });
});

void describe('unrecognized names in analyze()', () => {
  let u: Understanding;
  before(async () => {
    u = await openTestUnderstanding();
  });
  void it('reports a name no condition has, with its offsets, beside the recognized ones', () => {
    const message = 'I have lupus and my friend has hand foot and mouth disease.';
    const a = u.analyze(message);
    assert.ok(a.foci.some((f) => f.text === 'lupus'));
    const [n] = a.unrecognized ?? [];
    assert.equal(n?.text, 'hand foot and mouth disease');
    assert.equal(message.slice(n.start, n.end), n.text);
  });
  void it('reports one from the subject line, marked as such', () => {
    const a = u.analyze('How long does it last?', { subject: 'hand foot and mouth disease' });
    assert.deepEqual(a.unrecognized, [
      { text: 'hand foot and mouth disease', start: 0, end: 27, inSubject: true },
    ]);
  });
  void it('leaves the field out when every name is known', () => {
    assert.equal(u.analyze('How is celiac disease treated?').unrecognized, undefined);
  });
});
