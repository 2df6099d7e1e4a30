import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import { LlmClient } from './llm.client.js';
import { LLM_CONFIG, type LlmConfig } from './llm.config.js';
import { loadPromptTemplate, renderPrompt, type PromptTemplate } from './prompt-template.js';

/**
 * The engine's paraphrase guard (`checkParaphrase(original, candidate)` → `{ ok: true } | { ok: false, reasons }`),
 * injected so tests can pass their own. Anything but `ok: true` (or `true`) counts as a rejection.
 */
export type ParaphraseGuard = (original: string, candidate: string) => unknown;
export const PARAPHRASE_GUARD = Symbol('PARAPHRASE_GUARD');

export interface Character {
  nom: string;
  role: string;
}

export interface ParaphraseResult {
  text: string;
  via: 'llm' | 'scripted';
  /** Why the scripted line was kept. */
  reason?: 'unconfigured' | 'timeout' | 'error' | 'invalid' | 'guard';
}

const PROMPT_VERSION = 1;
const outputSchema = z.strictObject({ text: z.string().trim().min(1).max(2000) });
const outputJsonSchema = {
  type: 'object',
  properties: { text: { type: 'string' } },
  required: ['text'],
  additionalProperties: false,
};

export function guardAccepts(verdict: unknown): boolean {
  if (typeof verdict === 'boolean') return verdict;
  return typeof verdict === 'object' && verdict !== null && (verdict as { ok?: unknown }).ok === true;
}

@Injectable()
export class ParaphraseService {
  private readonly client: LlmClient | null;
  private readonly template: PromptTemplate | null;

  constructor(
    @Inject(LLM_CONFIG) config: LlmConfig | null,
    @Inject(PARAPHRASE_GUARD) private readonly guard: ParaphraseGuard,
  ) {
    this.client = config ? new LlmClient(config) : null;
    this.template = config ? loadPromptTemplate(config.promptsDir, 'paraphrase', PROMPT_VERSION) : null;
  }

  /** A guarded rephrasing of `line`, or the scripted line itself. Never throws. */
  async paraphraseLine(line: string, character: Character): Promise<ParaphraseResult> {
    if (!this.client || !this.template) return { text: line, via: 'scripted', reason: 'unconfigured' };
    const prompt = renderPrompt(this.template, {
      characterName: character.nom,
      characterRole: character.role,
      line: JSON.stringify(line),
    });
    const answer = await this.client.completeJson(prompt, 'paraphrase', outputJsonSchema);
    if (!answer.ok) return { text: line, via: 'scripted', reason: answer.reason };
    const parsed = outputSchema.safeParse(answer.value);
    if (!parsed.success) return { text: line, via: 'scripted', reason: 'invalid' };
    let accepted: boolean;
    try {
      accepted = guardAccepts(this.guard(line, parsed.data.text));
    } catch {
      accepted = false;
    }
    return accepted
      ? { text: parsed.data.text, via: 'llm' }
      : { text: line, via: 'scripted', reason: 'guard' };
  }
}
