import { SttConfigError, loadSttConfig, sttConfigFromApp } from './speech.config.js';

describe(loadSttConfig.name, () => {
  it('should return null when STT_BASE_URL is unset', () => {
    expect(loadSttConfig({ STT_MODEL: 'whisper-1' })).toBeNull();
  });

  it('should default to whisper-1, French and a 10 s timeout when only the URL is set', () => {
    expect(loadSttConfig({ STT_BASE_URL: 'http://localhost:8000/v1' })).toEqual({
      baseUrl: 'http://localhost:8000/v1',
      apiKey: 'not-needed',
      model: 'whisper-1',
      timeoutMs: 10_000,
      language: 'fr',
    });
  });

  it('should list every bad key when several values are invalid', () => {
    expect(() => loadSttConfig({ STT_BASE_URL: 'pas une url', STT_TIMEOUT_MS: '50' })).toThrow(
      SttConfigError,
    );
    try {
      loadSttConfig({ STT_BASE_URL: 'pas une url', STT_TIMEOUT_MS: '50' });
    } catch (error) {
      expect((error as SttConfigError).keys.sort()).toEqual(['STT_BASE_URL', 'STT_TIMEOUT_MS']);
    }
  });
});

describe(sttConfigFromApp.name, () => {
  it('should take the provider and its timeout from the app config', () => {
    expect(
      sttConfigFromApp({
        baseUrl: 'https://api.openai.com/v1',
        apiKey: 'sk',
        model: 'gpt-4o-mini-transcribe',
        timeoutMs: 4000,
      }),
    ).toEqual({
      baseUrl: 'https://api.openai.com/v1',
      apiKey: 'sk',
      model: 'gpt-4o-mini-transcribe',
      timeoutMs: 4000,
      language: 'fr',
    });
  });

  it('should return null when the app has no speech-to-text provider', () => {
    expect(sttConfigFromApp(undefined)).toBeNull();
  });
});
