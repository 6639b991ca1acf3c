/**
 * British spellings read as American (`americanSpelling`): the medical words that differ, and
 * ordinary words that merely contain the same letters left alone.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { americanSpelling } from '../../src/kb/index.js';

void test('British medical spellings become the American ones the sources use', () => {
  const cases: Array<[string, string]> = [
    ['leukaemia', 'leukemia'], // -aemia
    ['haemophilia', 'hemophilia'], // haem-
    ['ischaemic', 'ischemic'],
    ['paediatric', 'pediatric'], // paed-
    ['orthopaedic', 'orthopedic'],
    ['gynaecology', 'gynecology'],
    ['anaesthesia', 'anesthesia'],
    ['oesophageal', 'esophageal'], // oe- at the start
    ['oedema', 'edema'],
    ['oestrogen', 'estrogen'],
    ['coeliac', 'celiac'],
    ['foetal', 'fetal'],
    ['diarrhoea', 'diarrhea'], // -rrhoea
    ['dyspnoea', 'dyspnea'], // -pnoea
    ['tumour', 'tumor'], // -our in the medical words that have it
    ['tumours', 'tumors'],
    ['behavioural', 'behavioral'],
    ['disc', 'disk'], // whole words
    ['centre', 'center'],
    ['sulphate', 'sulfate'],
  ];
  for (const [british, american] of cases) assert.equal(americanSpelling(british), american, british);
});

void test('ordinary words with the same letters are left alone', () => {
  // "oe" inside a word, "our" in everyday words, "disc" at the start of a longer word, "tre" anywhere
  for (const word of [
    'does',
    'shoes',
    'toe',
    'your',
    'hour',
    'four',
    'course',
    'discuss',
    'discover',
    'treatment',
    'street',
    'leukemia',
  ])
    assert.equal(americanSpelling(word), word, word);
});
