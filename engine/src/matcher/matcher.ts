// Matches a French utterance against the offered choices: non-answers and talk addressed to the
// system first (never an answer), then ordinals, then a similarity of concepts (stems and synonyms
// weighted by their rarity among the offered choices, names and shared words as mere context)
// blended with character trigrams, with negated parts counting against and a coverage test.
// Answers null when unsure, so that the caller can ask again or use an LLM.

import type { StoryChoice } from '../types.js';
import { tokenize, withoutFillers } from './normalize.js';
import { lemma } from './lemma.js';
import { isAddressedToSystem, isNonAnswer } from './meta.js';
import { ordinalIndex } from './ordinals.js';
import { stem } from './stem.js';
import { SYNONYM_GROUPS } from './synonyms.js';

export interface ChoiceMatch {
  choiceIndex: number;
  /** 0..1; ordinals give 0.95. */
  confidence: number;
  via: 'ordinal' | 'similarity';
}

export interface MatcherOptions {
  /** Lowest similarity accepted. @default 0.18 */
  threshold?: number;
  /** Lowest lead of the best choice over the second. @default 0.06 */
  margin?: number;
  /** Lowest share of the utterance's content (by weight) the chosen choice must explain. @default 0.34 */
  minCoverage?: number;
  /** Names and topic words of the scene (characters…): context, never enough to pick a choice. */
  context?: readonly string[];
}

/** What the matcher needs of a choice (a `StoryChoice` fits). */
export type MatchableChoice = Pick<StoryChoice, 'index' | 'text'> & { say?: readonly string[] };

const STOP_WORDS = new Set(
  (
    'le la les l un une des de d du au aux a et ou en y je j tu il elle on nous vous ils elles me m te t se s ce c ca cela ' +
    'ceci que qu qui est sont suis es etre ai as avons avez ont avoir mon ma mes ton ta tes son sa ses notre nos votre vos ' +
    'leur leurs pour par sur dans avec ne n si mais comme cette cet ces lui eux moi toi y va vais fait faire faut il ' +
    'tout tous toute toutes bien tres trop peu plus aussi deja encore ici la est-ce estce quand ou ' +
    // Light verbs: they say little about which choice was meant.
    'fais font faisons faites allez allons vont aller veux veut voulez voudrais voudrait vouloir peux peut pouvez ' +
    'pouvons pourrait pouvoir dois doit devez devoir met mets mettre mettez prends prend prenez prendre viens vient ' +
    'venir venez suis etais serait sera ' +
    // Negation and second-person determiners: they say nothing of which choice was meant.
    'pas non jamais ton ta tes quel quelle quels quelles'
  )
    .split(' ')
    .filter(Boolean),
);
// Discourse words: how something is said (hedges, stance, adverbs of manner), not what was meant;
// never unexplained content.
// prettier-ignore
const DISCOURSE = new Set(
  ('pense crois trouve dirais semble plutot peut-etre peutetre etre vraiment franchement evidemment ' +
    'directement direct simplement juste surtout normalement carrement clairement perso personnellement ' +
    'moi-meme lui-meme elle-meme meme chose truc trucs machin gars mec quelque quelques ' +
    'jusqu jusque puis apres ensuite alors sinon quand meme ya voir ca la-bas monsieur madame').split(' '),
);
const STOP_WEIGHT = 0.15;
// Share of coverage (what was said is found in the choice) vs precision in the lexical score,
// and share of character trigrams in the final score; tuned on narratives/*/utterances.json.
const LEX_COV = 0.5;
const TRI = 0.2;
// Lowest share of what was said (by weight) that the chosen option explains.
const MIN_COVERAGE = 0.34;
// Lower coverage accepted when the lead and the score are clear (tuned on utterances.json).
const LOOSE = { coverage: 0.2, lead: 0.08, score: 0.3 };
// Weight of a context word (a name, a word of every choice) relative to an ordinary one.
const CONTEXT_WEIGHT = 0.3;
// How much a negated mention (« pas X, plutôt Y ») counts against X.
const NEGATED = 0.6;

