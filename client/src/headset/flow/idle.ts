// A kiosk left alone goes back to its start screen for the next visitor: after `idleMs` without
// any input a warning offers to continue; `warningMs` later the visit is reset. Generous by
// default: no answer is ever timed (accessibility), only an empty headset or screen is.
export interface IdleOptions {
  /** Quiet time before the warning. @default 180000 */
  idleMs?: number;
  /** Time the warning stays before the reset. @default 30000 */
  warningMs?: number;
  /** Called when the warning appears, with the seconds left. */
  onWarn(secondsLeft: number): void;
  /** Called every second while warning, with the seconds left. */
  onTick?(secondsLeft: number): void;
  /** Called when the warning goes away: any input, or just before the reset. */
  onWarningEnd(): void;
  onExpire(): void;
}

export class IdleWatch {
  private readonly idleMs: number;
  private readonly warningMs: number;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private ticker: ReturnType<typeof setInterval> | null = null;
  private warning = false;
  private armed = false;
  private busy = false;

  constructor(private readonly options: IdleOptions) {
    this.idleMs = options.idleMs ?? 180_000;
    this.warningMs = options.warningMs ?? 30_000;
  }

  get warningShown(): boolean {
    return this.warning;
  }

  /** Starts (or restarts) counting; used when a visit begins. */
  arm(): void {
    this.armed = true;
    this.activity();
  }

  /** Stops counting: nothing to reset on the start screen. */
  disarm(): void {
    this.armed = false;
    this.clear();
    if (this.warning) {
      this.warning = false;
      this.options.onWarningEnd();
    }
  }

  /** Any input of the visitor: counting starts again, a shown warning goes away. */
  activity(): void {
    if (!this.armed) return;
    this.clear();
    if (this.warning) {
      this.warning = false;
      this.options.onWarningEnd();
    }
    if (!this.busy) this.timer = setTimeout(() => this.warn(), this.idleMs);
  }

  /**
   * While busy (the visitor speaks, the app listens or thinks, a character speaks) the count is
   * paused; it starts again from zero when the busy time ends.
   */
  setBusy(busy: boolean): void {
    if (busy === this.busy) return;
    this.busy = busy;
    this.activity();
  }

  private warn(): void {
    this.warning = true;
    let left = Math.ceil(this.warningMs / 1000);
    this.options.onWarn(left);
    this.ticker = setInterval(() => {
      left = Math.max(0, left - 1);
      this.options.onTick?.(left);
    }, 1000);
    this.timer = setTimeout(() => {
      this.clear();
      this.warning = false;
      this.armed = false;
      this.options.onWarningEnd();
      this.options.onExpire();
    }, this.warningMs);
  }

  private clear(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.ticker) clearInterval(this.ticker);
    this.timer = null;
    this.ticker = null;
  }
}
