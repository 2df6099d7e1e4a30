// Durable outbox: every session operation is written to IndexedDB (strict durability) before it
// is sent, and stays there until the server acknowledges it, across network cuts and browser
// restarts. No expiry. The server's idempotent ingest makes re-sending always safe.
import type { CompleteResponse, CreateSessionBody, DemographicsAnswers, SessionEvent } from './api-types.js';
import type { EventSink } from './event-sink.js';
import { HttpError, requestJson } from './http.js';

export type OutboxOperation =
  | { kind: 'open'; sessionId: string; body: CreateSessionBody }
  | { kind: 'event'; sessionId: string; event: SessionEvent }
  | { kind: 'complete'; sessionId: string }
  | { kind: 'demographics'; sessionId: string; answers: DemographicsAnswers };

type StoredOperation = OutboxOperation & { key: number; enqueuedAt: string };

export interface OutboxState {
  /** Operations written but not yet acknowledged by the server. */
  pending: number;
  /** Operations the server refused for good (kept aside for support, never sent again). */
  rejected: number;
  syncing: boolean;
  /** French message of the last failure, null once a request succeeds. */
  lastError: string | null;
  lastSyncAt: string | null;
}

export interface OutboxOptions {
  /** Origin of the API, '' for the same origin. @default '' */
  baseUrl?: string;
  /** @default 'eclore-outbox' */
  dbName?: string;
  /** Events per request. @default 200 */
  batchSize?: number;
  /** First retry delay; doubled on each failure up to `maxDelayMs`, with jitter. @default 1000 */
  initialDelayMs?: number;
  /** @default 60000 */
  maxDelayMs?: number;
  /** @default Math.random */
  random?: () => number;
}

const STORE = 'operations';
const REJECTED = 'rejected';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new DOMException('Transaction annulée', 'AbortError'));
  });
}

function openDatabase(name: string): Promise<IDBDatabase> {
  const req = indexedDB.open(name, 1);
  req.onupgradeneeded = () => {
    req.result.createObjectStore(STORE, { keyPath: 'key', autoIncrement: true });
    req.result.createObjectStore(REJECTED, { keyPath: 'key' });
  };
  return request(req);
}

/** Delay before retry number `attempt` (1-based): exponential, capped, "equal jitter". */
export function backoffDelay(
  attempt: number,
  initialMs: number,
  maxMs: number,
  random: () => number,
): number {
  const ceiling = Math.min(maxMs, initialMs * 2 ** Math.max(0, attempt - 1));
  return ceiling / 2 + random() * (ceiling / 2);
}

/** A 4xx other than 408/429 will not get better by retrying. */
function isPermanent(error: unknown): boolean {
  return (
    error instanceof HttpError &&
    error.status >= 400 &&
    error.status < 500 &&
    error.status !== 408 &&
    error.status !== 429
  );
}

export class Outbox implements EventSink {
  private readonly baseUrl: string;
  private readonly batchSize: number;
  private readonly initialDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly random: () => number;
  private readonly listeners = new Set<(state: OutboxState) => void>();
  private readonly completions = new Map<string, ((result: CompleteResponse | null) => void)[]>();
  private state: OutboxState = { pending: 0, rejected: 0, syncing: false, lastError: null, lastSyncAt: null };
  private writes: Promise<unknown> = Promise.resolve();
  private pumping = false;
  private attempt = 0;
  /**
   * After a batch is refused for good, its events are sent one by one up to this key, so that only
   * the faulty event is set aside and the valid ones around it are still delivered.
   */
  private isolateUntilKey: number | null = null;
  private wake: (() => void) | null = null;
  private closed = false;
  private readonly onOnline = () => {
    this.attempt = 0;
    this.wake?.();
    void this.pump();
  };

