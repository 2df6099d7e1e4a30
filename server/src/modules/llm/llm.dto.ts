import { z } from 'zod';
import { NOT_BLANK, safeText } from '../../common/safe-text.js';

const text = (max: number) => safeText({ min: 1, max });

export const mapChoiceRequestSchema = z.strictObject({
  // Trimmed after the bounds: what the document says is what the client may send.
  utterance: safeText({
    min: 1,
    max: 500,
    pattern: NOT_BLANK,
    patternMessage: 'énoncé non vide attendu',
  }).transform((utterance) => utterance.trim()),
  choices: z
    .array(
      z.strictObject({
        index: z.number().int().min(0).max(99),
        text: text(500),
        say: z.array(text(500)).max(10).optional(),
      }),
    )
    .min(1)
    .max(10)
    .refine((choices) => new Set(choices.map((c) => c.index)).size === choices.length, {
      message: 'chaque choix doit avoir un index différent',
    })
    // JSON Schema has no « unique by property »: this extension says it to readers (and the API fuzzer).
    .meta({ 'x-unique-by': 'index' }),
  line: safeText({ max: 2000 }).optional(),
});

export type MapChoiceRequestDto = z.infer<typeof mapChoiceRequestSchema>;

export interface MapChoiceResponseDto {
  /** Index among the offered choices, or null: ask again / show the buttons. */
  choiceIndex: number | null;
  via: 'llm' | 'none';
  outcome: 'match' | 'clarify' | 'invalid' | 'timeout' | 'error' | 'unconfigured';
}
