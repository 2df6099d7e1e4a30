import { loadConfig } from '../../config/config.js';
import { ttsProviders } from './voice.config.js';
import { fixWavSizes, openAiVoices } from './tts-providers.js';

const openai = { baseUrl: 'http://localhost:9/v1' };

describe(ttsProviders.name, () => {
  it.each([
    ['auto', openai, true, ['openai-compatible', 'espeak-ng']],
    ['auto', undefined, true, ['espeak-ng']],
    ['auto', undefined, false, []],
    ['openai', openai, true, ['openai-compatible']],
    ['espeak', openai, true, ['espeak-ng']],
    ['none', openai, true, []],
  ] as const)('should try %s with %j (espeak installed: %s) as %j', (mode, tts, espeak, names) => {
    expect(ttsProviders({ ttsProvider: mode, tts }, () => espeak).map((p) => p.name)).toEqual(names);
  });
});

describe(openAiVoices.name, () => {
  it('should use one voice for every character when a single name is given', () => {
    expect(openAiVoices('shimmer')).toEqual({ femme: 'shimmer', homme: 'shimmer', neutre: 'shimmer' });
  });

  it('should map each voix when pairs are given, keeping defaults for the others', () => {
    expect(openAiVoices('femme=coral, homme=ash')).toEqual({ femme: 'coral', homme: 'ash', neutre: 'alloy' });
  });
});

describe(fixWavSizes.name, () => {
  it('should write the real RIFF and data sizes when espeak-ng left placeholders', () => {
    const wav = Buffer.alloc(144);
    wav.write('RIFF', 0, 'latin1');
    wav.writeUInt32LE(0x7ffff024, 4);
    wav.write('WAVEfmt ', 8, 'latin1');
    wav.write('data', 36, 'latin1');
    wav.writeUInt32LE(0x7ffff000, 40);
    const fixed = fixWavSizes(wav);
    expect(fixed.readUInt32LE(4)).toBe(136);
    expect(fixed.readUInt32LE(40)).toBe(100);
  });
});

describe('TTS_PROVIDER', () => {
  it('should stop the start with the key named when the value is unknown', () => {
    expect(() => loadConfig({ TTS_PROVIDER: 'festival' })).toThrow(/TTS_PROVIDER/);
    expect(loadConfig({}).ttsProvider).toBe('auto');
  });
});
