// Visits a headset would record: a random path through the story, with the events the headset app
// emits for it (docs/contracts.md « Events »), and the scores the engine's replay gives that path.
import { randomUUID } from 'node:crypto';
import { DialogueRunner, generateFollowUpCode, replay, type StoryJson } from '../../engine/src/index.js';

export interface ChaosEvent {
  id: string;
  seq: number;
  type: string;
  at: string;
  payload: Record<string, unknown>;
}

export interface Visit {
  session: { id: string; scenarioId: string; versionId: string; followUpCode: string; startedAt: string };
  events: ChaosEvent[];
  /** What the engine's replay of the path gives (the server must answer the same). */
  expectedScores: Record<string, number>;
}

export interface PublishedVersion {
  scenarioId: string;
  versionId: string;
  story: StoryJson;
  competencies: string[];
}

/** One visit with choices drawn by `random`. */
export function recordVisit(version: PublishedVersion, random: () => number): Visit {
  const session = {
    id: randomUUID(),
    scenarioId: version.scenarioId,
    versionId: version.versionId,
    followUpCode: generateFollowUpCode(),
    startedAt: new Date().toISOString(),
  };
  const events: ChaosEvent[] = [];
  const emit = (type: string, payload: Record<string, unknown>) =>
    events.push({ id: randomUUID(), seq: events.length, type, at: new Date().toISOString(), payload });
  emit('session.started', { scenarioId: version.scenarioId, versionId: version.versionId });

  const runner = new DialogueRunner(version.story, { competencies: version.competencies });
  const choices: number[] = [];
  let turn = runner.next();
  for (;;) {
    for (const line of turn.lines)
      emit('line.shown', {
        lineId: line.lineId,
        ...(line.speaker ? { speaker: line.speaker } : {}),
        text: line.text,
      });
    if (turn.ended) break;
    const step = runner.step;
    emit('choice.offered', {
      step,
      path: runner.decisionPath ?? '',
      choices: turn.choices.map((c) => ({ index: c.index, text: c.text })),
    });
    const index = Math.floor(random() * turn.choices.length);
    emit('choice.made', {
      step,
      choiceIndex: index,
      choiceText: turn.choices[index].text,
      method: 'pointer',
    });
    choices.push(index);
    runner.choose(index);
    turn = runner.next();
  }
  const expectedScores = replay(version.story, choices, { competencies: version.competencies }).scores;
  emit('session.ended', { clientScores: runner.scores() });
  return { session, events, expectedScores };
}

/** Same non-zero scores on both sides (a side may omit a competency at 0). */
export function sameScores(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a[key] ?? 0) === (b[key] ?? 0));
}

/** A seeded pseudo-random generator (mulberry32), so a failing run can be replayed with --seed. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
