// Voice out: a line is heard as its pre-rendered clip (server TTS, played with Web Audio), else
// through the browser's speechSynthesis with a French voice, else not at all: the subtitles are
// always shown anyway. The character's jaw follows the loudness of what is played.
import { voiceKey } from '../../../../engine/src/index.js';
import type { Personnage } from '../../shared/api-types.js';
import { fetchAsDevice } from '../../shared/device-auth.js';
import type { VoiceActivity } from '../scene/character.js';

export type Voix = NonNullable<Personnage['voix']>;

export interface SayRequest {
  scenarioId: string;
  versionId: string;
  /** Character id; absent for the narrator. */
  speaker?: string;
  text: string;
  voix?: Voix;
}

/** How a line is being heard: still deciding, its clip, the browser's voice, or not at all. */
export type SpeechVia = 'pending' | 'clip' | 'synthesis' | 'none';

export interface SpeechHandle extends VoiceActivity {
  readonly key: string;
  readonly via: SpeechVia;
  /** True once the audio ended or was stopped (at once when there is none). */
  readonly ended: boolean;
  /** Settles when the audio ends, is stopped, or when there is none. */
  readonly done: Promise<void>;
}

export interface VoiceOutOptions {
  /** Origin of the API, '' for the same origin. @default '' */
  apiBase?: string;
  /** @default window.speechSynthesis when present */
  synthesis?: SpeechSynthesis | null;
  /** Longest wait for the clip list of a version before a line falls back. @default 2000 */
  listWaitMs?: number;
}

interface ClipList {
  clips: { key: string; url: string; speaker?: string }[];
}

/**
 * Clips warmed ahead of the line being said, in the list's order (the story explored depth first,
 * so mostly what comes next): a whole scenario is minutes of audio, too much to fetch at once.
 */
const PREFETCH_AHEAD = 6;

/** Decoded clips kept ready to start at once (a few seconds of audio each). */
const KEPT_DECODED = 12;

class Playback implements SpeechHandle {
  via: SpeechVia = 'pending';
  readonly done: Promise<void>;
  /** Loudness while this playback is heard. */
  loudness: () => number = () => 0;
  /** Stops the sound (source or utterance) when the playback is interrupted. */
  silence: () => void = () => undefined;
  private finished = false;
  private resolve!: () => void;

  constructor(readonly key: string) {
    this.done = new Promise((resolve) => (this.resolve = resolve));
  }

  get ended(): boolean {
    return this.finished;
  }

  level(): number | null {
    if (this.via === 'none') return null;
    return this.finished || this.via === 'pending' ? 0 : this.loudness();
  }

  finish(via?: SpeechVia): void {
    if (via && !this.finished) this.via = via;
    if (this.finished) return;
    this.finished = true;
    this.resolve();
  }

  stop(): void {
    if (this.finished) return;
    this.silence();
    this.finish();
  }
}

export class VoiceOut {
  private readonly apiBase: string;
  private readonly synthesis: SpeechSynthesis | null;
  private readonly listWaitMs: number;
  private context: AudioContext | null = null;
  private analyser: AnalyserNode | null = null;
  private samples = new Float32Array(0);
  private version = '';
  private clips = new Map<string, string>();
  /** Keys in the list's order. */
  private order: string[] = [];
  /** Clips fetched or being fetched (null: no audio for that line), and those decoded. */
  private loading = new Map<string, Promise<AudioBuffer | null>>();
  private ready = new Map<string, AudioBuffer>();
  private listed: Promise<void> = Promise.resolve();
  private current: Playback | null = null;
  private mutedValue = false;

  constructor(options: VoiceOutOptions = {}) {
    this.apiBase = options.apiBase ?? '';
    this.synthesis =
      options.synthesis !== undefined
        ? options.synthesis
        : typeof speechSynthesis === 'undefined'
          ? null
          : speechSynthesis;
    this.listWaitMs = options.listWaitMs ?? 2000;
    // Chromium loads its voice list lazily: ask early so it is there for the first line.
    this.synthesis?.getVoices();
    // Browsers only let audio start after a user gesture: the first one creates (or resumes) it.
    const unlock = () => this.unlock();
    for (const type of ['pointerdown', 'keydown', 'touchend'])
      window.addEventListener(type, unlock, { capture: true });
  }

