import { LlmConfigError, loadLlmConfig } from './llm.config.js';

describe(loadLlmConfig.name, () => {
  it('should return null when LLM_BASE_URL is unset', () => {
    expect(loadLlmConfig({ LLM_MODEL: 'x' })).toBeNull();
  });

  it('should default to strict json_schema and a 2 s cap when only the URL and model are set', () => {
    expect(
      loadLlmConfig({ LLM_BASE_URL: 'http://localhost:11434/v1', LLM_MODEL: 'qwen2.5:7b-instruct' }),
    ).toEqual({
      baseUrl: 'http://localhost:11434/v1',
      apiKey: 'not-needed',
      model: 'qwen2.5:7b-instruct',
      structuredOutput: 'json_schema',
      timeoutMs: 2000,
      promptsDir: 'prompts',
    });
  });

  it('should list every bad key when several values are invalid', () => {
    let error: unknown;
    try {
      loadLlmConfig({ LLM_BASE_URL: 'not a url', LLM_STRUCTURED_OUTPUT: 'yaml', LLM_TIMEOUT_MS: '9000' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LlmConfigError);
    expect((error as LlmConfigError).keys.sort()).toEqual([
      'LLM_BASE_URL',
      'LLM_STRUCTURED_OUTPUT',
      'LLM_TIMEOUT_MS',
    ]);
  });

  it('should require a model when a URL is set', () => {
    expect(() => loadLlmConfig({ LLM_BASE_URL: 'https://api.mistral.ai/v1' })).toThrow(/LLM_MODEL/);
  });
});
