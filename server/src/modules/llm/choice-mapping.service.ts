import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import { LlmClient } from './llm.client.js';
import { LLM_CONFIG, type LlmConfig } from './llm.config.js';
import { loadPromptTemplate, renderPrompt, type PromptTemplate } from './prompt-template.js';

export interface OfferedChoice {
  index: number;
  text: string;
  say?: string[];
}

export interface MapChoiceInput {
  utterance: string;
  choices: OfferedChoice[];
  /** What the character just said, for context. */
  line?: string;
}

/** Why the answer is what it is (for logs, evidence and the bench), never a score. */
export type MapChoiceOutcome = 'match' | 'clarify' | 'invalid' | 'timeout' | 'error' | 'unconfigured';

export interface MapChoiceResult {
  choiceIndex: number | null;
  via: 'llm' | 'none';
  outcome: MapChoiceOutcome;
}

export const CLARIFY = 'clarify';
const PROMPT_VERSION = 1;

/** The closed output: `{ "choice": <one of the offered ids> | "clarify" }`, nothing else. */
export function choiceSchema(choices: OfferedChoice[]): {
  json: Record<string, unknown>;
  zod: z.ZodType<{ choice: string }>;
} {
  const ids = [...choices.map((c) => String(c.index)), CLARIFY];
  return {
    json: {
      type: 'object',
      properties: { choice: { type: 'string', enum: ids } },
      required: ['choice'],
      additionalProperties: false,
    },
    zod: z.strictObject({ choice: z.enum(ids as [string, ...string[]]) }),
  };
}

/**
 * Maps a free utterance to one of the offered choices with one LLM call, when the engine's matcher
 * was unsure. Anything but a valid offered id (garbage, another id, a timeout, an error) is
 * `clarify`: the headset then asks again or shows the buttons.
 */
@Injectable()
export class ChoiceMappingService {
  private readonly client: LlmClient | null;
  private readonly template: PromptTemplate | null;

  constructor(@Inject(LLM_CONFIG) config: LlmConfig | null) {
    this.client = config ? new LlmClient(config) : null;
    this.template = config ? loadPromptTemplate(config.promptsDir, 'choice-mapping', PROMPT_VERSION) : null;
  }

  get configured(): boolean {
    return this.client !== null;
  }

  async mapChoice(input: MapChoiceInput): Promise<MapChoiceResult> {
    if (!this.client || !this.template) return { choiceIndex: null, via: 'none', outcome: 'unconfigured' };
    const schema = choiceSchema(input.choices);
    const prompt = renderPrompt(this.template, {
      choiceIds: [...input.choices.map((c) => JSON.stringify(String(c.index))), JSON.stringify(CLARIFY)].join(
        ', ',
      ),
      choices: input.choices
        .map(
          (c) =>
            `- ${JSON.stringify(String(c.index))}: ${JSON.stringify(c.text)}${c.say?.length ? ` | ${c.say.map((s) => JSON.stringify(s)).join(' | ')}` : ''}`,
        )
        .join('\n'),
      line: JSON.stringify(input.line ?? ''),
      utterance: JSON.stringify(input.utterance),
    });
    const answer = await this.client.completeJson(prompt, 'select_choice', schema.json);
    if (!answer.ok) return { choiceIndex: null, via: 'llm', outcome: answer.reason };
    const parsed = schema.zod.safeParse(answer.value);
    if (!parsed.success) return { choiceIndex: null, via: 'llm', outcome: 'invalid' };
    if (parsed.data.choice === CLARIFY) return { choiceIndex: null, via: 'llm', outcome: 'clarify' };
    return { choiceIndex: Number(parsed.data.choice), via: 'llm', outcome: 'match' };
  }
}
