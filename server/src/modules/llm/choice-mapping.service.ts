import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import {
  isAddressedToSystem,
  isNonAnswer,
  matchChoice,
  tokenize,
  withoutFillers,
  type StoryChoice,
} from '../../../../engine/src/index.js';
import { DecisionService } from './decision.service.js';
import { LlmCacheRepository, type LlmCacheKey } from './llm-cache.repository.js';
import { LlmClient } from './llm.client.js';
import { LLM_CONFIG, type LlmConfig } from './llm.config.js';
import { loadPromptTemplate, renderPrompt, type PromptTemplate } from './prompt-template.js';

export interface MapChoiceInput {
  sessionId: string;
  /** Index of the decision in the visit (0 = first), as in `choice.offered.step`. */
  step: number;
  utterance: string;
}

/** Why the answer is what it is (for logs, evidence and the bench), never a score. */
export type MapChoiceOutcome = 'match' | 'clarify' | 'invalid' | 'timeout' | 'error' | 'unconfigured';

export interface MapChoiceResult {
  choiceIndex: number | null;
  via: 'matcher' | 'llm' | 'none';
  outcome: MapChoiceOutcome;
  /** True when the LLM's answer came from the cache. */
  cached?: boolean;
}

export const CLARIFY = 'clarify';
export const CHOICE_MAPPING_PROMPT_VERSION = 2;
const PURPOSE = 'choice-mapping';

/** The closed output: `{ "choice": <one of the offered ids> | "clarify" }`, nothing else. */
export function choiceSchema(choices: readonly Pick<StoryChoice, 'index'>[]): {
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

/** Untrusted text as a JSON string that cannot close the tags around it. */
export function asData(text: string): string {
  return JSON.stringify(text).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/**
 * Maps a free utterance to one of the choices the story offers at the session's current decision.
 * The server rebuilds those choices itself (pinned version + stored choice path); the engine's
 * matcher answers first, and only when it is unsure does one LLM call (cached in Postgres) try.
 * Anything but a valid offered id (garbage, another id, a timeout, an error) is no choice: the
 * headset then asks again or shows the buttons.
 */
@Injectable()
export class ChoiceMappingService {
  private readonly client: LlmClient | null;
  private readonly template: PromptTemplate | null;

  constructor(
    @Inject(LLM_CONFIG) private readonly config: LlmConfig | null,
    private readonly decisions: DecisionService,
    private readonly cache: LlmCacheRepository,
  ) {
    this.client = config ? new LlmClient(config) : null;
    this.template = config
      ? loadPromptTemplate(config.promptsDir, PURPOSE, CHOICE_MAPPING_PROMPT_VERSION)
      : null;
  }

  get configured(): boolean {
    return this.client !== null;
  }

  async mapChoice(input: MapChoiceInput): Promise<MapChoiceResult> {
    const decision = await this.decisions.decisionAt(input.sessionId, input.step);
    const tokens = withoutFillers(tokenize(input.utterance));
    // Not an answer whatever the choices: no LLM call, ask again.
    if (isNonAnswer(tokens) || isAddressedToSystem(tokens))
      return { choiceIndex: null, via: 'matcher', outcome: 'clarify' };
    const matched = matchChoice(input.utterance, decision.choices);
    if (matched) return { choiceIndex: matched.choiceIndex, via: 'matcher', outcome: 'match' };
    if (!this.client || !this.template || !this.config)
      return { choiceIndex: null, via: 'none', outcome: 'unconfigured' };

    const schema = choiceSchema(decision.choices);
    const key: LlmCacheKey = {
      purpose: PURPOSE,
      promptVersion: CHOICE_MAPPING_PROMPT_VERSION,
      model: this.config.model,
      input: tokens.join(' '),
      optionsHash: createHash('sha256')
        .update(JSON.stringify([decision.line, decision.choices.map((c) => [c.index, c.text, c.say])]))
        .digest('hex'),
    };
    const cached = await this.cache.findAnswer(key);
    if (cached) {
      const parsed = schema.zod.safeParse(cached);
      if (parsed.success) return { ...this.resultOf(parsed.data.choice), cached: true };
    }

    const prompt = renderPrompt(this.template, {
      choiceIds: [
        ...decision.choices.map((c) => JSON.stringify(String(c.index))),
        JSON.stringify(CLARIFY),
      ].join(', '),
      choices: decision.choices
        .map(
          (c) =>
            `- ${JSON.stringify(String(c.index))}: ${JSON.stringify(c.text)}${c.say.length ? ` | ${c.say.map((s) => JSON.stringify(s)).join(' | ')}` : ''}`,
        )
        .join('\n'),
      line: JSON.stringify(decision.line),
      utterance: asData(input.utterance),
    });
    const answer = await this.client.completeJson(prompt, 'select_choice', schema.json);
    if (!answer.ok) return { choiceIndex: null, via: 'llm', outcome: answer.reason };
    const parsed = schema.zod.safeParse(answer.value);
    if (!parsed.success) return { choiceIndex: null, via: 'llm', outcome: 'invalid' };
    await this.cache.saveAnswer(key, parsed.data);
    return this.resultOf(parsed.data.choice);
  }

  private resultOf(choice: string): MapChoiceResult {
    if (choice === CLARIFY) return { choiceIndex: null, via: 'llm', outcome: 'clarify' };
    return { choiceIndex: Number(choice), via: 'llm', outcome: 'match' };
  }
}
