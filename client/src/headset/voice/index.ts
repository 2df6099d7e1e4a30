export {
  createVoiceInput,
  type VoiceInput,
  type VoiceInputOptions,
  type VoiceResult,
} from './voice-input.js';
export { mapChoiceOnServer, type MapChoiceRequest, type MapChoiceAnswer } from './map-choice.js';
