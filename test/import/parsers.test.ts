/** Unit tests of the answer-text parsers: blocks, the GARD question heading, HPO tables, questions. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  answerToBlocks,
  cleanTemplatedQuestion,
  conditionKind,
  convertAnswer,
  frequencyValue,
  gardIdFromUrl,
  genesNamedAsCause,
  isAbbreviation,
  abbreviationsIn,
  nameWithin,
  MEDQUAD_COLLECTIONS,
  parseGardTsv,
  parseHpoRows,
  parseMedquadXml,
  parseSymptomAnswer,
  splitLeadingQuestion,
} from '../../src/import/index.js';
import { isAppError } from '../../src/errors.js';

const GARD = MEDQUAD_COLLECTIONS.find((c) => c.prefix === 'GARD')!;
const GHR = MEDQUAD_COLLECTIONS.find((c) => c.prefix === 'GHR')!;

void describe('answerToBlocks', () => {
  void it('keeps plain prose as one paragraph', () => {
    assert.deepEqual(answerToBlocks('One sentence. Another sentence.'), [
      { type: 'paragraph', text: 'One sentence. Another sentence.' },
    ]);
  });

  void it('turns MedQuAD\'s flattened " - item  - item" lists into list blocks, with the prose around them', () => {
    // GHR's layout: intro ending in ":", items after two spaces and a dash, a wide gap before the next paragraph
    const text =
      'These resources address the management of X:  - Gene Review: X  - Genetic Testing Registry: X   ' +
      'These resources from MedlinePlus offer information:  - Diagnostic Tests  - Drug Therapy   - Palliative Care';
    assert.deepEqual(answerToBlocks(text), [
      { type: 'paragraph', text: 'These resources address the management of X:' },
      { type: 'list', ordered: false, items: ['Gene Review: X', 'Genetic Testing Registry: X'] },
      { type: 'paragraph', text: 'These resources from MedlinePlus offer information:' },
      { type: 'list', ordered: false, items: ['Diagnostic Tests', 'Drug Therapy', 'Palliative Care'] },
    ]);
  });

  void it('does not split a single-spaced dash inside a name ("Tooth - Abnormal Colors")', () => {
    assert.deepEqual(answerToBlocks('See MedlinePlus Encyclopedia: Tooth - Abnormal Colors for pictures.'), [
      { type: 'paragraph', text: 'See MedlinePlus Encyclopedia: Tooth - Abnormal Colors for pictures.' },
    ]);
  });

  void it('splits paragraphs at line breaks and wide gaps, and ends a list where prose resumes', () => {
    // MedlinePlus Health Topics layout: paragraphs separated by four spaces, list items by "    - "
    const text =
      'Salmonella is a germ.    Symptoms include       - Fever    - Headache       Symptoms last days.';
    assert.deepEqual(answerToBlocks(text), [
      { type: 'paragraph', text: 'Salmonella is a germ.' },
      { type: 'paragraph', text: 'Symptoms include' },
      { type: 'list', ordered: false, items: ['Fever', 'Headache'] },
      { type: 'paragraph', text: 'Symptoms last days.' },
    ]);
  });

  void it('reads one-item-per-line lists after a line ending in ":" (NHLBI layout)', () => {
    const text = 'They include:\n   \nSmoking\n   \nHigh blood pressure\n   \nPlaque may build up over time.';
    assert.deepEqual(answerToBlocks(text), [
      { type: 'paragraph', text: 'They include:' },
      { type: 'list', ordered: false, items: ['Smoking', 'High blood pressure'] },
      { type: 'paragraph', text: 'Plaque may build up over time.' },
    ]);
  });

  void it('gives no blocks for empty text', () => {
    assert.deepEqual(answerToBlocks('   \n  '), []);
  });
});

void describe('genesNamedAsCause', () => {
  void it('reads the genes a GHR genetic-changes answer names as the cause, alone or listed', () => {
    assert.deepEqual(
      genesNamedAsCause('Mutations in the FBN1 gene cause Marfan syndrome. The FBN1 gene ...'),
      ['FBN1'],
    );
    assert.deepEqual(
      genesNamedAsCause(
        'Classic Rett syndrome is caused by mutations in the MECP2 gene. This gene provides ...',
      ),
      ['MECP2'],
    );
    assert.deepEqual(
      genesNamedAsCause(
        'Mutations in the PKD1, PKD2, and PKHD1 genes cause polycystic kidney disease. Mutations in either the PKD1 or PKD2 gene can cause ADPKD.',
      ),
      ['PKD1', 'PKD2', 'PKHD1'],
    );
  });
  void it('reads no gene from a list of genes merely found in people with it, or from DNA', () => {
    assert.deepEqual(
      genesNamedAsCause(
        'Changes involving at least four genes, PTEN, SDHB, SDHD, and KLLN, have been identified.',
      ),
      [],
    );
    assert.deepEqual(genesNamedAsCause('Changes in the DNA sequence of the gene alter the protein.'), []);
  });
});

void describe('splitLeadingQuestion', () => {
  void it('splits the repeated question off a GARD answer', () => {
    assert.deepEqual(splitLeadingQuestion('How might X be treated? Surgery may help.'), {
      heading: 'How might X be treated?',
      rest: 'Surgery may help.',
    });
  });

  void it('leaves answers that open with a statement alone', () => {
    assert.deepEqual(splitLeadingQuestion('X is rare. Is it inherited? No.'), {
      heading: null,
      rest: 'X is rare. Is it inherited? No.',
    });
  });

  void it('returns an empty rest when the answer is only the question (GARD 7338 treatment)', () => {
    assert.deepEqual(splitLeadingQuestion('How might progressive hemifacial atrophy  be treated?'), {
      heading: 'How might progressive hemifacial atrophy be treated?',
      rest: '',
    });
  });
});

void describe('HPO symptom tables', () => {
  void it('converts frequencies written as percentages and fractions', () => {
    assert.equal(frequencyValue('90%'), 0.9);
    assert.equal(frequencyValue('7.5%'), 0.075);
    assert.equal(frequencyValue('25/25'), 1);
    assert.equal(frequencyValue('3 of 4'), 0.75);
    assert.equal(frequencyValue('5/4'), null); // more than everyone: not a frequency
    assert.equal(frequencyValue('often'), null);
  });

  void it('parses rows with names containing slashes and digits, and "-" for unknown', () => {
    assert.deepEqual(
      parseHpoRows('Aplasia/Hypoplasia of the skin 50% Abnormality of chromosome 21 1/2 Ataxia -'),
      [
        { name: 'Aplasia/Hypoplasia of the skin', frequency: '50%', frequencyValue: 0.5 },
        { name: 'Abnormality of chromosome 21', frequency: '1/2', frequencyValue: 0.5 },
        { name: 'Ataxia', frequency: null, frequencyValue: null },
      ],
    );
  });

  void it('refuses a table that does not parse to the end', () => {
    assert.equal(parseHpoRows('Seizures 50% trailing words without a frequency'), null);
  });

  void it('keeps the prose before and after the table as paragraphs around a table block', () => {
    const answer = parseSymptomAnswer(
      'The HPO provides this list. Signs and Symptoms Approximate number of patients (when available) ' +
        'Seizures 90% Ptosis - The Human Phenotype Ontology (HPO) has collected information on frequency.',
    );
    assert.ok(answer);
    assert.deepEqual(answer.phenotypes, [
      { name: 'Seizures', frequency: '90%', frequencyValue: 0.9 },
      { name: 'Ptosis', frequency: null, frequencyValue: null },
    ]);
    assert.deepEqual(
      answer.blocks.map((b) => b.type),
      ['paragraph', 'table', 'paragraph'],
    );
    assert.deepEqual(answer.blocks[1], {
      type: 'table',
      header: ['Signs and symptoms', 'Approximate number of patients (when available)'],
      rows: [
        ['Seizures', '90%'],
        ['Ptosis', '-'],
      ],
    });
  });

  void it('returns null for symptom answers without a table', () => {
    assert.equal(parseSymptomAnswer('People with X often have seizures.'), null);
  });
});

void describe('canonical questions', () => {
  void it('cleans MedQuAD templates', () => {
    assert.equal(
      cleanTemplatedQuestion('What is (are) Progressive hemifacial atrophy ?'),
      'What is Progressive hemifacial atrophy?',
    );
    assert.equal(
      cleanTemplatedQuestion('Who is at risk for Zephyr syndrome? ?'),
      'Who is at risk for Zephyr syndrome?',
    );
    assert.equal(
      cleanTemplatedQuestion('what research (or clinical trials) is being done for X ?'),
      'What research (or clinical trials) is being done for X?',
    );
    // templates that read as notes become questions
    assert.equal(
      cleanTemplatedQuestion('How to diagnose Kidney Stones ?'),
      'How is Kidney Stones diagnosed?',
    );
    assert.equal(cleanTemplatedQuestion('How to prevent Heat Stroke ?'), 'How can Heat Stroke be prevented?');
  });

  void it('uses the GARD heading as the question, and marks a heading-only answer as having no answer', () => {
    const doc = { collection: GARD, focus: 'Progressive hemifacial atrophy' };
    const pair = {
      pid: '3',
      qtype: 'treatment',
      question: 'What are the treatments for Progressive hemifacial atrophy ?',
      answer: 'How might progressive hemifacial atrophy  be treated?',
    };
    assert.deepEqual(convertAnswer(doc, pair), {
      question: 'How might progressive hemifacial atrophy be treated?',
      blocks: [],
      phenotypes: [],
      hasAnswer: false,
    });
  });

  void it('turns question headings inside GARD answers into heading blocks', () => {
    const doc = { collection: GARD, focus: 'X' };
    const pair = {
      pid: '5',
      qtype: 'exams and tests',
      question: 'How to diagnose X ?',
      answer: 'How is X diagnosed? By an exam. Is genetic testing available for X? Yes, it is.',
    };
    const converted = convertAnswer(doc, pair);
    assert.equal(converted.question, 'How is X diagnosed?');
    assert.deepEqual(converted.blocks, [
      { type: 'paragraph', text: 'By an exam.' },
      { type: 'heading', text: 'Is genetic testing available for X?' },
      { type: 'paragraph', text: 'Yes, it is.' },
    ]);
  });

  void it('does not look for GARD headings in other collections', () => {
    const doc = { collection: GHR, focus: 'X' };
    const pair = {
      pid: '1',
      qtype: 'information',
      question: 'What is (are) X ?',
      answer: 'What is X? A condition.',
    };
    assert.equal(convertAnswer(doc, pair).question, 'What is X?');
    assert.deepEqual(convertAnswer(doc, pair).blocks, [
      { type: 'paragraph', text: 'What is X? A condition.' },
    ]);
  });
});

void describe('parseMedquadXml', () => {
  void it('reads focus, CUIs, synonyms, GARD id and pairs', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<Document id="0000007" source="GARD" url="https://rarediseases.info.nih.gov/gard/42/x">
<Focus>X &amp; Y</Focus>
<FocusAnnotations><UMLS><CUIs><CUI>C1</CUI><CUI>C2</CUI></CUIs></UMLS>
<Synonyms><Synonym>XY</Synonym></Synonyms></FocusAnnotations>
<QAPairs><QAPair pid="1"><Question qid="0000007-1" qtype="information">What is (are) X ?</Question><Answer>It&apos;s X.</Answer></QAPair></QAPairs>
</Document>`;
    const doc = parseMedquadXml(xml, 'medquad/2_GARD_QA/0000007.xml', GARD);
    assert.equal(doc.documentId, '0000007');
    assert.equal(doc.focus, 'X & Y');
    assert.equal(doc.gardId, '42');
    assert.deepEqual(doc.cuis, ['C1', 'C2']);
    assert.deepEqual(doc.synonyms, ['XY']);
    assert.deepEqual(doc.pairs, [
      { pid: '1', qtype: 'information', question: 'What is (are) X ?', answer: "It's X." },
    ]);
  });

  void it('reads the older lower-case schema of four NINDS files', () => {
    const xml = `<doc docid="0000018" corpus="NINDS" url="http://www.ninds.nih.gov/x.htm"><doctitle-focus>ALS</doctitle-focus>
<umls><cui></cui></umls><qaPairs><pair pid="1"><question qid="0000018-1" qtype="information">what is als?</question><answer>A disease.</answer></pair></qaPairs></doc>`;
    const doc = parseMedquadXml(xml, 'medquad/6_NINDS_QA/0000018.xml', MEDQUAD_COLLECTIONS[5]);
    assert.equal(doc.focus, 'ALS');
    assert.deepEqual(doc.cuis, []);
    assert.equal(doc.pairs.length, 1);
    assert.equal(doc.pairs[0].answer, 'A disease.');
  });

  void it('rejects malformed XML with the line, and XML that is not MedQuAD', () => {
    assert.throws(
      () => parseMedquadXml('<Document id="1">\n<Focus>x</Document>', 'f.xml', GARD),
      (err) => isAppError(err) && err.code === 'bad_input' && /line 2/.test(err.message),
    );
    assert.throws(
      () => parseMedquadXml('<Catalog/>', 'f.xml', GARD),
      (err) => isAppError(err) && /not a MedQuAD document/.test(err.message),
    );
  });

  void it('parses GARD ids only from GARD URLs', () => {
    assert.equal(
      gardIdFromUrl('https://rarediseases.info.nih.gov/gard/7338/progressive-hemifacial-atrophy'),
      '7338',
    );
    assert.equal(gardIdFromUrl('https://ghr.nlm.nih.gov/condition/x'), null);
  });
});

void describe('names', () => {
  void it('detects short all-capitals abbreviations', () => {
    for (const yes of ['FOP', 'NF1', 'AAS', 'CHARGE']) assert.ok(isAbbreviation(yes), yes);
    // lower case (the catalog lower-cases synonyms), a single capital, or a phrase: not abbreviations
    for (const no of ['scan1', 'T1', 'Parry-Romberg', 'NF 1']) assert.ok(!isAbbreviation(no), no);
    assert.deepEqual(abbreviationsIn('dentatorubral-pallidoluysian atrophy (DRPLA)'), ['DRPLA']);
  });

  void it('accepts a UMLS CUI match only when a name of the condition is within the focus', () => {
    assert.ok(nameWithin('Chlamydia Infections', 'Chlamydia infections in women')); // plural and filler words
    assert.ok(nameWithin('Parry-Romberg syndrome', 'Parry-Romberg')); // "syndrome" tells nothing apart
    // loosely shared CUIs (MedQuAD annotates components of a name): not the same condition
    assert.ok(!nameWithin('Deafness-infertility syndrome', 'Infertility'));
    assert.ok(!nameWithin('Lentigo maligna melanoma', 'Melanoma'));
    assert.ok(!nameWithin('Virus associated hemophagocytic syndrome', 'Zika Virus'));
  });

  void it('parses the GARD catalog and rejects a file without its columns', () => {
    const tsv =
      'identifier\tname\tdefinition\tsynonyms\n7338\tFacial hemiatrophy\t\tparry romberg syndrome|romberg syndrome\n';
    assert.deepEqual(parseGardTsv(tsv), [
      {
        id: '7338',
        name: 'Facial hemiatrophy',
        definition: null,
        synonyms: ['parry romberg syndrome', 'romberg syndrome'],
      },
    ]);
    assert.throws(() => parseGardTsv('id\tlabel\n1\tx\n'), /missing column/);
  });
});

void describe('conditionKind', () => {
  const collection = (prefix: string) => {
    const c = MEDQUAD_COLLECTIONS.find((x) => x.prefix === prefix);
    assert.ok(c, prefix);
    return c;
  };
  const kind = (prefix: string, focus: string, category: string | null = null) =>
    conditionKind({ collection: collection(prefix), category, focus });
  void it('files procedures, anesthesia, vaccines and birth control of the health topics as topics, not diseases', () => {
    assert.equal(kind('MPlusHealthTopics', 'Kidney transplant'), 'other');
    assert.equal(kind('MPlusHealthTopics', 'Birth Control'), 'other');
    assert.equal(kind('MPlusHealthTopics', 'Hearing Aids'), 'other');
    assert.equal(kind('MPlusHealthTopics', 'Anesthesia'), 'other');
    assert.equal(kind('MPlusHealthTopics', 'HIV/AIDS'), 'disease'); // "aids" alone is no device
    assert.equal(kind('ADAM', 'Cleft lip and palate repair - discharge'), 'other');
    assert.equal(kind('ADAM', 'Polio vaccine - what you need to know'), 'other');
    assert.equal(kind('ADAM', 'Colostomy'), 'other');
  });
  void it('keeps a disease a disease, even when its name holds a procedure word', () => {
    assert.equal(kind('ADAM', 'Post-splenectomy syndrome'), 'disease'); // "syndrome"
    assert.equal(kind('GARD', 'Therapy-related acute myeloid leukemia'), 'disease'); // rare-disease collection
    assert.equal(kind('MPlusHealthTopics', 'Kidney Stones'), 'disease');
  });
  void it('reads drugs by collection and tests by name', () => {
    assert.equal(kind('MPlusDrugs', 'Ibuprofen'), 'drug');
    assert.equal(kind('ADAM', 'Pelvic ultrasound - abdominal', 'Other'), 'test');
  });
});
