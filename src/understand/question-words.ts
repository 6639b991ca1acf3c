/**
 * Misspelled question words ("symtoms", "contagous", "prognossis") read as the words meant, so that the
 * rules and the classifier see them. Only words that are not known (`models/common-words.json` and the
 * dictionary's names) are corrected, to the closest word of the hand-written training questions within
 * the edit budget of `editBudget` (first letter kept), and only when a single word is closest.
 */
import { editBudget, SpellingIndex } from './fuzzy.js';
import { tokenize } from './normalize.js';
import { TRAINING_QUESTIONS } from './training-questions.js';

export class QuestionWords {
  private readonly index: SpellingIndex;

  constructor(private readonly isKnown: (word: string) => boolean) {
    const counts = new Map<string, number>();
    for (const questions of Object.values(TRAINING_QUESTIONS)) {
      for (const q of questions)
        for (const t of tokenize(q)) counts.set(t.norm, (counts.get(t.norm) ?? 0) + 1);
    }
    this.index = new SpellingIndex(counts.keys(), (w) => counts.get(w) ?? 0);
  }

  /** `text` with its misspelled question words replaced by the words meant (everything else as written). */
  correct(text: string): string {
    let out = '';
    let at = 0;
    for (const t of tokenize(text)) {
      if (!/^[a-z]+$/i.test(t.raw) || editBudget(t.norm.length) === 0 || this.isKnown(t.norm)) continue;
      const [best, next] = this.index.corrections(t.norm, 2);
      if (!best || (next && next.distance === best.distance)) continue;
      out += text.slice(at, t.start) + best.word;
      at = t.end;
    }
    return at === 0 ? text : out + text.slice(at);
  }
}
