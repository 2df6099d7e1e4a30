import {
  generateDeviceToken,
  generatePairingCode,
  hashDeviceToken,
  hashPairingCode,
  normalizePairingCode,
} from './device-credentials.js';

describe(generatePairingCode.name, () => {
  it('should produce six digits shown as 123-456 when called', () => {
    for (let i = 0; i < 200; i++) expect(generatePairingCode()).toMatch(/^\d{3}-\d{3}$/);
  });

  it('should produce varied codes when called repeatedly', () => {
    const codes = new Set(Array.from({ length: 200 }, () => generatePairingCode()));
    expect(codes.size).toBeGreaterThan(190);
  });
});

describe(normalizePairingCode.name, () => {
  it('should return the six digits when the code is typed with a dash, a space or nothing', () => {
    expect(normalizePairingCode('123-456')).toBe('123456');
    expect(normalizePairingCode(' 123 456 ')).toBe('123456');
    expect(normalizePairingCode('012345')).toBe('012345');
  });

  it('should return null when the input is not six digits', () => {
    for (const input of ['12345', '1234567', '12a-456', '123--456', '', '123-45-6'])
      expect(normalizePairingCode(input)).toBeNull();
  });
});

describe(hashPairingCode.name, () => {
  it('should give the same hash for the same digits and another for other digits', () => {
    expect(hashPairingCode('123456')).toBe(hashPairingCode('123456'));
    expect(hashPairingCode('123456')).not.toBe(hashPairingCode('123457'));
    expect(hashPairingCode('123456')).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe(generateDeviceToken.name, () => {
  it('should produce 256-bit base64url tokens that never repeat when called', () => {
    const tokens = Array.from({ length: 100 }, () => generateDeviceToken());
    expect(new Set(tokens).size).toBe(100);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    }
  });
});

describe(hashDeviceToken.name, () => {
  it('should store a sha256 that differs from the token when hashing', () => {
    const token = generateDeviceToken();
    expect(hashDeviceToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashDeviceToken(token)).not.toContain(token);
    expect(hashDeviceToken(token)).toBe(hashDeviceToken(token));
  });
});
