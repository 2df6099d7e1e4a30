import { bindToggleSetting } from '../settings.js';
import type { VoiceOut } from './voice-out.js';

/** The « Son » toggle of the 2D settings (pressed = sound on), kept on this device. */
export function bindSoundSetting(button: HTMLElement, voiceOut: VoiceOut): void {
  bindToggleSetting(button, 'son', true, (on) => (voiceOut.muted = !on));
}
