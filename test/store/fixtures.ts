/** Small, realistic records for the store's contract suite. */
import type { Article, Condition, Organization } from '../../src/kb/index.js';
import type { ReplyLetter } from '../../src/compose/index.js';
import type { Analysis } from '../../src/understand/index.js';

export function condition(id: string, preferredName: string, extra: Partial<Condition> = {}): Condition {
  return {
    id,
    preferredName,
    kind: 'disease',
    names: [{ name: preferredName, source: 'gard', kind: 'preferred' }],
    xrefs: [{ db: 'GARD', id: id.replace(/^GARD:/, '') }],
    categories: [],
    definition: null,
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}

/** Progressive hemifacial atrophy as GARD and MedQuAD describe it (GARD 7338). */
export function hemifacialAtrophy(id: string): Condition {
  return condition(id, 'Progressive hemifacial atrophy', {
    names: [
      { name: 'Progressive hemifacial atrophy', source: 'gard', kind: 'preferred' },
      { name: 'Facial hemiatrophy', source: 'gard', kind: 'synonym' },
      { name: 'Parry-Romberg syndrome', source: 'medquad-synonym', kind: 'synonym' },
      { name: 'PHA', source: 'curated', kind: 'abbreviation' },
    ],
    xrefs: [
      { db: 'GARD', id: '7338' },
      { db: 'UMLS', id: 'C0015456' },
    ],
    categories: ['Skin Diseases', 'Nervous System Diseases'],
    definition: 'A rare condition in which the skin and soft tissues of half of the face shrink.',
  });
}

export function article(id: string, conditionId: string, extra: Partial<Article> = {}): Article {
  return {
    id,
    conditionId,
    questionType: 'treatment',
    sourceQuestionType: 'treatment',
    question: 'How might progressive hemifacial atrophy be treated?',
    blocks: [
      { type: 'paragraph', text: 'Treatment is aimed at stopping the disease [1].' },
      { type: 'list', ordered: false, items: ['Surgery', 'Fat grafting'] },
      { type: 'table', header: ['Option', 'When'], rows: [['Grafting', 'After stabilization']] },
    ],
    hasAnswer: true,
    references: [
      {
        authors: 'Stone J',
        title: 'Parry-Romberg syndrome: a global survey of 205 patients',
        journal: 'Neurology',
        date: '2003',
        volume: '61',
        issue: '5',
        pages: '674-676',
        pmid: '12963761',
        url: null,
      },
    ],
    phenotypes: [],
    provenance: {
      source: 'MedQuAD',
      collection: 'GARD',
      externalId: id,
      file: '2_GARD_QA/0005086.xml',
      url: 'https://rarediseases.info.nih.gov/gard/7338/progressive-hemifacial-atrophy',
      license: 'CC BY 4.0',
      retrievedAt: '2026-01-01',
    },
    lastUpdated: '2017-06-01',
    reviewStatus: 'imported',
    version: 1,
    ...extra,
  };
}

export function organization(id: string, conditionIds: string[]): Organization {
  return {
    id,
    name: `Romberg's Connection ${id}`,
    kind: 'patient_organization',
    email: 'info@example.org',
    phone: null,
    website: 'https://example.org',
    country: 'US',
    description: 'Support for families.',
    conditionIds,
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

export function analysis(conditionId: string): Analysis {
  return {
    foci: [
      {
        conditionId,
        name: 'Progressive hemifacial atrophy',
        kind: 'disease',
        text: 'progressive hemifacial atrophy',
        start: 10,
        end: 40,
        score: 0.95,
        match: 'exact',
      },
    ],
    subquestions: [
      {
        type: 'treatment',
        focus: conditionId,
        text: 'How is this condition treated?',
        question: 'How might progressive hemifacial atrophy be treated?',
        confidence: 0.9,
      },
    ],
    background: [],
  };
}

export function letter(conditionId: string, closing = 'Sincerely,'): ReplyLetter {
  return {
    title: 'Progressive hemifacial atrophy',
    centerName: 'Rare Disease Information Desk',
    question: 'How is this condition treated?',
    sections: [],
    closing,
    signature: 'Information Specialist',
    disclaimer: 'This is not medical advice.',
    references: [],
    analysis: analysis(conditionId),
    needsReview: false,
    generatedAt: '2026-01-02T00:00:00.000Z',
  };
}
