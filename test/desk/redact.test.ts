/** Redaction of personal data before publishing: each case says what must go and what must stay. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redact, redactionCount } from '../../src/desk/redact.js';

void describe('redact', () => {
  const cases: Array<{ why: string; input: string; gone: string[]; kept: string[]; names?: string[] }> = [
    {
      why: 'emails are removed whole, including the dots in the local part',
      input: 'Write to anna.smith+desk@example.org please.',
      gone: ['anna.smith', 'example.org'],
      kept: ['Write to', 'please.'],
    },
    {
      why: 'phone numbers in international, national and dotted forms',
      input: 'Call +1 (555) 123-4567, or 020 7946 0958, or 555.987.6543 today.',
      gone: ['123-4567', '7946 0958', '987.6543'],
      kept: ['Call', 'today.'],
    },
    {
      why: 'a street address with city, state and ZIP',
      input: 'We live at 42 Maple Street, Springfield, IL 62704. Thanks.',
      gone: ['42 Maple', 'Springfield', '62704'],
      kept: ['Thanks.'],
    },
    {
      why: 'a UK address with post code, introduced by "our address is"',
      input: 'Our address is 10 Downing St, London SW1A 2AA. Regards.',
      gone: ['Downing', 'SW1A'],
      kept: ['Regards.'],
    },
    {
      why: 'exact dates of birth in numeric, ISO and written forms',
      input: 'Born 03/04/2012. Her brother: 2015-03-12. Me: 12 March 1980, and July 4th, 1976.',
      gone: ['03/04/2012', '2015-03-12', '12 March 1980', 'July 4th, 1976'],
      kept: ['Born', 'Her brother'],
    },
    {
      why: 'names after "my name is", a relative word, a title, a greeting and a sign-off',
      input: 'Dear Peter,\nMy name is Maria Lopez and my son Tom has it. Dr. Jones agreed.\n\nThanks,\nMaria',
      gone: ['Peter', 'Maria Lopez', 'Tom', 'Jones', '\nMaria'],
      kept: ['Dear', 'my son', 'has it', 'Thanks,'],
    },
    {
      why: 'the sender’s known name is removed wherever it appears, also in parts',
      input: 'Anna Smith here. anna asked me, Smith family.',
      names: ['Anna Smith'],
      gone: ['Anna', 'anna', 'Smith'],
      kept: ['here.', 'asked me', 'family.'],
    },
  ];
  for (const c of cases) {
    void it(c.why, () => {
      const out = redact(c.input, { knownNames: c.names ?? [] }).text;
      for (const g of c.gone) assert.ok(!out.includes(g), `"${g}" should be gone from: ${out}`);
      for (const k of c.kept) assert.ok(out.includes(k), `"${k}" should stay in: ${out}`);
    });
  }

  void it('leaves a medical question without personal data untouched (the example question)', () => {
    const text =
      'I have a friend who is affected by progressive hemifacial atrophy. How is this condition treated? How can I locate doctors who are familiar with the management of this condition?';
    const result = redact(text);
    assert.equal(result.text, text);
    assert.equal(redactionCount(result), 0);
  });

  void it('keeps answer text with citations, PMIDs, journal pages, years and durations', () => {
    // Letter sections are redacted too: their numbers must not be mistaken for phone numbers or dates.
    const text =
      'It stops progressing within 2 to 20 years.[1][2] See PMID 27045226; Surv Ophthalmol. 2016; 6257(15):30073-4. About 1 in 700,000 people.';
    assert.equal(redact(text).text, text);
  });

  void it('keeps condition names that look like names (Parry-Romberg) when not introduced as a person', () => {
    const text = 'My daughter has Parry-Romberg syndrome and Crohn disease.';
    assert.equal(redact(text).text, text);
  });

  void it('counts removals by kind without returning the removed text', () => {
    const result = redact('Mail jo@example.com or call 555-123-4567 on 1 May 2020.');
    assert.deepEqual(result.counts, { email: 1, phone: 1, address: 0, date: 1, name: 0 });
    assert.ok(!JSON.stringify(result.counts).includes('jo@'));
  });

  void it('is idempotent: redacting redacted text removes nothing more', () => {
    const once = redact('My name is Anna Smith, anna@example.org, 555 123 4567, 42 Maple Street.', {
      knownNames: ['Anna Smith'],
    });
    const twice = redact(once.text, { knownNames: ['Anna Smith'] });
    assert.equal(twice.text, once.text);
    assert.equal(redactionCount(twice), 0);
  });
});
