import { Injectable } from '@nestjs/common';
import {
  DialogueRunner,
  PreparedStory,
  isEngineError,
  type StoryChoice,
} from '../../../../engine/src/index.js';
import { DomainError } from '../../common/domain-error.js';
import { ScenariosRepository } from '../scenarios/scenarios.repository.js';
import { EventsRepository, type PathEvent } from '../sessions/events.repository.js';
import { VisitorSessionsRepository } from '../sessions/visitor-sessions.repository.js';

/** The decision a live session is at, rebuilt on the server from the story (never from the client). */
export interface Decision {
  versionId: string;
  step: number;
  choices: StoryChoice[];
  /** The character's last line before the choices (context for the LLM). */
  line: string;
}

// Parsed stories by version id: versions are immutable, and a parse costs more than a replay.
const PREPARED_LIMIT = 32;

@Injectable()
export class DecisionService {
  private readonly prepared = new Map<string, PreparedStory>();

  constructor(
    private readonly sessions: VisitorSessionsRepository,
    private readonly events: EventsRepository,
    private readonly scenarios: ScenariosRepository,
  ) {}

  /**
   * Replays the session's stored choice path on its pinned version and returns the choices offered
   * at `step`. Refuses a completed session, and a step that is not the one the session is at.
   */
  async decisionAt(sessionId: string, step: number): Promise<Decision> {
    const session = await this.sessions.findById(sessionId);
    if (!session) throw new DomainError('SESSION_NOT_FOUND');
    if (session.status === 'completed') throw new DomainError('MAP_CHOICE_SESSION_COMPLETED');
    const path = madeChoices(await this.events.findChoicePathEvents(sessionId));
    if (step !== path.length)
      throw new DomainError('MAP_CHOICE_STEP_MISMATCH', undefined, { step, currentStep: path.length });
    const version = await this.scenarios.findVersion(session.scenarioId, session.versionId);
    if (!version) throw new DomainError('VERSION_NOT_FOUND');

    const runner = new DialogueRunner(this.preparedStory(version.id, version.compiledJson));
    try {
      let turn = runner.next();
      let line = turn.lines.at(-1)?.text ?? '';
      for (const index of path) {
        if (turn.ended) break;
        runner.choose(index);
        turn = runner.next();
        line = turn.lines.at(-1)?.text ?? line;
      }
      if (turn.ended) throw new DomainError('MAP_CHOICE_STEP_MISMATCH', undefined, { step });
      return { versionId: version.id, step, choices: turn.choices, line };
    } catch (error) {
      if (isEngineError(error) && error.code === 'INVALID_CHOICE')
        throw new DomainError('CHOICE_PATH_INVALID', undefined, error.details);
      throw error;
    }
  }

  private preparedStory(versionId: string, compiledJson: string): PreparedStory {
    let story = this.prepared.get(versionId);
    if (!story) {
      story = new PreparedStory(compiledJson);
      if (this.prepared.size >= PREPARED_LIMIT) this.prepared.delete(this.prepared.keys().next().value!);
      this.prepared.set(versionId, story);
    }
    return story;
  }
}

/** Choice indices of steps 0, 1, … as far as they are contiguous (first received wins). */
function madeChoices(events: readonly PathEvent[]): number[] {
  const byStep = new Map<number, number>();
  for (const event of events) {
    if (event.type !== 'choice.made') continue;
    const step = Number(event.payload.step);
    if (!byStep.has(step)) byStep.set(step, Number(event.payload.choiceIndex));
  }
  const path: number[] = [];
  while (byStep.has(path.length)) path.push(byStep.get(path.length)!);
  return path;
}
