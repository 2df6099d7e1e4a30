import { Inject, Injectable } from '@nestjs/common';
import { isEngineError } from '../../../../engine/src/index.js';
import { DomainError } from '../../common/domain-error.js';
import type { StoredEvidence } from '../../database/entities/competency-score.entity.js';
import type { DeviceIdentity } from '../devices/device-auth.js';
import { ScenariosRepository } from '../scenarios/scenarios.repository.js';
import { replayChoices } from '../scenarios/story-engine.js';
import { CompetencyScoresRepository, type ScoreRow } from './competency-scores.repository.js';
import { EventsRepository, type PathEvent } from './events.repository.js';
import { hashFollowUpCode } from './follow-up-code-hash.js';
import type {
  CompleteSessionResponse,
  CreateSessionBody,
  EventInput,
  IngestEventsResponse,
} from './sessions.dto.js';
import { VisitorSessionsRepository } from './visitor-sessions.repository.js';

const UNIQUE_VIOLATION = '23505';
const FOREIGN_KEY_VIOLATION = '23503';

function pgCode(error: unknown): string | undefined {
  const raw = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = raw?.driverError?.code ?? raw?.code;
  return typeof code === 'string' ? code : undefined;
}

@Injectable()
export class SessionsService {
  constructor(
    @Inject(VisitorSessionsRepository) private readonly sessions: VisitorSessionsRepository,
    @Inject(EventsRepository) private readonly events: EventsRepository,
    @Inject(CompetencyScoresRepository) private readonly scores: CompetencyScoresRepository,
    @Inject(ScenariosRepository) private readonly scenarios: ScenariosRepository,
  ) {}

  /**
   * Idempotent by session id: returns whether this call created the session. A session opened by a
   * paired headset is linked to it and to its site.
   */
  async create(body: CreateSessionBody, device: DeviceIdentity | null = null): Promise<{ created: boolean }> {
    const followUpCodeHash = hashFollowUpCode(body.followUpCode);
    if (followUpCodeHash === null) throw new DomainError('FOLLOW_UP_CODE_INVALID');

    const existing = await this.sessions.findById(body.id);
    if (existing) {
      this.assertSameSession(existing, body, followUpCodeHash);
      return { created: false };
    }

    if (!(await this.scenarios.findVersion(body.scenarioId, body.versionId))) {
      throw new DomainError(
        (await this.scenarios.scenarioExists(body.scenarioId)) ? 'VERSION_NOT_FOUND' : 'SCENARIO_NOT_FOUND',
      );
    }
    try {
      const created = await this.sessions.createIfAbsent({
        id: body.id,
        followUpCodeHash,
        scenarioId: body.scenarioId,
        versionId: body.versionId,
        startedAt: new Date(body.startedAt),
        deviceId: device?.id ?? null,
        siteId: device?.siteId ?? null,
      });
      if (!created) {
        // Lost a race with the same request: same rules as above.
        const winner = (await this.sessions.findById(body.id))!;
        this.assertSameSession(winner, body, followUpCodeHash);
      }
      return { created };
    } catch (error) {
      if (pgCode(error) === UNIQUE_VIOLATION) throw new DomainError('FOLLOW_UP_CODE_TAKEN');
      throw error;
    }
  }

  private assertSameSession(
    existing: { scenarioId: string; versionId: string; followUpCodeHash: string },
    body: CreateSessionBody,
    followUpCodeHash: string,
  ): void {
    if (
      existing.scenarioId !== body.scenarioId ||
      existing.versionId !== body.versionId ||
      existing.followUpCodeHash !== followUpCodeHash
    ) {
      throw new DomainError('SESSION_CONFLICT');
    }
  }

