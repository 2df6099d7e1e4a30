import { z } from 'zod';

export const mapChoiceRequestSchema = z
  .strictObject({
    utterance: z.string().trim().min(1).max(500),
    choices: z
      .array(
        z.strictObject({
          index: z.number().int().min(0).max(99),
          text: z.string().min(1).max(500),
          say: z.array(z.string().min(1).max(500)).max(10).optional(),
        }),
      )
      .min(1)
      .max(10),
    line: z.string().max(2000).optional(),
  })
  .refine((body) => new Set(body.choices.map((c) => c.index)).size === body.choices.length, {
    message: 'choice indices must be unique',
    path: ['choices'],
  });

export type MapChoiceRequestDto = z.infer<typeof mapChoiceRequestSchema>;

export interface MapChoiceResponseDto {
  /** Index among the offered choices, or null: ask again / show the buttons. */
  choiceIndex: number | null;
  via: 'llm' | 'none';
  outcome: 'match' | 'clarify' | 'invalid' | 'timeout' | 'error' | 'unconfigured';
}
