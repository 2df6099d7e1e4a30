import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { voiceLines, VOIX, type Voix } from '../../../../engine/src/index.js';
import { DomainError } from '../../common/domain-error.js';
import { ScenariosRepository } from '../scenarios/scenarios.repository.js';
import { renderWithChain, type TtsProvider } from './tts-providers.js';
import { TTS_PROVIDERS } from './voice.config.js';
import { VoiceClipsRepository, type StoredClip } from './voice-clips.repository.js';
import type { VoiceClipListResponse } from './voice.dto.js';

interface SpokenLine {
  speaker?: string;
  text: string;
  voix: Voix;
}

/** Versions whose lines are kept in memory (exploring a story takes a moment). */
const CACHED_VERSIONS = 16;

/** A line key as the engine writes it (16 hex digits). */
const KEY = /^[0-9a-f]{16}$/;

/**
 * Voice out: each line of a version, rendered once per voice and text by the first provider of
 * the chain that answers with usable audio, then served from the `voice_clips` table.
 */
@Injectable()
export class VoiceService {
  private readonly logger = new Logger(VoiceService.name);
  private readonly linesByVersion = new Map<string, Promise<Map<string, SpokenLine>>>();
  private readonly rendering = new Map<string, Promise<StoredClip>>();

  constructor(
    @Inject(ScenariosRepository) private readonly scenarios: ScenariosRepository,
    @Inject(VoiceClipsRepository) private readonly clips: VoiceClipsRepository,
    @Inject(TTS_PROVIDERS) private readonly providers: TtsProvider[],
  ) {}

  async list(scenarioId: string, versionId: string): Promise<VoiceClipListResponse> {
    const lines = await this.linesOf(scenarioId, versionId);
    // No text-to-speech here: nothing to prefetch, the headset speaks with the browser.
    if (this.providers.length === 0) return { clips: [] };
    const base = `/api/v1/scenarios/${encodeURIComponent(scenarioId)}/versions/${encodeURIComponent(versionId)}/voice`;
    return {
      clips: [...lines].map(([key, line]) => ({
        key,
        url: `${base}/${key}`,
        ...(line.speaker ? { speaker: line.speaker } : {}),
      })),
    };
  }

  /** The audio of one line of this version, rendered on first request. */
  async clip(scenarioId: string, versionId: string, key: string): Promise<StoredClip> {
    const line = KEY.test(key) ? (await this.linesOf(scenarioId, versionId)).get(key) : undefined;
    if (!line) throw new DomainError('VOICE_LINE_NOT_FOUND');
    const clipKey = createHash('sha256').update(`${line.voix}\n${line.text}`).digest('hex');
    const stored = await this.clips.findClip(clipKey);
    if (stored) return stored;
    if (this.providers.length === 0) throw new DomainError('VOICE_UNAVAILABLE');
    // Concurrent first requests for the same clip share one rendering.
    let pending = this.rendering.get(clipKey);
    if (!pending) {
      pending = this.render(clipKey, line).finally(() => this.rendering.delete(clipKey));
      this.rendering.set(clipKey, pending);
    }
    return pending;
  }

  private async render(clipKey: string, line: SpokenLine): Promise<StoredClip> {
    const speech = await renderWithChain(this.providers, line.text, line.voix, (provider, error) =>
      this.logger.warn(`Synthèse vocale ${provider.name} en échec : ${(error as Error).message}`),
    );
    if (!speech) throw new DomainError('VOICE_FAILED');
    const clip: StoredClip = { clipKey, ...speech };
    await this.clips.saveClip(clip);
    return clip;
  }

  private linesOf(scenarioId: string, versionId: string): Promise<Map<string, SpokenLine>> {
    const cacheKey = `${scenarioId}\n${versionId}`;
    let lines = this.linesByVersion.get(cacheKey);
    if (!lines) {
      lines = this.loadLines(scenarioId, versionId);
      lines.catch(() => this.linesByVersion.delete(cacheKey));
      this.linesByVersion.set(cacheKey, lines);
      if (this.linesByVersion.size > CACHED_VERSIONS)
        this.linesByVersion.delete(this.linesByVersion.keys().next().value as string);
    }
    return lines;
  }

  private async loadLines(scenarioId: string, versionId: string): Promise<Map<string, SpokenLine>> {
    const version = await this.scenarios.findVersion(scenarioId, versionId);
    if (!version) {
      if (!(await this.scenarios.scenarioExists(scenarioId))) throw new DomainError('SCENARIO_NOT_FOUND');
      throw new DomainError('VERSION_NOT_FOUND');
    }
    const personnages = (version.metier as { personnages?: Record<string, { voix?: unknown }> }).personnages;
    const competences = (version.referentiel as { competences?: { id: string }[] }).competences ?? [];
    const voixOf = (speaker: string | undefined): Voix => {
      const voix = speaker ? personnages?.[speaker]?.voix : undefined;
      return (VOIX as readonly unknown[]).includes(voix) ? (voix as Voix) : 'neutre';
    };
    const lines = voiceLines(version.compiledJson, { competencies: competences.map((c) => c.id) });
    return new Map(lines.map((line) => [line.key, { ...line, voix: voixOf(line.speaker) }]));
  }
}