  /** Sound off (accessibility setting): lines are then read as subtitles only. */
  get muted(): boolean {
    return this.mutedValue;
  }

  set muted(value: boolean) {
    this.mutedValue = value;
    if (value) this.stop();
  }

  /** The line being said, if any (tests). */
  get playing(): SpeechHandle | null {
    return this.current && !this.current.ended ? this.current : null;
  }

  get lastKey(): string | null {
    return this.current?.key ?? null;
  }

  /** How the last line was (or is being) heard (tests). */
  get lastVia(): SpeechVia | null {
    return this.current?.via ?? null;
  }

  /** Lists the version's clips and loads the first ones (again: only the loading). */
  prefetch(scenarioId: string, versionId: string): Promise<void> {
    const version = `${scenarioId}/${versionId}`;
    if (this.version === version) return this.listed.then(() => this.warmAfter(-1));
    this.version = version;
    this.clips = new Map();
    this.order = [];
    this.loading = new Map();
    this.ready = new Map();
    const base = `${this.apiBase}/api/v1/scenarios/${encodeURIComponent(scenarioId)}/versions/${encodeURIComponent(versionId)}/voice`;
    this.listed = fetchAsDevice(base)
      .then(async (response) => {
        // 503: no text-to-speech on this server; the browser's voice takes over.
        if (!response.ok || this.version !== version) return;
        const list = (await response.json()) as ClipList;
        if (this.version !== version) return;
        this.clips = new Map(list.clips.map((clip) => [clip.key, `${this.apiBase}${clip.url}`]));
        this.order = list.clips.map((clip) => clip.key);
      })
      .catch(() => undefined);
    return this.listed.then(() => this.warmAfter(-1));
  }

  /** Says a line (stopping the previous one); the handle tells when it is over. */
  say(request: SayRequest): SpeechHandle {
    this.stop();
    const playback = new Playback(voiceKey(request.speaker, request.text));
    this.current = playback;
    if (this.mutedValue) {
      playback.finish('none');
      return playback;
    }
    // A clip loaded ahead starts now, within the same frame as the subtitle.
    const buffer = this.ready.get(playback.key);
    if (buffer && this.play(playback, buffer)) this.warmAfter(this.order.indexOf(playback.key));
    else void this.start(playback, request);
    return playback;
  }

  /** Silence now (skip, choice, end, reset). */
  stop(): void {
    this.current?.stop();
    this.synthesis?.cancel();
  }

  private unlock(): void {
    try {
      if (!this.context) {
        this.context = new AudioContext();
        this.analyser = this.context.createAnalyser();
        this.analyser.fftSize = 512;
        this.samples = new Float32Array(this.analyser.fftSize);
        this.analyser.connect(this.context.destination);
      }
      if (this.context.state === 'suspended') void this.context.resume();
    } catch (error) {
      console.warn('Audio indisponible', error);
    }
  }

  /** Loads the clips listed after `index` (the list is in story order, depth first). */
  private warmAfter(index: number): void {
    if (this.mutedValue) return;
    for (const key of this.order.slice(index + 1, index + 1 + PREFETCH_AHEAD)) void this.load(key);
  }

  private load(key: string): Promise<AudioBuffer | null> {
    let pending = this.loading.get(key);
    if (!pending) {
      const url = this.clips.get(key);
      pending = url ? this.fetchDecoded(key, url) : Promise.resolve(null);
      this.loading.set(key, pending);
    }
    return pending;
  }

  private async fetchDecoded(key: string, url: string): Promise<AudioBuffer | null> {
    try {
      const response = await fetchAsDevice(url);
      // 502/503: no audio for this line, it falls back when it comes.
      if (!response.ok) return null;
      const data = await response.arrayBuffer();
      // Before the first gesture there is no audio context: the bytes wait in the HTTP cache
      // (the clips are immutable) and the line is loaded again when it comes.
      if (!this.context) {
        this.loading.delete(key);
        return null;
      }
      const buffer = await this.context.decodeAudioData(data);
      this.ready.set(key, buffer);
      if (this.ready.size > KEPT_DECODED) {
        const oldest = this.ready.keys().next().value as string;
        this.ready.delete(oldest);
        this.loading.delete(oldest);
      }
      return buffer;
    } catch (error) {
      // offline, or audio the browser cannot decode: tried again when the line comes
      console.warn('Réplique audio indisponible', error);
      this.loading.delete(key);
      return null;
    }
  }

