import { formatFollowUpCode, generateFollowUpCode, normalizeFollowUpCode } from './follow-up-code.js';

describe('follow-up code', () => {
  it('should generate distinct, well-formed codes', () => {
    const codes = new Set(Array.from({ length: 1000 }, () => generateFollowUpCode()));
    expect(codes.size).toBe(1000);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
  });

  it('should undo the usual reading mistakes when normalising', () => {
    expect(normalizeFollowUpCode(' abcde-fghjk ')).toBe('ABCDEFGHJK');
    expect(normalizeFollowUpCode('O1L2I-3456z')).toBe('01121' + '3456Z');
  });

  it('should reject inputs that cannot be a code', () => {
    expect(normalizeFollowUpCode('ABCD')).toBeNull();
    expect(normalizeFollowUpCode('ABCDE-FGHJU')).toBeNull();
    expect(normalizeFollowUpCode('ABCDE-FGHJK-1')).toBeNull();
  });

  it('should format a normalised code with a dash', () => {
    expect(formatFollowUpCode('ABCDEFGHJK')).toBe('ABCDE-FGHJK');
  });
});