  private constructor(
    private readonly db: IDBDatabase,
    options: OutboxOptions,
  ) {
    this.baseUrl = options.baseUrl ?? '';
    this.batchSize = options.batchSize ?? 200;
    this.initialDelayMs = options.initialDelayMs ?? 1000;
    this.maxDelayMs = options.maxDelayMs ?? 60_000;
    this.random = options.random ?? Math.random;
  }

  /** Opens the outbox and starts sending whatever a previous run left behind. */
  static async open(options: OutboxOptions = {}): Promise<Outbox> {
    const outbox = new Outbox(await openDatabase(options.dbName ?? 'eclore-outbox'), options);
    const tx = outbox.db.transaction([STORE, REJECTED], 'readonly');
    const [pending, rejected] = await Promise.all([
      request(tx.objectStore(STORE).count()),
      request(tx.objectStore(REJECTED).count()),
    ]);
    outbox.state.pending = pending;
    outbox.state.rejected = rejected;
    globalThis.addEventListener?.('online', outbox.onOnline);
    void outbox.pump();
    return outbox;
  }

  get pending(): number {
    return this.state.pending;
  }

  /** Exact count read from the database (after the writes already asked for). */
  async pendingCount(): Promise<number> {
    await this.writes.catch(() => undefined);
    return request(this.db.transaction(STORE, 'readonly').objectStore(STORE).count());
  }

  /** Listener called now and on every change; returns the unsubscribe function. */
  subscribe(listener: (state: OutboxState) => void): () => void {
    this.listeners.add(listener);
    listener({ ...this.state });
    return () => this.listeners.delete(listener);
  }

  /** Resolves once the operation is durably stored; sending happens in the background. */
  enqueue(operation: OutboxOperation): Promise<void> {
    const write = this.writes.then(async () => {
      const tx = this.db.transaction(STORE, 'readwrite', { durability: 'strict' });
      tx.objectStore(STORE).add({ ...operation, enqueuedAt: new Date().toISOString() });
      await committed(tx);
      this.update({ pending: this.state.pending + 1 });
    });
    this.writes = write.catch(() => undefined);
    void write.then(
      () => this.pump(),
      () => undefined,
    );
    return write;
  }

  openSession(body: CreateSessionBody): void {
    void this.enqueue({ kind: 'open', sessionId: body.id, body });
  }

  record(sessionId: string, event: SessionEvent): void {
    void this.enqueue({ kind: 'event', sessionId, event });
  }

