// Minimal typing of the Web Speech recognition API (not in TypeScript's DOM lib everywhere).
interface SpeechRecognitionAlternativeLike {
  transcript: string;
  confidence: number;
}
interface SpeechRecognitionEventLike {
  results: ArrayLike<ArrayLike<SpeechRecognitionAlternativeLike> & { isFinal: boolean }>;
}
interface SpeechRecognitionLike {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  maxAlternatives: number;
  onresult: ((event: SpeechRecognitionEventLike) => void) | null;
  onerror: ((event: unknown) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}
type SpeechRecognitionConstructor = new () => SpeechRecognitionLike;

export interface WebSpeechResult {
  transcript: string;
  confidence: number;
}

export function webSpeechConstructor(scope: object = globalThis): SpeechRecognitionConstructor | null {
  const s = scope as {
    SpeechRecognition?: SpeechRecognitionConstructor;
    webkitSpeechRecognition?: SpeechRecognitionConstructor;
  };
  return s.SpeechRecognition ?? s.webkitSpeechRecognition ?? null;
}

/**
 * One French recognition session running beside the recorder. `stop()` resolves with what was
 * recognised, or null (no API, network error, nothing heard) within `graceMs`.
 */
export class WebSpeechSession {
  private readonly recognition: SpeechRecognitionLike;
  private readonly result: Promise<WebSpeechResult | null>;

  constructor(
    Recognition: SpeechRecognitionConstructor,
    private readonly graceMs = 1500,
  ) {
    const recognition = new Recognition();
    recognition.lang = 'fr-FR';
    recognition.continuous = true;
    recognition.interimResults = false;
    recognition.maxAlternatives = 1;
    this.recognition = recognition;
    this.result = new Promise((resolve) => {
      const parts: WebSpeechResult[] = [];
      recognition.onresult = (event) => {
        parts.length = 0;
        for (let i = 0; i < event.results.length; i++) {
          const alternative = event.results[i][0];
          if (alternative && event.results[i].isFinal) parts.push(alternative);
        }
      };
      recognition.onerror = () => resolve(null);
      recognition.onend = () => {
        const transcript = parts
          .map((p) => p.transcript.trim())
          .filter(Boolean)
          .join(' ');
        resolve(transcript ? { transcript, confidence: Math.min(...parts.map((p) => p.confidence)) } : null);
      };
    });
    try {
      recognition.start();
    } catch {
      // Already started or refused: `stop()` then resolves null through the grace timeout.
    }
  }

  async stop(): Promise<WebSpeechResult | null> {
    try {
      this.recognition.stop();
    } catch {
      // Not running.
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => {
        this.recognition.abort();
        resolve(null);
      }, this.graceMs);
    });
    const result = await Promise.race([this.result, timeout]);
    clearTimeout(timer);
    return result;
  }

  abort(): void {
    this.recognition.abort();
  }
}
