// A simulated headset outbox: the same order (open → event batches → complete) and the same retry
// rules as client/src/shared/outbox.ts. Its pure back-off (`backoffDelay`) is imported; the
// "permanent failure" test (`isPermanent`, private there) is mirrored below, one line.
import { backoffDelay } from '../../client/src/shared/outbox.js';
import type { ChaosEvent, Visit } from './visits.js';

/** A 4xx other than 408/429 will not get better by retrying (outbox.ts `isPermanent`). */
export function isPermanent(status: number): boolean {
  return status >= 400 && status < 500 && status !== 408 && status !== 429;
}

/**
 * Ids the server acknowledged in an events answer. Accepts the current `{ acknowledged: [ids] }`
 * and per-event results `{ results: [{ id, status }] }` (any status but `rejected` is an ack), so the
 * script keeps working whichever answer the route gives.
 */
export function acknowledgedIds(body: unknown): { acknowledged: string[]; rejected: string[] } {
  const answer = (body ?? {}) as { acknowledged?: unknown; results?: unknown };
  if (Array.isArray(answer.acknowledged))
    return { acknowledged: answer.acknowledged.map(String), rejected: [] };
  const acknowledged: string[] = [];
  const rejected: string[] = [];
  if (Array.isArray(answer.results)) {
    for (const result of answer.results as { id?: unknown; status?: unknown }[]) {
      if (typeof result?.id !== 'string') continue;
      (result.status === 'rejected' ? rejected : acknowledged).push(result.id);
    }
  }
  return { acknowledged, rejected };
}

type Operation =
  | { kind: 'open'; visit: Visit }
  | { kind: 'event'; visit: Visit; event: ChaosEvent }
  | { kind: 'complete'; visit: Visit };

export interface HeadsetStats {
  acknowledged: Set<string>;
  rejected: { id: string; status: number; code?: string }[];
  completions: Map<string, Record<string, number>>;
  requests: number;
  failures: number;
}

export interface HeadsetOptions {
  baseUrl: string;
  stats: HeadsetStats;
  random: () => number;
  /** Events per request at most (headsets send small batches). */
  batchSize: number;
  /** Back-off, scaled down from the outbox's 1 s / 60 s so a run takes minutes. */
  initialDelayMs: number;
  maxDelayMs: number;
}

export class SimulatedHeadset {
  private readonly queue: Operation[] = [];
  private attempt = 0;
  private wake: (() => void) | null = null;
  private closed = false;

  constructor(private readonly options: HeadsetOptions) {}

  /** Records a visit's operations, in the order the headset app writes them to its outbox. */
  enqueue(visit: Visit, events: ChaosEvent[], open: boolean, complete: boolean): void {
    if (open) this.queue.push({ kind: 'open', visit });
    for (const event of events) this.queue.push({ kind: 'event', visit, event });
    if (complete) this.queue.push({ kind: 'complete', visit });
    this.wake?.();
  }

  get pending(): number {
    return this.queue.length;
  }

  close(): void {
    this.closed = true;
    this.wake?.();
  }

  /** Sends forever (until close), like Outbox.pump. */
  async run(): Promise<void> {
    while (!this.closed) {
      if (this.queue.length === 0) {
        await new Promise<void>((done) => (this.wake = done));
        this.wake = null;
        continue;
      }
      const status = await this.sendHead();
      if (status === 'ok') {
        this.attempt = 0;
        continue;
      }
      this.options.stats.failures++;
      this.attempt += 1;
      const { initialDelayMs, maxDelayMs, random } = this.options;
      await new Promise((done) =>
        setTimeout(done, backoffDelay(this.attempt, initialDelayMs, maxDelayMs, random)),
      );
    }
  }

  private async post(path: string, body: unknown): Promise<{ status: number; body: unknown }> {
    this.options.stats.requests++;
    try {
      const response = await fetch(`${this.options.baseUrl}/api/v1/sessions${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(15_000),
      });
      const text = await response.text();
      let parsed: unknown = undefined;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON: a proxy page, a cut connection
      }
      return { status: response.status, body: parsed };
    } catch {
      return { status: 0, body: undefined };
    }
  }

  private async sendHead(): Promise<'ok' | 'retry'> {
    const head = this.queue[0];
    const stats = this.options.stats;
    if (head.kind === 'open' || head.kind === 'complete') {
      const answer =
        head.kind === 'open'
          ? await this.post('', head.visit.session)
          : await this.post(`/${head.visit.session.id}/complete`, {});
      if (answer.status >= 200 && answer.status < 300) {
        if (head.kind === 'complete')
          stats.completions.set(
            head.visit.session.id,
            (answer.body as { scores: Record<string, number> }).scores,
          );
        this.queue.shift();
        return 'ok';
      }
      if (isPermanent(answer.status)) {
        stats.rejected.push({
          id: head.visit.session.id,
          status: answer.status,
          code: (answer.body as { code?: string })?.code,
        });
        this.queue.shift();
        return 'ok';
      }
      return 'retry';
    }
    const batch: (Operation & { kind: 'event' })[] = [];
    for (const operation of this.queue) {
      if (
        batch.length >= this.options.batchSize ||
        operation.kind !== 'event' ||
        operation.visit !== head.visit
      )
        break;
      batch.push(operation);
    }
    const answer = await this.post(`/${head.visit.session.id}/events`, { events: batch.map((o) => o.event) });
    if (answer.status === 200) {
      const { acknowledged, rejected } = acknowledgedIds(answer.body);
      const done = new Set([...acknowledged, ...rejected]);
      for (const id of acknowledged) stats.acknowledged.add(id);
      for (const id of rejected) stats.rejected.push({ id, status: 200 });
      // Remove what was answered; anything left is sent again.
      for (let i = this.queue.length - 1; i >= 0; i--) {
        const operation = this.queue[i];
        if (operation.kind === 'event' && done.has(operation.event.id)) this.queue.splice(i, 1);
      }
      return batch.every((o) => done.has(o.event.id)) ? 'ok' : 'retry';
    }
    if (isPermanent(answer.status)) {
      stats.rejected.push({
        id: batch[0].event.id,
        status: answer.status,
        code: (answer.body as { code?: string })?.code,
      });
      this.queue.shift();
      return 'ok';
    }
    return 'retry';
  }
}
