import { sniffAudioFormat } from './audio-format.js';
import { parseMultipart } from './multipart.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe(sniffAudioFormat.name, () => {
  it.each([
    ['WAV', bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt '), 'audio/wav'],
    ['WebM', bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f]), 'audio/webm'],
    ['Ogg', bytes('OggS', [0, 2]), 'audio/ogg'],
    ['MP4', bytes([0, 0, 0, 0x18], 'ftypM4A '), 'audio/mp4'],
  ])('should recognise %s when the first bytes match', (_label, data, mimeType) => {
    expect(sniffAudioFormat(data)?.mimeType).toBe(mimeType);
  });

  it.each([
    ['PNG', bytes([0x89], 'PNG\r\n', [0x1a, 0x0a])],
    ['RIFF that is not WAVE (AVI)', bytes('RIFF', [0, 0, 0, 0], 'AVI ')],
    ['text', bytes('bonjour tout le monde')],
    ['three bytes', bytes([0x1a, 0x45, 0xdf])],
  ])('should refuse %s', (_label, data) => {
    expect(sniffAudioFormat(data)).toBeNull();
  });
});

describe(parseMultipart.name, () => {
  it('should return the file bytes unchanged when they contain CRLF and dashes', () => {
    const file = bytes('RIFF', [0x0d, 0x0a, 0x2d, 0x2d, 0x00, 0xff], 'WAVE');
    const body = bytes(
      '--XyZ\r\nContent-Disposition: form-data; name="note"\r\n\r\nsalut\r\n',
      '--XyZ\r\nContent-Disposition: form-data; name="file"; filename="a.wav"\r\nContent-Type: audio/wav\r\n\r\n',
      [...file],
      '\r\n--XyZ--\r\n',
    );
    const parts = parseMultipart(body, 'multipart/form-data; boundary=XyZ');
    expect(parts?.map((p) => p.name)).toEqual(['note', 'file']);
    expect(parts?.[0].data.toString()).toBe('salut');
    expect(parts?.[1]).toMatchObject({ filename: 'a.wav', contentType: 'audio/wav' });
    expect(parts?.[1].data.equals(file)).toBe(true);
  });

  it('should return null when the content type has no boundary', () => {
    expect(parseMultipart(Buffer.from('x'), 'multipart/form-data')).toBeNull();
  });
});
