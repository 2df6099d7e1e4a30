import OpenAI from 'openai';
import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import type { LlmConfig } from './llm.config.js';
import type { RenderedPrompt } from './prompt-template.js';

export type StructuredOutcome =
  { ok: true; value: unknown } | { ok: false; reason: 'timeout' | 'error' | 'invalid' };

/**
 * One chat call that must answer with a JSON object matching `schema`, sent the way the configured
 * server supports (strict `json_schema`, `json_object`, or a forced tool call). The caller still
 * validates the value: servers do not all enforce schemas. Never throws.
 */
export class LlmClient {
  private readonly openai: OpenAI;

  constructor(private readonly config: LlmConfig) {
    this.openai = new OpenAI({
      baseURL: config.baseUrl,
      apiKey: config.apiKey,
      maxRetries: 0,
      timeout: config.timeoutMs,
    });
  }

  async completeJson(
    prompt: RenderedPrompt,
    schemaName: string,
    schema: Record<string, unknown>,
  ): Promise<StructuredOutcome> {
    const params: ChatCompletionCreateParamsNonStreaming = {
      model: this.config.model,
      temperature: prompt.temperature,
      ...(prompt.maxTokens ? { max_tokens: prompt.maxTokens } : {}),
      messages: [
        { role: 'system', content: prompt.system },
        { role: 'user', content: prompt.user },
      ],
    };
    switch (this.config.structuredOutput) {
      case 'json_schema':
        params.response_format = {
          type: 'json_schema',
          json_schema: { name: schemaName, strict: true, schema },
        };
        break;
      case 'json_object':
        params.response_format = { type: 'json_object' };
        break;
      case 'tool':
        params.tools = [
          { type: 'function', function: { name: schemaName, parameters: schema, strict: true } },
        ];
        params.tool_choice = { type: 'function', function: { name: schemaName } };
        break;
    }

    // The SDK timeout covers the connection; the abort timer also covers a body that trickles in.
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.config.timeoutMs);
    try {
      const completion = await this.openai.chat.completions.create(params, { signal: abort.signal });
      const message = completion.choices?.[0]?.message;
      const toolCall = message?.tool_calls?.[0];
      const text =
        this.config.structuredOutput === 'tool' && toolCall?.type === 'function'
          ? toolCall.function.arguments
          : message?.content;
      if (typeof text !== 'string') return { ok: false, reason: 'invalid' };
      try {
        return { ok: true, value: JSON.parse(text) };
      } catch {
        return { ok: false, reason: 'invalid' };
      }
    } catch (error) {
      const timedOut = abort.signal.aborted || error instanceof OpenAI.APIConnectionTimeoutError;
      return { ok: false, reason: timedOut ? 'timeout' : 'error' };
    } finally {
      clearTimeout(timer);
    }
  }
}