// Answers that are not a choice whatever the choices are: not knowing, not hearing.
const NON_ANSWER = new RegExp(
  [
    '^(pardon |desole )?(je )?(ne )?(sais|sai|sait|chais|chai) (pas|plus|rien)( du tout)?$',
    '^aucune idee$',
    '^(pardon |desole )?(j )?(ai )?(pas|rien) (compris|entendu|capte)( la question| ce que vous avez dit)?$',
    '^(pardon |desole )?je (ne )?(comprends|comprend|capte|pige) (pas|rien)( a ce truc| du tout| la question)?$',
    '^(pardon|comment|hein|quoi|pardon quoi|la la|la la la|repete|repetez|tu peux repeter|vous pouvez repeter|redis|encore|attends|attendez)$',
  ].join('|'),
);

// Synonym phrases (several words) and single words, both mapped to the stem of the group's head.
const PHRASES: { words: string[]; concept: string }[] = [];
const WORDS = new Map<string, string[]>();
for (const group of SYNONYM_GROUPS) {
  const concept = `~${stem(group[0])}`;
  for (const entry of group) {
    const words = tokenize(entry);
    if (words.length > 1) PHRASES.push({ words, concept });
    else if (words.length === 1) {
      const key = stem(lemma(words[0]));
      const known = WORDS.get(key) ?? [];
      if (!known.includes(concept)) WORDS.set(key, [...known, concept]);
    }
  }
}
PHRASES.sort((a, b) => b.words.length - a.words.length);

/** Concepts of each said word: stems, with synonym phrases and words replaced by their group(s). */
export function conceptGroups(text: string): string[][] {
  const tokens = withoutFillers(tokenize(text));
  const out: string[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const phrase = PHRASES.find((p) => p.words.every((w, k) => tokens[i + k] === w));
    if (phrase) {
      out.push([phrase.concept]);
      i += phrase.words.length - 1;
      continue;
    }
    const token = tokens[i];
    if (STOP_WORDS.has(token) || DISCOURSE.has(token)) {
      out.push([token]);
      continue;
    }
    const stemmed = stem(lemma(token));
    out.push(WORDS.get(stemmed) ?? [stemmed]);
  }
  return out;
}

/** Concepts of a text, flattened. */
export function concepts(text: string): string[] {
  return conceptGroups(text).flat();
}

function trigrams(text: string): Map<string, number> {
  const words = withoutFillers(tokenize(text)).filter((w) => !STOP_WORDS.has(w));
  const padded = ` ${words.join(' ')} `;
  const grams = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const g = padded.slice(i, i + 3);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [g, v] of a) {
    na += v * v;
    const w = b.get(g);
    if (w) dot += v * w;
  }
  for (const v of b.values()) nb += v * v;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

interface Phrasing {
  concepts: Set<string>;
  grams: Map<string, number>;
}

// Negation: « non, pas ça, plutôt … », « pas le local, mais … ». What follows the pivot counts for,
// what precedes it (negated) counts against.
const NEGATIONS = new Set(['non', 'pas', 'jamais', 'surtout']);
const PIVOTS = new Set(['plutot', 'mais', 'sinon']);

/** The utterance split at a negated pivot, or null when there is none. */
export function splitNegation(tokens: readonly string[]): { against: string[]; for: string[] } | null {
  for (let i = 1; i < tokens.length - 1; i++) {
    if (!PIVOTS.has(tokens[i])) continue;
    const before = tokens.slice(0, i);
    if (before.some((t) => NEGATIONS.has(t))) return { against: before, for: tokens.slice(i + 1) };
  }
  return null;
}

