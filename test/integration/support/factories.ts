import { randomUUID } from 'node:crypto';
import { generateFollowUpCode } from '../../../engine/src/follow-up-code.js';

export interface SessionBody {
  id: string;
  scenarioId: string;
  versionId: string;
  followUpCode: string;
  startedAt: string;
}

export interface EventBody {
  id: string;
  seq: number;
  type: string;
  at: string;
  payload: Record<string, unknown>;
}

export function aSession(
  overrides: Partial<SessionBody> & Pick<SessionBody, 'scenarioId' | 'versionId'>,
): SessionBody {
  return {
    id: randomUUID(),
    followUpCode: generateFollowUpCode(),
    startedAt: new Date().toISOString(),
    ...overrides,
  };
}

export function anEvent(overrides: Partial<EventBody> = {}): EventBody {
  return {
    id: randomUUID(),
    seq: 0,
    type: 'line.shown',
    at: new Date().toISOString(),
    payload: { lineId: 'l1', text: 'Bonjour.' },
    ...overrides,
  };
}

/** The `choice.made` events of a path (seq after a leading `session.started`). */
export function choiceEvents(choices: readonly number[], method = 'pointer'): EventBody[] {
  return choices.map((choiceIndex, step) =>
    anEvent({
      seq: step + 1,
      type: 'choice.made',
      payload: { step, choiceIndex, choiceText: `choix ${choiceIndex}`, method },
    }),
  );
}

/** A deterministic permutation (seeded LCG), so a failure replays identically. */
export function shuffled<T>(items: readonly T[], seed = 42): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
