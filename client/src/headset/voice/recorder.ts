export interface Recording {
  blob: Blob;
  mimeType: string;
  durationMs: number;
}

export interface RecorderOptions {
  /** The recording stops by itself after this long. @default 15000 */
  maxDurationMs?: number;
  /** Called when the recording stopped because it reached `maxDurationMs`. */
  onAutoStop?: () => void;
  /** @default navigator.mediaDevices */
  mediaDevices?: MediaDevices;
}

// Opus in WebM first (Chromium, Quest Browser, Firefox), then what Safari records.
const PREFERRED_TYPES = ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus', 'audio/mp4'];

export function recordingSupported(): boolean {
  return (
    typeof MediaRecorder !== 'undefined' &&
    typeof navigator !== 'undefined' &&
    !!navigator.mediaDevices?.getUserMedia
  );
}

export function pickMimeType(
  isSupported: (type: string) => boolean = (t) => MediaRecorder.isTypeSupported(t),
): string | undefined {
  return PREFERRED_TYPES.find((type) => isSupported(type));
}

/**
 * Push-to-talk: `start()` on press, `stop()` on release. The microphone stays open between turns
 * (asking again is slow and may prompt again); `release()` closes it at the end of the scenario.
 */
export class PushToTalkRecorder {
  private stream: MediaStream | null = null;
  private recorder: MediaRecorder | null = null;
  private chunks: Blob[] = [];
  private startedAt = 0;
  private finished: Promise<Recording | null> | null = null;
  private autoStopTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly maxDurationMs: number;

  constructor(private readonly options: RecorderOptions = {}) {
    this.maxDurationMs = options.maxDurationMs ?? 15_000;
  }

  get recording(): boolean {
    return this.recorder?.state === 'recording';
  }

  /** Rejects when the microphone is refused or missing (the UI then shows the buttons). */
  async start(): Promise<void> {
    if (this.recording) return;
    const devices = this.options.mediaDevices ?? navigator.mediaDevices;
    this.stream ??= await devices.getUserMedia({
      audio: { echoCancellation: true, noiseSuppression: true, channelCount: 1 },
    });
    const mimeType = pickMimeType();
    const recorder = new MediaRecorder(
      this.stream,
      mimeType ? { mimeType, audioBitsPerSecond: 32_000 } : undefined,
    );
    this.recorder = recorder;
    this.chunks = [];
    this.finished = new Promise((resolve) => {
      recorder.ondataavailable = (event) => {
        if (event.data.size > 0) this.chunks.push(event.data);
      };
      recorder.onstop = () => {
        const type = recorder.mimeType || mimeType || 'audio/webm';
        const blob = new Blob(this.chunks, { type });
        resolve(
          blob.size > 0 ? { blob, mimeType: type, durationMs: performance.now() - this.startedAt } : null,
        );
      };
      recorder.onerror = () => resolve(null);
    });
    recorder.start();
    this.startedAt = performance.now();
    this.autoStopTimer = setTimeout(() => {
      if (this.recorder === recorder && recorder.state === 'recording') {
        recorder.stop();
        this.options.onAutoStop?.();
      }
    }, this.maxDurationMs);
  }

  /** The recording, or null when nothing was recorded. Safe to call after an auto-stop. */
  async stop(): Promise<Recording | null> {
    if (this.autoStopTimer) clearTimeout(this.autoStopTimer);
    this.autoStopTimer = null;
    const recorder = this.recorder;
    const finished = this.finished;
    this.recorder = null;
    this.finished = null;
    if (!recorder || !finished) return null;
    if (recorder.state !== 'inactive') recorder.stop();
    return finished;
  }

  /** Stops any recording and closes the microphone. */
  release(): void {
    if (this.autoStopTimer) clearTimeout(this.autoStopTimer);
    if (this.recorder && this.recorder.state !== 'inactive') this.recorder.stop();
    this.recorder = null;
    this.finished = null;
    this.stream?.getTracks().forEach((track) => track.stop());
    this.stream = null;
  }
}
