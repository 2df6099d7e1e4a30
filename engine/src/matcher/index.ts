export {
  matchChoice,
  splitNegation,
  concepts,
  fold,
  tokenize,
  withoutFillers,
  stem,
  ordinalIndex,
  type ChoiceMatch,
  type MatcherOptions,
  type MatchableChoice,
} from './matcher.js';
export { SYNONYM_GROUPS } from './synonyms.js';
export { isAddressedToSystem, isNonAnswer } from './meta.js';
