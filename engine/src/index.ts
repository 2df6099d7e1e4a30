// Runtime API of the dialogue engine (headset, server, tools). Imports the inkjs runtime only:
// the compiler lives in `compiler.ts` and must never be reachable from here.

export * from './types.js';
export { EngineError, isEngineError, type EngineErrorCode } from './errors.js';
export {
  DialogueRunner,
  PreparedStory,
  replay,
  declaredVariables,
  scoredVariables,
  type DialogueRunnerOptions,
  type StoryJson,
} from './runner.js';
export {
  parseMeta,
  parseTag,
  sayPhrasings,
  tagValue,
  HEADER_TAGS,
  LINE_TAGS,
  CHOICE_TAGS,
  SECTORS,
  EMOTIONS,
} from './tags.js';
export { knotPath, hashId } from './paths.js';
export { generateFollowUpCode, formatFollowUpCode, normalizeFollowUpCode } from './follow-up-code.js';
export {
  exploreStory,
  maxReachableScores,
  additiveVariables,
  type ExploreOptions,
  type ExplorationResult,
  type DeadEnd,
  type StoryRuntimeError,
} from './explore.js';
export * from './matcher/index.js';
export { voiceKey, voiceLines, VOIX, type Voix, type VoiceLine } from './voice.js';
export {
  checkParaphrase,
  type GuardReason,
  type GuardReasonCode,
  type GuardResult,
  type GuardOptions,
} from './guard.js';
export { rankCompetencies, type Rankable } from './competency-ranking.js';
export { decisionTitles, DECISION_TITLE_TAG } from './decision-titles.js';