  /** Stores each event once; acknowledges every event of the batch (new or already stored). */
  async ingest(sessionId: string, batch: readonly EventInput[]): Promise<IngestEventsResponse> {
    if (batch.some((e) => e.sessionId !== undefined && e.sessionId !== sessionId)) {
      throw new DomainError(
        'EVENT_SESSION_MISMATCH',
        'Un événement du lot indique une autre session que celle de l’adresse.',
      );
    }
    const unique = new Map<string, EventInput>();
    for (const event of batch) {
      const seen = unique.get(event.id);
      if (seen && JSON.stringify(seen) !== JSON.stringify(event))
        throw new DomainError('EVENT_DUPLICATE_IN_BATCH');
      unique.set(event.id, event);
    }
    const events = [...unique.values()];
    if (events.length === 0) {
      if (!(await this.sessions.findById(sessionId))) throw new DomainError('SESSION_NOT_FOUND');
      return { acknowledged: [] };
    }
    let inserted: string[];
    try {
      inserted = await this.events.appendIgnoringDuplicates(sessionId, events);
    } catch (error) {
      if (pgCode(error) === FOREIGN_KEY_VIOLATION) throw new DomainError('SESSION_NOT_FOUND');
      throw error;
    }
    if (inserted.length < events.length) {
      const insertedSet = new Set(inserted);
      const skipped = events.filter((e) => !insertedSet.has(e.id)).map((e) => e.id);
      const foreign = await this.events.findIdsOwnedByOtherSession(sessionId, skipped);
      if (foreign.length > 0)
        throw new DomainError('EVENT_SESSION_MISMATCH', undefined, { eventIds: foreign });
    }
    return { acknowledged: events.map((e) => e.id) };
  }

  /** Replays the stored choice path against the pinned version: the authoritative scores. */
  async complete(sessionId: string): Promise<CompleteSessionResponse> {
    const session = await this.sessions.findById(sessionId);
    if (!session) throw new DomainError('SESSION_NOT_FOUND');
    const version = (await this.scenarios.findVersion(session.scenarioId, session.versionId))!;
    const competencies = ((version.referentiel as { competences?: { id: string }[] }).competences ?? []).map(
      (c) => c.id,
    );

    const path = choicePath(await this.events.findChoicePathEvents(sessionId));
    let result;
    try {
      result = replayChoices(
        version.compiledJson,
        path.map((c) => c.choiceIndex),
        competencies,
      );
    } catch (error) {
      if (isEngineError(error) && error.code === 'INVALID_CHOICE') {
        throw new DomainError('CHOICE_PATH_INVALID', undefined, error.details);
      }
      throw error;
    }

    const maxScores: Record<string, number> = {};
    const rows: ScoreRow[] = [];
    for (const [competency, score] of Object.entries(result.scores)) {
      const max = Math.max(version.maxScores[competency] ?? 0, score);
      maxScores[competency] = max;
      const evidence: StoredEvidence[] = result.evidence
        .filter((e) => e.competency === competency)
        .map((e) => ({
          step: e.step,
          path: e.path,
          choiceIndex: e.choiceIndex,
          choiceText: e.choiceText,
          delta: e.delta,
          ...(path[e.step]?.method ? { method: path[e.step]!.method } : {}),
          ...(path[e.step]?.transcript ? { transcript: path[e.step]!.transcript } : {}),
        }));
      rows.push({ competency, score, maxScore: max, evidence });
    }
    await this.scores.saveCompletion(sessionId, rows);
    return { scores: result.scores, maxScores };
  }
}

interface PathStep {
  choiceIndex: number;
  method?: string;
  transcript?: string;
}

/** One choice per step 0..n-1 (first received wins); a gap means events are still missing. */
function choicePath(events: readonly PathEvent[]): PathStep[] {
  const steps = new Map<number, PathStep>();
  const transcripts = new Map<number, string>();
  for (const event of events) {
    const step = Number(event.payload.step);
    if (event.type === 'utterance.heard') {
      if (typeof event.payload.transcript === 'string' && event.payload.choiceIndex !== null)
        transcripts.set(step, event.payload.transcript);
    } else if (!steps.has(step)) {
      const method = event.payload.method;
      steps.set(step, {
        choiceIndex: Number(event.payload.choiceIndex),
        method: typeof method === 'string' ? method : undefined,
      });
    }
  }
  const path: PathStep[] = [];
  for (let step = 0; step < steps.size; step++) {
    const choice = steps.get(step);
    if (!choice) {
      throw new DomainError(
        'CHOICE_PATH_INCOMPLETE',
        `Le choix de l’étape ${step} n’est pas encore arrivé.`,
        { missingStep: step },
      );
    }
    const transcript = choice.method === 'voice' ? transcripts.get(step) : undefined;
    path.push(transcript ? { ...choice, transcript } : choice);
  }
  return path;
}
