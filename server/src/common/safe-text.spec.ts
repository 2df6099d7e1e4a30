import { normalizeFollowUpCode } from '../../../engine/src/follow-up-code.js';
import {
  followUpCodeText,
  hasUnsafeCharacter,
  isoDateTime,
  safeText,
  SAFE_TEXT_PATTERN,
  uuidId,
} from './safe-text.js';

describe(hasUnsafeCharacter.name, () => {
  it.each([
    ['NUL', 'a\u0000b'],
    ['a lone high surrogate', 'x\ud800'],
    ['a lone low surrogate', '\udc00y'],
    ['a bell', '\u0007'],
    ['DEL', '\u007f'],
  ])('should flag %s, as the documented pattern does', (_name, value) => {
    expect(hasUnsafeCharacter(value)).toBe(true);
    expect(SAFE_TEXT_PATTERN.test(value)).toBe(false);
  });

  it.each([
    ['French text', 'Je préfère l’équipe « du matin » !'],
    ['an emoji (a surrogate pair)', 'bravo 👍'],
    ['tabs and new lines', 'a\tb\nc\r\n'],
  ])('should accept %s, as the documented pattern does', (_name, value) => {
    expect(hasUnsafeCharacter(value)).toBe(false);
    expect(SAFE_TEXT_PATTERN.test(value)).toBe(true);
  });
});

describe(safeText.name, () => {
  it('should refuse a NUL and an over-long value, with French messages', () => {
    const schema = safeText({ max: 5, min: 1 });
    expect(schema.safeParse('ok').success).toBe(true);
    expect(schema.safeParse('a\u0000').success).toBe(false);
    expect(schema.safeParse('toolong').success).toBe(false);
    expect(schema.safeParse('').error?.issues[0]?.message).toBe('valeur non vide attendue');
  });
});

describe(uuidId.name, () => {
  it('should accept a random UUID and refuse the nil and max UUIDs', () => {
    expect(uuidId().safeParse('6f1c1e9a-3b5e-4d7a-9c2b-1a2b3c4d5e6f').success).toBe(true);
    expect(uuidId().safeParse('00000000-0000-0000-0000-000000000000').success).toBe(false);
    expect(uuidId().safeParse('ffffffff-ffff-ffff-ffff-ffffffffffff').success).toBe(false);
  });
});

describe(isoDateTime.name, () => {
  it('should refuse the years 0000 and 9999 and accept this century', () => {
    expect(isoDateTime().safeParse('2026-12-02T10:00:00.000Z').success).toBe(true);
    expect(isoDateTime().safeParse('0000-01-01T00:00:00Z').success).toBe(false);
    expect(isoDateTime().safeParse('9999-12-31T23:59:59Z').success).toBe(false);
    expect(isoDateTime().safeParse('2026-02-30T00:00:00Z').success).toBe(false);
  });
});

describe(followUpCodeText.name, () => {
  it('should accept what normalizeFollowUpCode accepts and name its code otherwise', () => {
    for (const typed of ['ABCDE-FGHJK', 'abcde fghjk', 'ILOAB-12345', ' 0123456789 '])
      expect(followUpCodeText().safeParse(typed).success).toBe(normalizeFollowUpCode(typed) !== null);
    const refused = followUpCodeText().safeParse('UUUUU-UUUUU');
    expect(normalizeFollowUpCode('UUUUU-UUUUU')).toBeNull();
    expect(refused.error?.issues[0]).toMatchObject({ params: { code: 'FOLLOW_UP_CODE_INVALID' } });
  });
});

describe('isoDateTime against Date', () => {
  it('should accept leap days of leap years only, and what Date.toISOString writes', () => {
    expect(isoDateTime().safeParse('2028-02-29T00:00:00Z').success).toBe(true);
    expect(isoDateTime().safeParse('2000-02-29T00:00:00Z').success).toBe(true);
    expect(isoDateTime().safeParse('2026-02-29T00:00:00Z').success).toBe(false);
    expect(isoDateTime().safeParse(new Date().toISOString()).success).toBe(true);
    expect(isoDateTime().safeParse('2026-12-02T10:00:00+01:00').success).toBe(true);
    expect(isoDateTime().safeParse('2026-12-02T10:00:00').success).toBe(false);
  });
});