// Proper names in the choices (a capital letter inside the sentence): context, not evidence.
function namesIn(choices: readonly MatchableChoice[]): string[] {
  const names: string[] = [];
  for (const c of choices)
    for (const phrasing of [c.text, ...(c.say ?? [])]) {
      const words = phrasing.split(/[\s’',.;:!?«»()]+/).filter(Boolean);
      for (let i = 1; i < words.length; i++) if (/^\p{Lu}\p{Ll}/u.test(words[i])) names.push(words[i]);
    }
  return names;
}

// A question (« c'est quoi… », « combien… », « tu connais… ») answers only a choice that asks.
const QUESTION =
  /^(qui|quoi|quel|quelle|quels|quelles|combien|pourquoi|ou est|est ce|c est quoi|qu est ce|tu connais|vous connaissez|t as vu|vous avez vu)\b/;
// A question about the character themself (« c'est quoi ton numéro », « ton film préféré ») is small talk.
const PERSONAL =
  /^(c est quoi|qu est ce que|quel|quelle|quels|quelles|tu peux me donner|donne moi|tu me donnes)\b.*\b(ton|ta|tes)\b/;
const ASKS = /\b(demande|demander|demandes|questionne|pourquoi|comment|qu est ce|dites moi|dis moi|est ce)\b/;

/** Best match among the offered choices, or null when the utterance is unclear or off topic. */
export function matchChoice(
  utterance: string,
  choices: readonly MatchableChoice[],
  options: MatcherOptions = {},
): ChoiceMatch | null {
  if (choices.length === 0) return null;
  const threshold = options.threshold ?? 0.18;
  const margin = options.margin ?? 0.06;
  const minCoverage = options.minCoverage ?? MIN_COVERAGE;
  const tokens = withoutFillers(tokenize(utterance));
  if (tokens.length === 0) return null;

  if (NON_ANSWER.test(tokens.join(' ')) || isNonAnswer(tokens) || isAddressedToSystem(tokens)) return null;
  const negation = splitNegation(tokens);
  const positive = negation ? negation.for : tokens;
  const position = ordinalIndex(positive, choices.length);
  if (position !== null) return { choiceIndex: choices[position].index, confidence: 0.95, via: 'ordinal' };

  const docs: Phrasing[][] = choices.map((choice) => {
    const phrasings = [choice.text, ...(choice.say ?? [])].map((p) => ({
      concepts: new Set(concepts(p)),
      grams: trigrams(p),
    }));
    // All phrasings together too: an utterance may mix words of the text and of a `say` hint.
    const union = new Set(phrasings.flatMap((p) => [...p.concepts]));
    return phrasings.length > 1 ? [...phrasings, { concepts: union, grams: new Map() }] : phrasings;
  });
  // Rarity of a concept among the offered choices: what all choices share does not discriminate.
  const df = new Map<string, number>();
  for (const phrasings of docs) {
    const seen = new Set<string>();
    for (const p of phrasings) for (const c of p.concepts) seen.add(c);
    for (const c of seen) df.set(c, (df.get(c) ?? 0) + 1);
  }
  const n = choices.length;
  // Context: names of the scene (given, or capitalised in the choices) and words every choice has.
  const context = new Set(concepts([...(options.context ?? []), ...namesIn(choices)].join(' ')));
  const isContext = (c: string): boolean => context.has(c) || (n > 1 && df.get(c) === n);
  const weight = (c: string): number =>
    (STOP_WORDS.has(c) || DISCOURSE.has(c) ? STOP_WEIGHT : 1) *
    (isContext(c) ? CONTEXT_WEIGHT : 1) *
    Math.log(1 + n / ((df.get(c) ?? 0) + 0.5));

  // « re- » verbs: « remesure », « rappelle » count as « mesure », « appelle » when only those are offered.
  const unprefixed = (c: string): string => {
    if (df.has(c) || !c.startsWith('r')) return c;
    for (const rest of c.startsWith('re') ? [c.slice(2)] : /^r[aio]/.test(c) ? [c.slice(1)] : []) {
      const found = [rest, ...(WORDS.get(rest) ?? [])].find((x) => df.has(x));
      if (found) return found;
    }
    return c;
  };
  const isFunction = (c: string): boolean => STOP_WORDS.has(c) || DISCOURSE.has(c);
  const scoreAll = (part: readonly string[]) => {
    const text = part.join(' ');
    const groups = conceptGroups(text).map((g) => g.map(unprefixed));
    const said = new Set(groups.flat());
    const saidGrams = trigrams(text);
    const saidWeight = [...said].reduce((sum, c) => sum + weight(c), 0);
    // Coverage counts said content words alike (rarity already drives the score): a word is
    // explained when one of its concepts (itself, its lemma, a synonym group) is in the choice.
    const content = groups.filter((g) => !g.every(isFunction));
    const wordWeight = (g: string[]): number => (g.every(isContext) ? CONTEXT_WEIGHT : 1);
    const contentWeight = content.reduce((sum, g) => sum + wordWeight(g), 0);
    return docs.map((phrasings) => {
      let best = { score: 0, coverage: 0, evidence: 0 };
      for (const p of phrasings) {
        let common = 0;
        let evidence = 0;
        let docWeight = 0;
        for (const c of p.concepts) {
          const w = weight(c);
          docWeight += w;
          if (said.has(c)) {
            common += w;
            if (!isFunction(c) && !isContext(c)) evidence += w;
          }
        }
        let explained = 0;
        for (const g of content) if (g.some((c) => p.concepts.has(c))) explained += wordWeight(g);
        // A phrasing said in full (« pas du tout », « le bac ») is explained whatever its words are.
        const whole = p.concepts.size > 0 && [...p.concepts].every((c) => said.has(c));
        const coverage =
          whole && explained === contentWeight ? 1 : contentWeight ? explained / contentWeight : 0;
        if (whole && evidence === 0) evidence = common;
        const precision = docWeight ? common / docWeight : 0;
        const lexical = LEX_COV * (saidWeight ? common / saidWeight : 0) + (1 - LEX_COV) * precision;
        const score = (1 - TRI) * lexical + TRI * (p.grams.size ? cosine(saidGrams, p.grams) : lexical);
        if (score > best.score) best = { score, coverage, evidence };
      }
      return best;
    });
  };

  const scored = scoreAll(positive);
  const against = negation ? scoreAll(negation.against) : null;
  const scores = scored.map((s, i) => s.score - (against ? NEGATED * against[i].score : 0));
  let first = -1;
  let second = -1;
  for (let i = 0; i < scores.length; i++) {
    if (first < 0 || scores[i] > scores[first]) {
      second = first;
      first = i;
    } else if (second < 0 || scores[i] > scores[second]) second = i;
  }
  const best = scores[first];
  const lead = best - (second >= 0 ? scores[second] : 0);
  if (best < threshold || lead < margin) return null;
  // The chosen option must explain most of what was said, with words that are not mere context.
  // Below the coverage asked, a clear and strong lead still carries (a paraphrase whose one
  // specific word is the option's), never a weak one.
  const clear = scored[first].coverage >= LOOSE.coverage && lead >= LOOSE.lead && best >= LOOSE.score;
  if ((scored[first].coverage < minCoverage && !clear) || scored[first].evidence === 0) return null;
  const asks = (c: MatchableChoice): boolean =>
    [c.text, ...(c.say ?? [])].some((t) => t.includes('?') || ASKS.test(tokenize(t).join(' ')));
  const said = tokenize(utterance).join(' ');
  if (PERSONAL.test(said) || (QUESTION.test(said) && !asks(choices[first]))) return null;
  return {
    choiceIndex: choices[first].index,
    confidence: Math.min(1, 0.5 * best + lead + 0.2),
    via: 'similarity',
  };
}

export { fold, tokenize, withoutFillers } from './normalize.js';
export { stem } from './stem.js';
export { ordinalIndex } from './ordinals.js';
