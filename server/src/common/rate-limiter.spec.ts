import { RateLimiter } from './rate-limiter.js';

describe(RateLimiter.name, () => {
  it('should allow a burst up to the capacity then refuse when a key keeps asking', () => {
    const limiter = new RateLimiter(3, 1, () => 0);
    expect([1, 2, 3, 4].map(() => limiter.tryTake('ip'))).toEqual([true, true, true, false]);
  });

  it('should give tokens back over time when the key waits', () => {
    let now = 0;
    const limiter = new RateLimiter(1, 0.5, () => now);
    expect(limiter.tryTake('ip')).toBe(true);
    expect(limiter.tryTake('ip')).toBe(false);
    now = 2000;
    expect(limiter.tryTake('ip')).toBe(true);
  });

  it('should count each key separately when two clients ask', () => {
    const limiter = new RateLimiter(1, 0, () => 0);
    expect(limiter.tryTake('a')).toBe(true);
    expect(limiter.tryTake('b')).toBe(true);
    expect(limiter.tryTake('a')).toBe(false);
  });
});
