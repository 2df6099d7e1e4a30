import { fetchAsDevice } from '../../shared/device-auth.js';
import { PushToTalkRecorder, recordingSupported, type Recording } from './recorder.js';
import { WebSpeechSession, webSpeechConstructor } from './web-speech.js';

export interface VoiceResult {
  /** What was heard, trimmed; may be empty when the provider heard nothing. */
  transcript: string;
  provider: 'server' | 'web-speech';
  /** The server's provider name (`openai-compatible:<model>`) or the browser's confidence. */
  detail?: string;
  confidence?: number;
}

export interface VoiceInputOptions {
  /** Origin of the API, '' for the same origin. */
  apiBase: string;
  /** Recordings stop by themselves after this long. @default 15000 */
  maxDurationMs?: number;
  /** Server transcription deadline before falling back. @default 8000 */
  serverTimeoutMs?: number;
  /** Use the browser's Web Speech API as a fallback where it exists. @default true */
  webSpeech?: boolean;
  onAutoStop?: () => void;
}

export interface VoiceInput {
  /** False when neither server transcription nor Web Speech can work (any more): show the buttons only. */
  readonly available: boolean;
  /** Starts listening (push). Rejects when the microphone is refused. */
  start(): Promise<void>;
  /** Stops listening (release) and resolves with the transcript, or null: show the buttons. */
  stop(): Promise<VoiceResult | null>;
  /** Stops without transcribing. */
  cancel(): void;
  /** Closes the microphone (end of scenario). */
  dispose(): void;
}

type ServerState = 'unknown' | 'up' | 'down';

/**
 * Push-to-talk voice input with a provider chain: the server's speech-to-text, then the browser's
 * Web Speech API where present, then null (the UI shows the choices as buttons).
 * Web Speech only runs beside the recorder while the server is not known to work, so a working
 * server is the only place audio goes.
 */
export function createVoiceInput(options: VoiceInputOptions): VoiceInput {
  const canRecord = recordingSupported();
  const Recognition = options.webSpeech === false ? null : webSpeechConstructor();
  const recorder = canRecord
    ? new PushToTalkRecorder({ maxDurationMs: options.maxDurationMs, onAutoStop: options.onAutoStop })
    : null;
  let serverState: ServerState = canRecord ? 'unknown' : 'down';
  let webSpeech: WebSpeechSession | null = null;
  let recordingStarted = false;

  async function transcribeOnServer(recording: Recording): Promise<VoiceResult | null> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.serverTimeoutMs ?? 8000);
    try {
      const body = new FormData();
      const extension = recording.mimeType.includes('mp4')
        ? 'm4a'
        : recording.mimeType.includes('ogg')
          ? 'ogg'
          : 'webm';
      body.append('file', recording.blob, `utterance.${extension}`);
      const response = await fetchAsDevice(`${options.apiBase}/api/v1/speech/transcribe`, {
        method: 'POST',
        body,
        signal: controller.signal,
      });
      if (response.status === 503) {
        serverState = 'down';
        return null;
      }
      if (!response.ok) return null;
      const data = (await response.json()) as { text?: unknown; provider?: unknown };
      if (typeof data.text !== 'string') return null;
      serverState = 'up';
      return {
        transcript: data.text.trim(),
        provider: 'server',
        detail: typeof data.provider === 'string' ? data.provider : undefined,
      };
    } catch {
      return null;
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    get available() {
      return (recorder !== null && serverState !== 'down') || Recognition !== null;
    },

    async start() {
      recordingStarted = false;
      if (Recognition && serverState !== 'up') webSpeech = new WebSpeechSession(Recognition);
      if (recorder && serverState !== 'down') {
        try {
          await recorder.start();
          recordingStarted = true;
        } catch (error) {
          if (!webSpeech) throw error;
        }
      }
      if (!recordingStarted && !webSpeech) throw new Error('Micro indisponible');
    },

    async stop() {
      const session = webSpeech;
      webSpeech = null;
      const recording = recordingStarted && recorder ? await recorder.stop() : null;
      recordingStarted = false;
      const fromBrowser = session ? session.stop() : Promise.resolve(null);
      if (recording && serverState !== 'down') {
        const fromServer = await transcribeOnServer(recording);
        if (fromServer) {
          session?.abort();
          return fromServer;
        }
      }
      const heard = await fromBrowser;
      return heard
        ? { transcript: heard.transcript, provider: 'web-speech', confidence: heard.confidence }
        : null;
    },

    cancel() {
      webSpeech?.abort();
      webSpeech = null;
      if (recordingStarted) void recorder?.stop();
      recordingStarted = false;
    },

    dispose() {
      this.cancel();
      recorder?.release();
    },
  };
}