  /** Resolves with the server's scores, or null after `waitMs` (the completion stays queued). */
  completeSession(sessionId: string, waitMs = 8000): Promise<CompleteResponse | null> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(null), waitMs);
      const waiters = this.completions.get(sessionId) ?? [];
      waiters.push((result) => {
        clearTimeout(timer);
        resolve(result);
      });
      this.completions.set(sessionId, waiters);
      void this.enqueue({ kind: 'complete', sessionId });
    });
  }

  answerQuestions(sessionId: string, answers: DemographicsAnswers): void {
    void this.enqueue({ kind: 'demographics', sessionId, answers });
  }

  /** Retries now (e.g. a staff "sync" button), skipping the current back-off. */
  flush(): void {
    this.onOnline();
  }

  close(): void {
    this.closed = true;
    globalThis.removeEventListener?.('online', this.onOnline);
    this.wake?.();
    this.db.close();
  }

  private update(patch: Partial<OutboxState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener({ ...this.state });
  }

  private async pump(): Promise<void> {
    if (this.pumping || this.closed) return;
    this.pumping = true;
    this.update({ syncing: true });
    try {
      while (!this.closed) {
        await this.writes;
        const head = await this.readHead();
        if (head.length === 0) break;
        try {
          await this.send(head);
          this.attempt = 0;
          this.update({ lastError: null, lastSyncAt: new Date().toISOString() });
        } catch (error) {
          if (this.closed) break;
          if (isPermanent(error)) {
            const batch = head[0].kind === 'event' ? this.batchOf(head) : [];
            if (batch.length > 1) {
              this.isolateUntilKey = batch[batch.length - 1].key;
              continue;
            }
            console.error(
              'Opération refusée par le serveur, mise de côté',
              (error as HttpError).code,
              (error as HttpError).message,
            );
            await this.reject(head[0]);
            continue;
          }
          this.attempt += 1;
          this.update({ lastError: error instanceof Error ? error.message : String(error) });
          await this.sleep(backoffDelay(this.attempt, this.initialDelayMs, this.maxDelayMs, this.random));
        }
      }
    } finally {
      this.pumping = false;
      if (!this.closed) this.update({ syncing: false });
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = () => {
        this.wake = null;
        done();
      };
    });
  }

  /** The oldest operations, in order, enough for one request. */
  private async readHead(): Promise<StoredOperation[]> {
    const store = this.db.transaction(STORE, 'readonly').objectStore(STORE);
    return request(store.getAll(null, this.batchSize)) as Promise<StoredOperation[]>;
  }

  private async remove(keys: number[], moveToRejected?: StoredOperation): Promise<void> {
    if (keys.length === 0) return;
    const tx = this.db.transaction([STORE, REJECTED], 'readwrite', { durability: 'strict' });
    const store = tx.objectStore(STORE);
    for (const key of keys) store.delete(key);
    if (moveToRejected)
      tx.objectStore(REJECTED).put({ ...moveToRejected, rejectedAt: new Date().toISOString() });
    await committed(tx);
    this.update({
      pending: Math.max(0, this.state.pending - keys.length),
      rejected: this.state.rejected + (moveToRejected ? 1 : 0),
    });
  }

  private async reject(operation: StoredOperation): Promise<void> {
    await this.remove([operation.key], operation);
    if (operation.kind === 'complete') this.settleCompletion(operation.sessionId, null);
  }

  private settleCompletion(sessionId: string, result: CompleteResponse | null): void {
    const waiters = this.completions.get(sessionId) ?? [];
    this.completions.delete(sessionId);
    for (const resolve of waiters) resolve(result);
  }

  /** The events at the head of the queue that go in one request (one session, in order). */
  private batchOf(head: StoredOperation[]): (StoredOperation & { kind: 'event' })[] {
    const first = head[0];
    if (this.isolateUntilKey !== null && first.key > this.isolateUntilKey) this.isolateUntilKey = null;
    const limit = this.isolateUntilKey === null ? head.length : 1;
    const batch: (StoredOperation & { kind: 'event' })[] = [];
    for (const operation of head) {
      if (batch.length >= limit || operation.kind !== 'event' || operation.sessionId !== first.sessionId)
        break;
      batch.push(operation);
    }
    return batch;
  }

  private async send(head: StoredOperation[]): Promise<void> {
    const first = head[0];
    const sessions = `${this.baseUrl}/api/v1/sessions`;
    if (first.kind === 'open') {
      await requestJson(sessions, { method: 'POST', body: first.body });
      await this.remove([first.key]);
      return;
    }
    if (first.kind === 'demographics') {
      await requestJson(`${sessions}/${first.sessionId}/demographics`, {
        method: 'POST',
        body: first.answers,
      });
      await this.remove([first.key]);
      return;
    }
    if (first.kind === 'complete') {
      const result = await requestJson<CompleteResponse>(`${sessions}/${first.sessionId}/complete`, {
        method: 'POST',
        body: {},
      });
      await this.remove([first.key]);
      this.settleCompletion(first.sessionId, result);
      return;
    }
    const batch = this.batchOf(head);
    const { acknowledged } = await requestJson<{ acknowledged: string[] }>(
      `${sessions}/${first.sessionId}/events`,
      {
        method: 'POST',
        body: { events: batch.map((operation) => operation.event) },
      },
    );
    const acked = new Set(acknowledged);
    await this.remove(
      batch.filter((operation) => acked.has(operation.event.id)).map((operation) => operation.key),
    );
    if (batch.some((operation) => !acked.has(operation.event.id)))
      throw new Error('Accusé de réception incomplet');
  }
}
