/**
 * Citations renumbered across a whole letter: each article numbers its references from 1; the letter
 * keeps one list, so `[2]` in one article may become `[5]` in the letter.
 */
import type { Article, Block, Reference } from '../kb/types.js';
import type { LetterReference } from './types.js';

/** The letter's reference list while it is being built. */
export class ReferenceList {
  readonly items: LetterReference[] = [];
  private readonly byKey = new Map<string, number>();

  /** Adds a reference (or finds the same one already listed) and returns its number in the letter. */
  add(ref: Reference, collection: string | null, license: string | null): number {
    const key = (
      ref.pmid ? `pmid:${ref.pmid}` : ref.url ? `url:${ref.url}` : `title:${ref.title}`
    ).toLowerCase();
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const n = this.items.length + 1;
    this.items.push({ ...ref, n, collection, license });
    this.byKey.set(key, n);
    return n;
  }

  /** Adds the article's own source page (URL, collection, license) and returns its number. */
  addSource(article: Article): number {
    const p = article.provenance;
    const license = p.source === 'MedQuAD' ? 'MedQuAD, CC BY 4.0' : p.license;
    return this.add(
      {
        authors: null,
        title: article.question,
        journal: p.source === 'MedQuAD' ? `${p.collection} (via MedQuAD)` : null,
        date: article.lastUpdated || null,
        volume: null,
        issue: null,
        pages: null,
        pmid: null,
        url: p.url,
      },
      p.collection,
      license,
    );
  }

  /**
   * The article's blocks with their `[n]` markers renumbered to the letter's list (references are
   * added as they are first cited; markers pointing past the article's list are dropped).
   */
  renumber(article: Article, blocks: readonly Block[] = article.blocks): Block[] {
    const map = (text: string) =>
      text.replace(/\[(\d+)\]/g, (_, d: string) => {
        const ref = article.references[Number(d) - 1];
        return ref ? `[${this.add(ref, null, null)}]` : '';
      });
    return blocks.map((b): Block => {
      switch (b.type) {
        case 'paragraph':
        case 'heading':
          return { ...b, text: map(b.text) };
        case 'list':
          return { ...b, items: b.items.map(map) };
        case 'table':
          return { ...b, header: b.header.map(map), rows: b.rows.map((r) => r.map(map)) };
      }
    });
  }
}
