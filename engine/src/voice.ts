// Voice out: which lines of a story a character says, and the key of each line's audio. The same
// key is computed on the headset and on the server (no crypto.subtle: the Quest may use plain http).

import { exploreStory, type ExploreOptions } from './explore.js';
import { hashId } from './paths.js';
import type { StoryJson } from './runner.js';

/** Voice of a character (`personnages.<id>.voix` in metier.json); `neutre` also for the narrator. */
export type Voix = 'femme' | 'homme' | 'neutre';
export const VOIX: readonly Voix[] = ['femme', 'homme', 'neutre'];

export interface VoiceLine {
  key: string;
  /** Character id (`# speaker:`), absent for the narrator. */
  speaker?: string;
  text: string;
}

/** Key of the audio of one line: who says it and what (16 hex digits). */
export function voiceKey(speaker: string | undefined, text: string): string {
  return hashId(`${speaker ?? ''}\n${text.trim()}`);
}

/** Every distinct line the story can show (exploring every choice), in first-seen order. */
export function voiceLines(storyJson: StoryJson, options: ExploreOptions = {}): VoiceLine[] {
  const lines = new Map<string, VoiceLine>();
  exploreStory(storyJson, {
    ...options,
    onLines: (turn) => {
      for (const line of turn) {
        const text = line.text.trim();
        if (!text) continue;
        const key = voiceKey(line.speaker, text);
        if (!lines.has(key))
          lines.set(key, { key, ...(line.speaker ? { speaker: line.speaker } : {}), text });
      }
    },
  });
  return [...lines.values()];
}
