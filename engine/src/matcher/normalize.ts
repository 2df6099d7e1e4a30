// French text normalisation for voice matching: case, accents, punctuation, elisions, numbers
// said as words, fillers. Deterministic and small (runs on the headset).

const ELISION = /\b(l|j|qu|d|n|s|c|m|t|jusqu|lorsqu|puisqu|quoiqu|presqu)'/g;

/** Spoken fillers that carry no meaning in a choice. */
export const FILLERS = new Set([
  'euh',
  'heu',
  'euuh',
  'hum',
  'hmm',
  'mmh',
  'ben',
  'bah',
  'beh',
  'bon',
  'alors',
  'genre',
  'voila',
  'hein',
  'bref',
  'enfin',
  'donc',
  'ouais',
  'ok',
  'okay',
  'dac',
  'daccord',
  'style',
  'tsais',
  'quoi',
  'bé',
  'be',
  'eh',
  'oh',
  'ah',
]);

const UNITS: Record<string, number> = {
  zero: 0,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  cent: 100,
  cents: 100,
  mille: 1000,
};

/** Lower case, no accents, `’` → `'`, punctuation → spaces. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}

/** Tokens of an utterance: folded, elisions split, numbers as digits, fillers kept (see `withoutFillers`). */
export function tokenize(text: string): string[] {
  const folded = fold(text)
    .replace(ELISION, '$1 ')
    .replace(/(\d)[.,](\d)/g, '$1_$2')
    .replace(/[^a-z0-9_' -]+/g, ' ')
    .replace(/[-']/g, ' ');
  const words = folded
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace('_', '.'));
  return numbersAsDigits(words);
}

export function withoutFillers(tokens: readonly string[]): string[] {
  return tokens.filter((t) => !FILLERS.has(t));
}

// "vingt et un" → "21", "quatre vingt dix" → "90", "deux cents" → "200"; "un"/"une" alone stay words
// (articles far more often than numbers).
function numbersAsDigits(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!(words[i] in UNITS) || ((words[i] === 'un' || words[i] === 'une') && !(words[i + 1] in UNITS))) {
      out.push(words[i]);
      continue;
    }
    let total = 0;
    let current = 0;
    let j = i;
    while (j < words.length) {
      const w = words[j];
      if (w === 'et' && words[j + 1] in UNITS && current > 0) {
        j++;
        continue;
      }
      const value = UNITS[w];
      if (value === undefined) break;
      if (value === 100) current = (current || 1) * 100;
      else if (value === 1000) {
        total += (current || 1) * 1000;
        current = 0;
      } else if (value === 20 && current > 0 && current % 100 === 4) current = current - 4 + 80;
      else current += value;
      j++;
    }
    out.push(String(total + current));
    i = j - 1;
  }
  return out;
}
