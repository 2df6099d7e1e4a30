// Paraphrase guard: an LLM rephrasing of a scripted line is used only if it keeps the facts
// (numbers, units, names), stays French, keeps a similar length and adds no link, markup, emoji,
// new person or talk about being an AI. Otherwise the scripted line is shown (DESIGN §6).

import { fold, tokenize } from './matcher/normalize.js';

export type GuardReasonCode =
  | 'EMPTY'
  | 'NOT_FRENCH'
  | 'LENGTH_RATIO'
  | 'NUMBERS_CHANGED'
  | 'UNITS_CHANGED'
  | 'PROPER_NOUNS_CHANGED'
  | 'NEW_PERSON'
  | 'URL'
  | 'MARKUP'
  | 'EMOJI'
  | 'META_TALK';

export interface GuardReason {
  code: GuardReasonCode;
  /** French, for the staff who review paraphrases. */
  message: string;
}

export type GuardResult = { ok: true } | { ok: false; reasons: GuardReason[] };

export interface GuardOptions {
  /** Allowed candidate/original length ratio (characters). @default [0.5, 1.6] */
  lengthRatio?: [number, number];
}

const FRENCH = new Set(
  (
    'le la les l un une des de d du au aux et ou en y je j tu il elle on nous vous ils elles me m te t se s ce c ca ' +
    'que qu qui est sont suis pas ne n pour par sur dans avec mais comme cette ces son sa ses mon ma mes ton ta tes ' +
    'votre vos notre nos leur leurs tout tous tres plus bien a si aussi fait faire avez avons ai as ont'
  ).split(' '),
);
const ENGLISH = new Set(
  (
    'the a an and or of to in on at for with is are was were be been it this that these those you your we our they ' +
    'their he she his her i my me not but as by from have has do does will would can could'
  ).split(' '),
);

// Common words that may start a sentence without being a name.
const COMMON_STARTS = new Set(
  (
    'alors ensuite puis apres avant enfin donc mais et ou ici la la-haut voila bon bien oui non merci bonjour bonsoir salut ' +
    'regardez regarde ecoutez ecoute attention tenez tiens allez allons venez viens vous tu il elle on nous ils elles je ' +
    'ce cette ces c ca cela le la les un une des du au aux mon ma mes ton ta tes son sa ses notre votre leur leurs ' +
    'quand comment pourquoi combien quel quelle quels quelles qui que quoi ou si comme parce pendant depuis dans sur ' +
    'sous avec sans pour par chaque tout tous toute toutes aujourd hui demain hier maintenant souvent parfois toujours ' +
    'jamais deja encore aussi surtout bravo super parfait exactement vraiment d accord ah oh eh'
  ).split(' '),
);
const TITLES = new Set(['monsieur', 'madame', 'mademoiselle', 'docteur', 'maitre', 'm', 'mme', 'mlle', 'dr']);

const UNITS: Record<string, string> = {
  km: 'km',
  kilometre: 'km',
  kilometres: 'km',
  m: 'm',
  metre: 'm',
  metres: 'm',
  cm: 'cm',
  centimetre: 'cm',
  centimetres: 'cm',
  mm: 'mm',
  millimetre: 'mm',
  millimetres: 'mm',
  kg: 'kg',
  kilo: 'kg',
  kilos: 'kg',
  kilogramme: 'kg',
  kilogrammes: 'kg',
  g: 'g',
  gramme: 'g',
  grammes: 'g',
  t: 't',
  tonne: 't',
  tonnes: 't',
  l: 'l',
  litre: 'l',
  litres: 'l',
  eur: 'eur',
  euro: 'eur',
  euros: 'eur',
  '€': 'eur',
  '%': '%',
  pourcent: '%',
  pourcents: '%',
  h: 'h',
  heure: 'h',
  heures: 'h',
  min: 'min',
  minute: 'min',
  minutes: 'min',
  s: 's',
  seconde: 's',
  secondes: 's',
  jour: 'jour',
  jours: 'jour',
  semaine: 'semaine',
  semaines: 'semaine',
  mois: 'mois',
  an: 'an',
  ans: 'an',
  annee: 'an',
  annees: 'an',
  kw: 'kw',
  mw: 'mw',
  kwh: 'kwh',
  mwh: 'mwh',
  w: 'w',
  watt: 'w',
  watts: 'w',
  v: 'v',
  volt: 'v',
  volts: 'v',
  a: 'a',
  ampere: 'a',
  amperes: 'a',
  degre: 'degre',
  degres: 'degre',
  c: 'degre',
  bar: 'bar',
  bars: 'bar',
};

