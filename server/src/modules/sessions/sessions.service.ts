import { Inject, Injectable } from '@nestjs/common';
import { isEngineError } from '../../../../engine/src/index.js';
import { DomainError, ERROR_MESSAGE, type ErrorCode } from '../../common/domain-error.js';
import type { StoredEvidence } from '../../database/entities/competency-score.entity.js';
import type { DeviceIdentity } from '../devices/device-auth.js';
import { ScenariosRepository } from '../scenarios/scenarios.repository.js';
import { replayChoices } from '../scenarios/story-engine.js';
import { CompetencyScoresRepository, type ScoreRow } from './competency-scores.repository.js';
import { parseEvent, type ValidEvent } from './event-schemas.js';
import { EventsRepository, type PathEvent } from './events.repository.js';
import { hashFollowUpCode } from './follow-up-code-hash.js';
import type {
  CompleteSessionResponse,
  CreateSessionBody,
  EventResult,
  IngestEventsResponse,
} from './sessions.dto.js';
import { VisitorSessionsRepository } from './visitor-sessions.repository.js';

const UNIQUE_VIOLATION = '23505';

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

  /**
   * Stores each new event once and answers for each event of the batch, in order: `stored`,
   * `duplicate` (already stored: acknowledged too) or `rejected` with a code. Only an unknown session
   * fails the whole request. A completed visit acknowledges what it already holds and refuses new ids.
   */
  async ingest(sessionId: string, batch: readonly unknown[]): Promise<IngestEventsResponse> {
    const results: EventResult[] = new Array(batch.length);
    const accepted: ValidEvent[] = [];
    const acceptedAt: number[] = [];
    const firstIndexOf = new Map<string, number>();
    const sameAs: [number, number][] = [];
    for (let i = 0; i < batch.length; i++) {
      const parsed = parseEvent(batch[i], sessionId);
      if (!parsed.ok) {
        results[i] = { id: parsed.id, status: 'rejected', code: parsed.code, message: parsed.message };
        continue;
      }
      const event = parsed.event;
      const first = firstIndexOf.get(event.id);
      if (first !== undefined) {
        const kept = accepted[first]!;
        if (
          kept.seq === event.seq &&
          kept.type === event.type &&
          kept.at === event.at &&
          kept.payloadJson === event.payloadJson
        )
          sameAs.push([i, acceptedAt[first]!]);
        else results[i] = rejected(event.id, 'EVENT_DUPLICATE_IN_BATCH');
        continue;
      }
      firstIndexOf.set(event.id, accepted.length);
      accepted.push(event);
      acceptedAt.push(i);
    }

    const outcome = await this.events.append(sessionId, accepted);
    if (outcome.status === null) throw new DomainError('SESSION_NOT_FOUND');

    const owners = await this.events.findOwners([...outcome.skipped]);
    for (let k = 0; k < accepted.length; k++) {
      const id = accepted[k]!.id;
      const i = acceptedAt[k]!;
      if (!outcome.skipped.has(id)) results[i] = { id, status: 'stored' };
      else {
        const owner = owners.get(id);
        if (owner === sessionId) results[i] = { id, status: 'duplicate' };
        else if (owner !== undefined) results[i] = rejected(id, 'EVENT_SESSION_MISMATCH');
        else if (outcome.status === 'completed') results[i] = rejected(id, 'SESSION_COMPLETED');
        // Skipped, yet no event has its id: another event of the session has its seq.
        else results[i] = rejected(id, 'EVENT_SEQ_TAKEN');
      }
    }
    for (const [i, first] of sameAs)
      results[i] = {
        ...results[first]!,
        ...(results[first]!.status === 'stored' ? { status: 'duplicate' } : {}),
      };
    return { results };
  }

  /**
   * The authoritative scores: the first successful call replays the stored choice path against the
   * pinned version and freezes the result; later calls return it unchanged (no replay).
   */
  async complete(sessionId: string): Promise<CompleteSessionResponse> {
    return this.sessions.withLock(sessionId, async (session, manager) => {
      if (!session) throw new DomainError('SESSION_NOT_FOUND');
      if (session.status === 'completed')
        return storedResult(await this.scores.findForSession(sessionId, manager));

      const version = (await this.scenarios.findVersion(session.scenarioId, session.versionId))!;
      const competencies = (
        (version.referentiel as { competences?: { id: string }[] }).competences ?? []
      ).map((c) => c.id);
      const path = choicePath(await this.events.findChoicePathEvents(sessionId, manager));
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
      await this.scores.saveCompletion(manager, sessionId, rows);
      return { scores: result.scores, maxScores };
    });
  }
}

function rejected(id: string, code: ErrorCode): EventResult {
  return { id, status: 'rejected', code, message: ERROR_MESSAGE[code] };
}

/** The frozen result of a completed visit, as its first completion returned it. */
function storedResult(
  rows: readonly { competency: string; score: number; maxScore: number }[],
): CompleteSessionResponse {
  const scores: Record<string, number> = {};
  const maxScores: Record<string, number> = {};
  for (const row of rows) {
    scores[row.competency] = row.score;
    maxScores[row.competency] = row.maxScore;
  }
  return { scores, maxScores };
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
      // What was heard before the step's choice was first received.
      if (
        !steps.has(step) &&
        typeof event.payload.transcript === 'string' &&
        event.payload.choiceIndex !== null
      )
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
