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

// Present and future forms of irregular verb families, by rule (the Lefff data packaged has no
// conjugated verbs): « préviens » → « prévenir », « retiennent » → « retenir », « remets » → « remettre ».
// prettier-ignore
const VERB_RULES: [RegExp, string][] = [
  [/^(\w*)(viens|vient|viennent|viendr\w*)$/, '$1venir'],
  [/^(\w*)(tiens|tient|tiennent|tiendr\w*)$/, '$1tenir'],
  [/^(\w*)(prends|prend|prennent|prenons|prenez)$/, '$1prendre'],
  [/^(\w+)(mets|met|mettent|mettons|mettez)$/, '$1mettre'],
  [/^(\w*(?:cond|constr|prod|red|trad|introd|d|cuit))(uis|uit|uisent|uisons|uisez)$/, '$1uire'],
  [/^(|re|pre|entre)(vois|voit|voient|voyons|voyez|verr\w*)$/, '$1voir'],
  [/^(|re|e|de|in|ins|pres)(cris|crit|crivent|crivons|crivez)$/, '$1crire'],
  [/^(|re|re)(lis|lit|lisent|lisons|lisez)$/, '$1lire'],
  [/^(|re|contre|inter|pre)(dis|disent|disons)$/, '$1dire'],
  [/^(\w*)(eins|eint|eignent|eignons|eignez)$/, '$1eindre'],
  [/^(\w*)(joins|joint|joignent|joignons)$/, '$1joindre'],
  [/^(\w*)(crains|craint|craignent)$/, '$1craindre'],
  [/^(|re)(pars|part|partent|partons|partez)$/, '$1partir'],
  [/^(|res|res)(sors|sort|sortent|sortons|sortez)$/, '$1sortir'],
  [/^(|de|res)(sers|sert|servent|servons|servez)$/, '$1servir'],
  [/^(|res|pres|con)(sens|sent|sentent|sentons)$/, '$1sentir'],
  [/^(\w*)(ouvre|ouvres|ouvrent)$/, '$1ouvrir'],
];

/** The lemma of a folded word when the lexicon or a verb rule knows it, else the word itself. */
export function lemma(word: string): string {
  const known = forms().get(word);
  if (known) return known;
  for (const [form, lemma] of VERB_RULES) if (form.test(word)) return word.replace(form, lemma);
  return word;
}
