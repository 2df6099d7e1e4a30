// Choices named by position: "la deuxième", "option B", "le premier choix", "la 3", "numéro deux",
// "le numéro un", "celle du milieu", "l'avant-dernière".

const ORDINAL_WORDS: Record<string, number> = {
  premier: 0,
  premiere: 0,
  '1er': 0,
  '1ere': 0,
  deuxieme: 1,
  second: 1,
  seconde: 1,
  '2eme': 1,
  '2e': 1,
  troisieme: 2,
  '3eme': 2,
  '3e': 2,
  quatrieme: 3,
  '4eme': 3,
  '4e': 3,
  cinquieme: 4,
  '5eme': 4,
  '5e': 4,
};
const LAST = new Set(['dernier', 'derniere']);
const BEFORE_LAST = 'avant-dernier';
const MIDDLE = 'milieu';
const NOUNS = new Set([
  'choix',
  'option',
  'reponse',
  'proposition',
  'possibilite',
  'solution',
  'numero',
  'lettre',
  'bouton',
  'phrase',
]);
const DETERMINERS = new Set(['le', 'la', 'l', 'celle', 'celui']);
const LETTERS: Record<string, number> = { a: 0, b: 1, c: 2, d: 3, e: 4 };
const LEAD = new Set([
  'je',
  'prends',
  'prend',
  'choisis',
  'choisi',
  'veux',
  'voudrais',
  'dirais',
  'dis',
  'vais',
  'c',
  'est',
  'plutot',
  'moi',
  'ca',
  'sera',
  'alors',
  'allez',
  'va',
  'pour',
  'du',
  'coup',
  'on',
  'part',
  'sur',
]);

/**
 * The 0-based index an utterance names by position, if any. `tokens` are folded tokens without
 * fillers. Only a leading mention counts ("la deuxième sur le danger"), or a noun + number anywhere
 * ("option 2"), so that "mes premiers secours" is not read as a position.
 */
export function ordinalIndex(spoken: readonly string[], count: number): number | null {
  const tokens = joinPositionPhrases(spoken);
  let i = 0;
  while (i < tokens.length && LEAD.has(tokens[i]) && !DETERMINERS.has(tokens[i])) i++;
  const index = readPosition(tokens, i, count);
  if (index !== null) return index;
  for (let k = 0; k < tokens.length - 1; k++) {
    if (NOUNS.has(tokens[k])) {
      // A letter only at the very end: "réponse à ta question" is not "réponse A".
      const isLast = k + 2 === tokens.length;
      const after = positionWord(tokens[k + 1], count, true, true, isLast);
      if (after !== null) return after;
    }
  }
  return null;
}

// "avant dernière" → one word; "du milieu" / "au milieu" → "milieu" (so "celle du milieu" reads
// like "la deuxième").
function joinPositionPhrases(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === 'avant' && LAST.has(tokens[i + 1] ?? '')) {
      out.push(BEFORE_LAST);
      i++;
    } else if ((t === 'du' || t === 'au') && tokens[i + 1] === MIDDLE) {
      out.push(MIDDLE);
      i++;
    } else out.push(t);
  }
  return out;
}

function readPosition(tokens: readonly string[], at: number, count: number): number | null {
  const first = tokens[at];
  if (first === undefined) return null;
  if (DETERMINERS.has(first)) {
    const word = tokens[at + 1];
    if (word === undefined) return null;
    if (NOUNS.has(word))
      return positionWord(tokens[at + 2] ?? '', count, true, true, at + 3 === tokens.length);
    return positionWord(word, count, false, tokens.length - at <= 3 || NOUNS.has(tokens[at + 2] ?? ''));
  }
  if (NOUNS.has(first))
    return positionWord(tokens[at + 1] ?? '', count, true, true, at + 2 === tokens.length);
  // A bare ordinal as the whole answer: "deuxième", "la dernière".
  if (tokens.length - at <= 2) return positionWord(first, count, false, false);
  return null;
}

function positionWord(
  word: string,
  count: number,
  afterNoun: boolean,
  allowNumber = afterNoun,
  allowLetter = afterNoun,
): number | null {
  let index: number | undefined = ORDINAL_WORDS[word];
  if (index === undefined && LAST.has(word)) index = count - 1;
  if (index === undefined && word === BEFORE_LAST && count >= 3) index = count - 2;
  if (index === undefined && word === MIDDLE && count % 2 === 1 && count >= 3) index = (count - 1) / 2;
  // "le numéro un": "un" stays a word in the tokens (an article far more often than a number).
  if (index === undefined && allowNumber && afterNoun && (word === 'un' || word === 'une')) index = 0;
  if (index === undefined && allowLetter && word in LETTERS) index = LETTERS[word];
  if (index === undefined && allowNumber && /^[1-9]$/.test(word)) index = Number(word) - 1;
  if (index === undefined) return null;
  return index >= 0 && index < count ? index : null;
}