const URL = /\bhttps?:\/\/|\bwww\.|\b[\w-]+\.(com|fr|org|net|io|eu|gouv)\b/i;
const MARKUP = /<\/?[a-z][^>]*>|\*\*|__|`|^\s*#{1,6}\s|\[[^\]]*\]\([^)]*\)|^\s*[-*•]\s|\{\{|\}\}/im;
const EMOJI = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]/u;
const META = [
  /en tant qu(e|') ?(ia|intelligence artificielle|assistant|modele)/,
  /modele de langage/,
  /je suis (une|un) (ia|intelligence artificielle|assistant|programme|robot|chatbot|modele)/,
  /intelligence artificielle/,
  /\bas an ai\b/,
  /language model/,
  /\b(chatgpt|openai|gpt-?\d|llm|claude|mistral ai)\b/,
  /voici (une|la|ma) (reformulation|paraphrase|version)/,
  /\b(reformulation|paraphrase|reformule)\b/,
  /je ne peux pas (vous )?(aider|repondre)/,
  /\bi (cannot|can't|am unable)\b/,
];

export function checkParaphrase(
  original: string,
  candidate: string,
  options: GuardOptions = {},
): GuardResult {
  const reasons: GuardReason[] = [];
  const add = (code: GuardReasonCode, message: string) => reasons.push({ code, message });
  const text = candidate.trim();
  if (text === '') return { ok: false, reasons: [{ code: 'EMPTY', message: 'La reformulation est vide.' }] };

  const [low, high] = options.lengthRatio ?? [0.5, 1.6];
  const ratio = text.length / Math.max(1, original.trim().length);
  if (ratio < low || ratio > high)
    add('LENGTH_RATIO', `Longueur trop différente de l’original (×${ratio.toFixed(2)}).`);

  if (!looksFrench(text)) add('NOT_FRENCH', 'La reformulation ne semble pas être en français.');

  const numbersBefore = numbersOf(original);
  const numbersAfter = numbersOf(text);
  if (!sameSet(numbersBefore, numbersAfter)) {
    add(
      'NUMBERS_CHANGED',
      `Les nombres diffèrent (original : ${[...numbersBefore].join(', ') || 'aucun'} ; reformulation : ${[...numbersAfter].join(', ') || 'aucun'}).`,
    );
  }
  const unitsBefore = unitsOf(original);
  const unitsAfter = unitsOf(text);
  if (!sameSet(unitsBefore, unitsAfter))
    add('UNITS_CHANGED', 'Les unités des nombres diffèrent de l’original.');

  const namesBefore = properNouns(original);
  const knownWords = new Set(tokenize(original));
  const missing = [...namesBefore].filter((name) => !new Set(tokenize(text)).has(name));
  if (missing.length > 0)
    add('PROPER_NOUNS_CHANGED', `Nom propre absent de la reformulation : ${missing.join(', ')}.`);
  const added = [...properNouns(text)].filter((name) => !knownWords.has(name));
  if (added.length > 0) add('NEW_PERSON', `Nom nouveau dans la reformulation : ${added.join(', ')}.`);

  if (URL.test(text)) add('URL', 'La reformulation contient une adresse web.');
  if (MARKUP.test(text)) add('MARKUP', 'La reformulation contient du balisage (HTML, Markdown).');
  if (EMOJI.test(text)) add('EMOJI', 'La reformulation contient un emoji.');
  const folded = fold(text).replace(/’/g, "'");
  if (META.some((pattern) => pattern.test(folded)))
    add('META_TALK', 'La reformulation parle d’elle-même ou de l’IA.');

  return reasons.length === 0 ? { ok: true } : { ok: false, reasons };
}

function looksFrench(text: string): boolean {
  const words = tokenize(text).filter((w) => !/^\d/.test(w));
  if (words.length < 4) return true;
  const french = words.filter((w) => FRENCH.has(w)).length;
  const english = words.filter((w) => ENGLISH.has(w)).length;
  return french / words.length >= 0.12 && french >= english;
}

function numbersOf(text: string): Set<string> {
  return new Set(tokenize(text).filter((t) => /^\d/.test(t)));
}

function unitsOf(text: string): Set<string> {
  const tokens = tokenize(
    text.replace(/€/g, ' euros ').replace(/%/g, ' pourcent ').replace(/°/g, ' degres '),
  );
  const units = new Set<string>();
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!/^\d/.test(tokens[i])) continue;
    const unit = UNITS[tokens[i + 1]];
    if (unit) units.add(unit);
  }
  return units;
}

/**
 * Capitalised words not at the start of a sentence, and words after a title ("Madame Diallo"),
 * folded. A name that starts a sentence is not recognised (it cannot be told from a common word
 * without a dictionary): a known limit.
 */
function properNouns(text: string): Set<string> {
  const names = new Set<string>();
  const words = [...text.matchAll(/[\p{L}][\p{L}’'-]*/gu)];
  for (let i = 0; i < words.length; i++) {
    const word = words[i][0].replace(/[’'].*$/, '');
    const at = words[i].index ?? 0;
    if (!/^\p{Lu}/u.test(word) || word.length < 2 || /^\p{Lu}+$/u.test(word)) continue;
    const before = text.slice(0, at).trimEnd();
    const sentenceStart = before === '' || /[.!?…:«—–"]$/.test(before);
    const folded = fold(word);
    const afterTitle = i > 0 && TITLES.has(fold(words[i - 1][0]));
    if ((!sentenceStart && !COMMON_STARTS.has(folded)) || afterTitle) names.add(folded);
  }
  return names;
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}
