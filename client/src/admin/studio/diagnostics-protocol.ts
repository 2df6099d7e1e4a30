import type { StoryMap, StoryNode } from '../../../../engine/src/story-map.js';
import type { Diagnostic } from '../../../../engine/src/types.js';

export type { Diagnostic, StoryMap, StoryNode };

export interface DiagnosticsRequest {
  id: number;
  scenarioId: string;
  source: string;
  metier: Record<string, unknown>;
  referential: string[];
}

export interface DiagnosticsResponse {
  id: number;
  diagnostics: Diagnostic[];
  metierDiagnostics: number;
  map: StoryMap;
  ms: number;
}

/** A compile slower than this is taken as hung: the worker is killed and a new one started. */
export const DIAGNOSTICS_TIMEOUT_MS = 4000;

export type DiagnosticsOutcome = DiagnosticsResponse | { timedOut: true };

/** One worker at a time; a new request supersedes the pending one; a hung compile kills the worker. */
export class DiagnosticsClient {
  private worker: Worker | null = null;
  private next = 1;
  private pending: { id: number; resolve: (r: DiagnosticsOutcome | null) => void; timer: number } | null =
    null;

  constructor(private readonly create: () => Worker) {}

  run(request: Omit<DiagnosticsRequest, 'id'>): Promise<DiagnosticsOutcome | null> {
    if (this.pending) {
      // Still compiling the previous text: restart rather than queue behind it.
      window.clearTimeout(this.pending.timer);
      this.pending.resolve(null);
      this.kill();
    }
    const worker = (this.worker ??= this.spawn());
    const id = this.next++;
    return new Promise((resolve) => {
      const timer = window.setTimeout(() => {
        this.pending = null;
        this.kill();
        resolve({ timedOut: true });
      }, DIAGNOSTICS_TIMEOUT_MS);
      this.pending = { id, resolve, timer };
      worker.postMessage({ ...request, id });
    });
  }

  dispose(): void {
    if (this.pending) window.clearTimeout(this.pending.timer);
    this.pending = null;
    this.kill();
  }

  private spawn(): Worker {
    const worker = this.create();
    worker.onmessage = (event: MessageEvent<DiagnosticsResponse>) => {
      const pending = this.pending;
      if (!pending || pending.id !== event.data.id) return;
      window.clearTimeout(pending.timer);
      this.pending = null;
      pending.resolve(event.data);
    };
    return worker;
  }

  private kill(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
