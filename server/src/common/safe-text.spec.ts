import { hasUnsafeCharacter, safeText } from './safe-text.js';

describe(hasUnsafeCharacter.name, () => {
  it.each([
    ['NUL', 'a\u0000b'],
    ['a lone high surrogate', 'x\ud800'],
    ['a lone low surrogate', '\udc00y'],
    ['a bell', '\u0007'],
    ['DEL', '\u007f'],
  ])('should flag %s', (_name, value) => {
    expect(hasUnsafeCharacter(value)).toBe(true);
  });

  it.each([
    ['French text', 'Je préfère l’équipe « du matin » !'],
    ['an emoji (a surrogate pair)', 'bravo 👍'],
    ['tabs and new lines', 'a\tb\nc\r\n'],
  ])('should accept %s', (_name, value) => {
    expect(hasUnsafeCharacter(value)).toBe(false);
  });
});

describe(safeText.name, () => {
  it('should refuse a NUL and an over-long value, with French messages', () => {
    const schema = safeText({ max: 5, min: 1 });
    expect(schema.safeParse('ok').success).toBe(true);
    expect(schema.safeParse('a\u0000').success).toBe(false);
    expect(schema.safeParse('toolong').success).toBe(false);
    expect(schema.safeParse('').success).toBe(false);
  });
});
