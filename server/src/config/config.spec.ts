import { ConfigError, loadConfig } from './config.js';

describe(loadConfig.name, () => {
  it('should apply the documented defaults when the environment is empty', () => {
    const config = loadConfig({}, '/srv/eclore');
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      embeddedPostgresPort: 5433,
      dataDir: '/srv/eclore/.data',
      narrativesDir: '/srv/eclore/narratives',
      clientDir: '/srv/eclore/dist/client',
      adminEmail: 'admin@eclore.local',
      adminPassword: undefined,
      authSecret: undefined,
      llm: undefined,
    });
  });

  it('should treat empty variables as unset when a shell exports them blank', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: ' ', ADMIN_PASSWORD: '' }, '/x')).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      adminPassword: undefined,
    });
  });

  it('should list every bad key at once when several variables are invalid', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: '70000',
        DATABASE_URL: 'mysql://db',
        ADMIN_EMAIL: 'pas-une-adresse',
        AUTH_SECRET: 'court',
        LLM_BASE_URL: 'ftp:',
        LLM_TIMEOUT_MS: '5000',
        LLM_STRUCTURED_OUTPUT: 'yaml',
        STT_TIMEOUT_MS: 'vite',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((p) => p.key).sort()).toEqual([
      'ADMIN_EMAIL',
      'AUTH_SECRET',
      'DATABASE_URL',
      'LLM_BASE_URL',
      'LLM_STRUCTURED_OUTPUT',
      'LLM_TIMEOUT_MS',
      'PORT',
      'STT_TIMEOUT_MS',
    ]);
    expect((error as ConfigError).message).toContain('Configuration invalide');
  });

  it('should configure a provider only when its base URL is set', () => {
    const config = loadConfig(
      { LLM_BASE_URL: 'http://localhost:11434/v1', LLM_MODEL: 'mistral', LLM_TIMEOUT_MS: '1500' },
      '/srv/eclore',
    );
    expect(config.llm).toEqual({
      baseUrl: 'http://localhost:11434/v1',
      apiKey: undefined,
      model: 'mistral',
      timeoutMs: 1500,
      structuredOutput: undefined,
      promptsDir: '/srv/eclore/prompts',
    });
    expect(config.stt).toBeUndefined();
  });

  it('should keep absolute paths and resolve relative ones against the working directory', () => {
    const config = loadConfig(
      { ECLORE_DATA_DIR: '/var/lib/eclore', ECLORE_NARRATIVES_DIR: 'contenus' },
      '/srv/app',
    );
    expect(config.dataDir).toBe('/var/lib/eclore');
    expect(config.narrativesDir).toBe('/srv/app/contenus');
  });
});

describe('TRUST_PROXY', () => {
  it('should trust no proxy when TRUST_PROXY is unset, false or 0', () => {
    expect(loadConfig({}, '/x').trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }, '/x').trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '0' }, '/x').trustProxy).toBe(false);
  });

  it('should accept a hop count, names, addresses and CIDRs when given', () => {
    expect(loadConfig({ TRUST_PROXY: '2' }, '/x').trustProxy).toBe(2);
    expect(
      loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::/8, 192.168.1.4' }, '/x').trustProxy,
    ).toEqual(['loopback', '10.0.0.0/8', 'fd00::/8', '192.168.1.4']);
  });

  it('should refuse true and malformed values when trusting them would let clients pick their address', () => {
    for (const value of ['true', '10.0.0.0/33', 'proxy.local', '99']) {
      expect(() => loadConfig({ TRUST_PROXY: value }, '/x')).toThrow(/TRUST_PROXY/);
    }
  });
});

describe('SMTP_URL', () => {
  it('should leave e-mail off when SMTP_URL is unset, and default the sender when it is set', () => {
    expect(loadConfig({}, '/x').smtp).toBeUndefined();
    expect(loadConfig({ SMTP_URL: 'smtps://u:p@mail.example.fr:465' }, '/x').smtp).toEqual({
      url: 'smtps://u:p@mail.example.fr:465',
      from: 'Éclore <no-reply@eclore.local>',
    });
    expect(loadConfig({ SMTP_URL: 'smtp://mail:587', SMTP_FROM: 'CDM <a@b.fr>' }, '/x').smtp?.from).toBe(
      'CDM <a@b.fr>',
    );
  });

  it('should refuse a non-SMTP URL at boot without echoing its password', () => {
    for (const value of ['http://u:secret@mail:25', 'mail.example.fr']) {
      let error: unknown;
      try {
        loadConfig({ SMTP_URL: value }, '/x');
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).message).toMatch(/SMTP_URL/);
      expect((error as ConfigError).message).not.toContain('secret');
    }
  });
});
