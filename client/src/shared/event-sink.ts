// Where the headset sends what happened. The in-memory sink below keeps everything until the
// server acknowledges it and retries with back-off; an IndexedDB outbox (client/src/shared/outbox.ts)
// will implement the same interface so that events also survive a browser restart.
import type {
  CompleteResponse,
  CreateSessionBody,
  DemographicsAnswers,
  IngestEventsResponse,
  SessionEvent,
} from './api-types.js';
import { HttpError, requestJson } from './http.js';

export interface EventSink {
  /** Queues the creation of a session; events recorded afterwards are sent once it exists. */
  openSession(body: CreateSessionBody): void;
  record(sessionId: string, event: SessionEvent): void;
  /**
   * Queues the completion after every event of the session, and resolves with the server's
   * scores, or null when the server could not be reached within `waitMs` (the sink keeps trying).
   */
  completeSession(sessionId: string, waitMs?: number): Promise<CompleteResponse | null>;
  /** Queues the optional end-of-visit answers (they replace earlier ones of the session). */
  answerQuestions(sessionId: string, answers: DemographicsAnswers): void;
  /** Number of operations not yet acknowledged. */
  readonly pending: number;
}

type Operation =
  | { kind: 'open'; sessionId: string; body: CreateSessionBody }
  | { kind: 'event'; sessionId: string; event: SessionEvent }
  | { kind: 'complete'; sessionId: string; resolve: (value: CompleteResponse) => void }
  | { kind: 'demographics'; sessionId: string; answers: DemographicsAnswers };

export interface HttpEventSinkOptions {
  /** @default '' (same origin) */
  baseUrl?: string;
  /** Events per request. @default 50 */
  batchSize?: number;
  /** First retry delay, doubled on each failure up to `maxDelayMs`. @default 500 */
  initialDelayMs?: number;
  /** @default 10000 */
  maxDelayMs?: number;
}

/** Sends operations in order, one request at a time, batching consecutive events of a session. */
export class MemoryEventSink implements EventSink {
  private readonly queue: Operation[] = [];
  private running = false;
  private delayMs: number;
  private readonly baseUrl: string;
  private readonly batchSize: number;
  private readonly initialDelayMs: number;
  private readonly maxDelayMs: number;

  constructor(options: HttpEventSinkOptions = {}) {
    this.baseUrl = options.baseUrl ?? '';
    this.batchSize = options.batchSize ?? 50;
    this.initialDelayMs = options.initialDelayMs ?? 500;
    this.maxDelayMs = options.maxDelayMs ?? 10_000;
    this.delayMs = this.initialDelayMs;
  }

  get pending(): number {
    return this.queue.length;
  }

  openSession(body: CreateSessionBody): void {
    this.enqueue({ kind: 'open', sessionId: body.id, body });
  }

  record(sessionId: string, event: SessionEvent): void {
    this.enqueue({ kind: 'event', sessionId, event });
  }

  completeSession(sessionId: string, waitMs = 8000): Promise<CompleteResponse | null> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(null), waitMs);
      this.enqueue({
        kind: 'complete',
        sessionId,
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
      });
    });
  }

  answerQuestions(sessionId: string, answers: DemographicsAnswers): void {
    this.enqueue({ kind: 'demographics', sessionId, answers });
  }

  private enqueue(operation: Operation): void {
    this.queue.push(operation);
    void this.pump();
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.queue.length > 0) {
        try {
          await this.sendHead();
          this.delayMs = this.initialDelayMs;
        } catch (error) {
          // A 4xx other than 408/429 will not get better by retrying: drop the operation so the
          // rest of the queue is not blocked forever, and say so in the console for support.
          if (
            error instanceof HttpError &&
            error.status >= 400 &&
            error.status < 500 &&
            error.status !== 408 &&
            error.status !== 429
          ) {
            console.error('Opération rejetée par le serveur', error.code, error.message);
            this.queue.shift();
            continue;
          }
          await new Promise((resolve) => setTimeout(resolve, this.delayMs));
          this.delayMs = Math.min(this.delayMs * 2, this.maxDelayMs);
        }
      }
    } finally {
      this.running = false;
    }
  }

  private async sendHead(): Promise<void> {
    const head = this.queue[0];
    const url = `${this.baseUrl}/api/v1/sessions`;
    if (head.kind === 'open') {
      await requestJson(url, { method: 'POST', body: head.body });
      this.queue.shift();
      return;
    }
    if (head.kind === 'demographics') {
      await requestJson(`${url}/${head.sessionId}/demographics`, { method: 'POST', body: head.answers });
      this.queue.shift();
      return;
    }
    if (head.kind === 'complete') {
      const result = await requestJson<CompleteResponse>(`${url}/${head.sessionId}/complete`, {
        method: 'POST',
        body: {},
      });
      this.queue.shift();
      head.resolve(result);
      return;
    }
    const batch: SessionEvent[] = [];
    for (const operation of this.queue) {
      if (
        operation.kind !== 'event' ||
        operation.sessionId !== head.sessionId ||
        batch.length >= this.batchSize
      )
        break;
      batch.push(operation.event);
    }
    const { results } = await requestJson<IngestEventsResponse>(`${url}/${head.sessionId}/events`, {
      method: 'POST',
      body: { events: batch },
    });
    // Acknowledged (stored now or before) and refused-for-good events both leave the queue.
    const settled = new Set<string>();
    for (const result of results ?? []) {
      if (result.id === null) continue;
      settled.add(result.id);
      if (result.status === 'rejected')
        console.error('Événement refusé par le serveur', result.id, result.code, result.message);
    }
    const isSettled = (event: SessionEvent) => settled.has(event.id.toLowerCase());
    const sent = new Set(batch.map((event) => event.id));
    // The others are sent again with the next batch.
    for (let i = this.queue.length - 1; i >= 0; i--) {
      const operation = this.queue[i];
      if (operation.kind === 'event' && sent.has(operation.event.id) && isSettled(operation.event))
        this.queue.splice(i, 1);
    }
    if (!batch.every(isSettled)) throw new Error('Accusé de réception incomplet');
  }
}
