// The kiosk's idle reset: a warning after the quiet time, the reset after the warning, and any
// input in between keeps the visit.
import { IdleWatch } from '../../client/src/headset/flow/idle.js';

describe('IdleWatch', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  function watch() {
    const calls: string[] = [];
    const idle = new IdleWatch({
      idleMs: 60_000,
      warningMs: 10_000,
      onWarn: (left) => calls.push(`warn ${left}`),
      onTick: (left) => calls.push(`tick ${left}`),
      onWarningEnd: () => calls.push('end of warning'),
      onExpire: () => calls.push('expire'),
    });
    return { idle, calls };
  }

  it('should warn after the quiet time, count down, then reset once', () => {
    const { idle, calls } = watch();
    idle.arm();
    jest.advanceTimersByTime(59_999);
    expect(calls).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(calls).toEqual(['warn 10']);
    jest.advanceTimersByTime(10_000);
    expect(calls.slice(-2)).toEqual(['end of warning', 'expire']);
    expect(calls).toContain('tick 1');
    jest.advanceTimersByTime(600_000);
    expect(calls.filter((c) => c === 'expire')).toHaveLength(1);
  });

  it('should keep the visit when the visitor does anything during the warning', () => {
    const { idle, calls } = watch();
    idle.arm();
    jest.advanceTimersByTime(65_000);
    idle.activity();
    expect(calls).toEqual(['warn 10', 'tick 9', 'tick 8', 'tick 7', 'tick 6', 'tick 5', 'end of warning']);
    jest.advanceTimersByTime(59_000);
    expect(calls).not.toContain('expire');
  });

  it('should not count on the start screen', () => {
    const { idle, calls } = watch();
    idle.activity();
    idle.arm();
    idle.disarm();
    jest.advanceTimersByTime(600_000);
    expect(calls).toEqual([]);
  });

  it('should never warn while busy (listening, thinking, a character speaking), and count again from zero after', () => {
    const { idle, calls } = watch();
    idle.arm();
    jest.advanceTimersByTime(50_000);
    idle.setBusy(true);
    jest.advanceTimersByTime(600_000);
    expect(calls).toEqual([]);
    idle.setBusy(false);
    jest.advanceTimersByTime(59_999);
    expect(calls).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(calls).toEqual(['warn 10']);
  });
});