  private async start(playback: Playback, request: SayRequest): Promise<void> {
    if (this.version !== `${request.scenarioId}/${request.versionId}`) {
      void this.prefetch(request.scenarioId, request.versionId);
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      this.listed,
      new Promise<void>((resolve) => (timer = setTimeout(resolve, this.listWaitMs))),
    ]);
    clearTimeout(timer);
    if (playback.ended) return;
    this.warmAfter(this.order.indexOf(playback.key));
    // Never wait on a context the page may not start: the line then falls back.
    const buffer = this.context?.state === 'running' ? await this.load(playback.key) : null;
    if (playback.ended) return;
    if (buffer && this.play(playback, buffer)) return;
    if (this.speak(playback, request)) return;
    playback.finish('none');
  }

  /** Starts a decoded clip through the analyser; false when audio cannot start now. */
  private play(playback: Playback, buffer: AudioBuffer): boolean {
    const context = this.context;
    const analyser = this.analyser;
    if (!context || !analyser || context.state !== 'running') return false;
    const source = context.createBufferSource();
    source.buffer = buffer;
    source.connect(analyser);
    source.onended = () => playback.finish();
    playback.silence = () => {
      source.onended = null;
      source.stop();
    };
    playback.loudness = () => this.analyserLevel();
    playback.via = 'clip';
    source.start();
    return true;
  }

  /** Loudness of what the analyser hears now, 0..1 (root mean square, scaled for speech). */
  private analyserLevel(): number {
    if (!this.analyser) return 0;
    this.analyser.getFloatTimeDomainData(this.samples);
    let sum = 0;
    for (let i = 0; i < this.samples.length; i++) sum += this.samples[i] * this.samples[i];
    return Math.min(1, Math.sqrt(sum / this.samples.length) * 5);
  }

  /** The browser's own French voice, when it has one; false otherwise (subtitles only). */
  private speak(playback: Playback, request: SayRequest): boolean {
    const synthesis = this.synthesis;
    const voice = synthesis ? frenchVoice(synthesis.getVoices()) : null;
    if (!synthesis || !voice) return false;
    const utterance = new SpeechSynthesisUtterance(request.text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.pitch = request.voix === 'femme' ? 1.15 : request.voix === 'homme' ? 0.85 : 1;
    // No loudness from speechSynthesis: word boundaries give the rhythm, an envelope the rest.
    let wordAt = performance.now();
    utterance.onboundary = () => (wordAt = performance.now());
    playback.loudness = () => {
      const now = performance.now();
      const word = Math.max(0.4, 1 - (now - wordAt) / 600);
      return word * (0.3 + 0.5 * Math.abs(Math.sin(now / 70)));
    };
    // Some engines never say `end`: the line is released after a generous reading time.
    const fallback = setTimeout(() => playback.stop(), Math.max(4000, request.text.length * 150));
    const finish = () => {
      clearTimeout(fallback);
      playback.finish();
    };
    utterance.onend = finish;
    utterance.onerror = finish;
    playback.silence = () => {
      clearTimeout(fallback);
      synthesis.cancel();
    };
    playback.via = 'synthesis';
    synthesis.speak(utterance);
    return true;
  }
}

/** A French voice, France first, local (offline) ones preferred. */
export function frenchVoice(voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | null {
  const french = voices.filter((v) => /^fr([-_]|$)/i.test(v.lang));
  const rank = (v: SpeechSynthesisVoice) => (/^fr[-_]fr$/i.test(v.lang) ? 0 : 2) + (v.localService ? 0 : 1);
  return french.sort((a, b) => rank(a) - rank(b))[0] ?? null;
}
