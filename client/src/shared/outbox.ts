// Durable outbox: every session operation is written to IndexedDB (strict durability) before it
// is sent, and stays there until the server acknowledges it, across network cuts and browser
// restarts. No expiry. The server's idempotent ingest makes re-sending always safe.
import type {
  CompleteResponse,
  CreateSessionBody,
  DemographicsAnswers,
  IngestEventsResponse,
  SessionEvent,
} from './api-types.js';
import type { EventSink } from './event-sink.js';
import { HttpError, requestJson } from './http.js';

export type OutboxOperation =
  | { kind: 'open'; sessionId: string; body: CreateSessionBody }
  | { kind: 'event'; sessionId: string; event: SessionEvent }
  | { kind: 'complete'; sessionId: string }
  | { kind: 'demographics'; sessionId: string; answers: DemographicsAnswers };

type StoredOperation = OutboxOperation & { key: number; enqueuedAt: string };

/** Why the server refused an operation for good (its code and French message). */
export interface Rejection {
  code: string;
  message: string;
  at: string;
}

type RejectedOperation = StoredOperation & { rejectedAt: string; reason?: Rejection };

/** How many reasons `OutboxState.lastRejections` keeps. */
const KEPT_REASONS = 3;

export interface OutboxState {
  /** Operations written but not yet acknowledged by the server. */
  pending: number;
  /** Operations the server refused for good (kept aside for support, never sent again). */
  rejected: number;
  /** The latest reasons of those refusals, newest first (at most 3). */
  lastRejections: Rejection[];
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

/** The reasons of the newest refused operations (the store is keyed by the queue order). */
function lastReasons(store: IDBObjectStore): Promise<Rejection[]> {
  return new Promise((resolve, reject) => {
    const reasons: Rejection[] = [];
    const cursor = store.openCursor(null, 'prev');
    cursor.onerror = () => reject(cursor.error);
    cursor.onsuccess = () => {
      const current = cursor.result;
      if (!current || reasons.length >= KEPT_REASONS) return resolve(reasons);
      const reason = (current.value as RejectedOperation).reason;
      if (reason) reasons.push(reason);
      current.continue();
    };
  });
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
  private state: OutboxState = {
    pending: 0,
    rejected: 0,
    lastRejections: [],
    syncing: false,
    lastError: null,
    lastSyncAt: null,
  };
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
    const rejectedStore = tx.objectStore(REJECTED);
    const [pending, rejected, latest] = await Promise.all([
      request(tx.objectStore(STORE).count()),
      request(rejectedStore.count()),
      lastReasons(rejectedStore),
    ]);
    outbox.state.pending = pending;
    outbox.state.rejected = rejected;
    outbox.state.lastRejections = latest;
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
            const { code, message } = error as HttpError;
            console.error('Opération refusée par le serveur, mise de côté', code, message);
            await this.reject(head[0], code, message);
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

  /**
   * Deletes acknowledged operations and moves refused ones aside with their reason, in one
   * transaction.
   */
  private async remove(
    keys: number[],
    refused: { operation: StoredOperation; reason: Rejection }[] = [],
  ): Promise<void> {
    if (keys.length === 0 && refused.length === 0) return;
    const tx = this.db.transaction([STORE, REJECTED], 'readwrite', { durability: 'strict' });
    const store = tx.objectStore(STORE);
    for (const key of keys) store.delete(key);
    for (const { operation, reason } of refused) {
      store.delete(operation.key);
      tx.objectStore(REJECTED).put({
        ...operation,
        rejectedAt: reason.at,
        reason,
      } satisfies RejectedOperation);
    }
    await committed(tx);
    const reasons = refused.map((r) => r.reason).reverse();
    this.update({
      pending: Math.max(0, this.state.pending - keys.length - refused.length),
      rejected: this.state.rejected + refused.length,
      lastRejections: [...reasons, ...this.state.lastRejections].slice(0, KEPT_REASONS),
    });
  }

  private async reject(operation: StoredOperation, code: string, message: string): Promise<void> {
    await this.remove([], [{ operation, reason: { code, message, at: new Date().toISOString() } }]);
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
    const { results } = await requestJson<IngestEventsResponse>(`${sessions}/${first.sessionId}/events`, {
      method: 'POST',
      body: { events: batch.map((operation) => operation.event) },
    });
    // The server answers for each event: acknowledged (stored now or before), or refused for good.
    const acked = new Set<string>();
    const refusedBy = new Map<string, Rejection>();
    const at = new Date().toISOString();
    for (const result of results ?? []) {
      if (result.id === null) continue;
      if (result.status === 'rejected')
        refusedBy.set(result.id, {
          code: result.code ?? 'REJECTED',
          message: result.message ?? 'Événement refusé par le serveur.',
          at,
        });
      else acked.add(result.id);
    }
    const done: number[] = [];
    const refused: { operation: StoredOperation; reason: Rejection }[] = [];
    let unanswered = false;
    for (const operation of batch) {
      const id = operation.event.id.toLowerCase();
      if (acked.has(id)) done.push(operation.key);
      else if (refusedBy.has(id)) refused.push({ operation, reason: refusedBy.get(id)! });
      else unanswered = true;
    }
    for (const { reason } of refused)
      console.error('Événement refusé par le serveur, mis de côté', reason.code, reason.message);
    await this.remove(done, refused);
    if (unanswered) throw new Error('Accusé de réception incomplet');
  }
}
