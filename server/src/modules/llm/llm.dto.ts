import { z } from 'zod';
import { safeText } from '../../common/safe-text.js';

// Only the session, the decision and what was said: the options come from the story on the server.
export const mapChoiceRequestSchema = z.strictObject({
  sessionId: z.uuid(),
  step: z.number().int().min(0).max(10_000),
  utterance: safeText({ max: 500, min: 1 }).refine((text) => text.trim().length > 0, {
    message: 'énoncé vide',
  }),
});

export type MapChoiceRequestDto = z.infer<typeof mapChoiceRequestSchema>;

export interface MapChoiceResponseDto {
  /** Index among the offered choices, or null: ask again / show the buttons. */
  choiceIndex: number | null;
  /** `matcher`: the engine's deterministic matcher (sure, or sure it is not an answer). */
  via: 'matcher' | 'llm' | 'none';
  outcome: 'match' | 'clarify' | 'invalid' | 'timeout' | 'error' | 'unconfigured';
}
