// Form → lemma from the Lefff-derived table (lexicon.generated.ts), for the forms the suffix
// stripper cannot bring back to their lemma (« yeux » → « oeil », « pris » → « prendre »).
import { LEXICON } from './lexicon.generated.js';

let table: Map<string, string> | null = null;

function forms(): Map<string, string> {
  if (!table) {
    table = new Map();
    for (const line of LEXICON.split('\n')) {
      const [lemma, ...rest] = line.split(' ');
      for (const form of rest) table.set(form, lemma);
    }
  }
  return table;
}

/** The lemma of a folded word when the lexicon knows it, else the word itself. */
export function lemma(word: string): string {
  return forms().get(word) ?? word;
}
