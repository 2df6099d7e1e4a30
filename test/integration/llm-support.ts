// Shared by the map-choice integration tests: a visit of the fixture scenario stored through the
// real sessions API, so the server rebuilds the offered choices from what it has.
import { aSession, anEvent, choiceEvents } from './support/factories.js';
import type { TestApp } from './support/test-app.js';

export interface Visit {
  sessionId: string;
  /** Stores `choice.made` for the next steps (as the headset's outbox would). */
  choose(...choices: number[]): Promise<void>;
  complete(): Promise<{ scores: Record<string, number> }>;
}

export async function startVisit(t: TestApp): Promise<Visit> {
  const catalog = await t.api('GET', '/api/v1/catalog');
  const { id: scenarioId, versionId } = catalog.body.scenarios[0];
  const session = aSession({ scenarioId, versionId });
  const created = await t.api('POST', '/api/v1/sessions', { body: session });
  if (created.status !== 201) throw new Error(`session not created: ${created.status}`);
  const made: number[] = [];
  let seq = 0;
  const post = async (events: ReturnType<typeof anEvent>[]) => {
    const res = await t.api('POST', `/api/v1/sessions/${session.id}/events`, { body: { events } });
    if (res.status !== 200) throw new Error(`events refused: ${res.status} ${JSON.stringify(res.body)}`);
  };
  await post([anEvent({ seq: seq++, type: 'session.started', payload: { scenarioId, versionId } })]);
  return {
    sessionId: session.id,
    async choose(...choices) {
      const events = choiceEvents([...made, ...choices])
        .slice(made.length)
        .map((e) => ({ ...e, seq: seq++ }));
      made.push(...choices);
      await post(events);
    },
    async complete() {
      const res = await t.api('POST', `/api/v1/sessions/${session.id}/complete`, { body: {} });
      if (res.status !== 200) throw new Error(`not completed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    },
  };
}

export interface MapChoiceBody {
  choiceIndex: number | null;
  via: string;
  outcome: string;
}
