import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EventInput } from './sessions.dto.js';

export interface PathEvent {
  type: 'choice.made' | 'utterance.heard';
  seq: number;
  payload: Record<string, unknown>;
}

@Injectable()
export class EventsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /**
   * Appends the events of one session in one multi-row statement; events already stored are
   * skipped (`uq_event_id`). Returns the ids this call inserted.
   */
  async appendIgnoringDuplicates(sessionId: string, events: readonly EventInput[]): Promise<string[]> {
    if (events.length === 0) return [];
    const rows = (await this.dataSource.query(
      `INSERT INTO events (id, session_id, seq, type, at, payload)
       SELECT e.id, $1::uuid, e.seq, e.type, e.at, e.payload
         FROM unnest($2::uuid[], $3::int[], $4::text[], $5::timestamptz[], $6::jsonb[]) AS e(id, seq, type, at, payload)
       ON CONFLICT ON CONSTRAINT uq_event_id DO NOTHING
       RETURNING id`,
      [
        sessionId,
        events.map((e) => e.id),
        events.map((e) => e.seq),
        events.map((e) => e.type),
        events.map((e) => e.at),
        events.map((e) => JSON.stringify(e.payload)),
      ],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /** Among these event ids, those stored for another session. */
  async findIdsOwnedByOtherSession(sessionId: string, ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = (await this.dataSource.query(
      `SELECT id FROM events WHERE id = ANY($1::uuid[]) AND session_id <> $2`,
      [ids, sessionId],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /** `choice.made` and `utterance.heard` events of a session, by step then seq. */
  async findChoicePathEvents(sessionId: string): Promise<PathEvent[]> {
    return (await this.dataSource.query(
      `SELECT type, seq, payload FROM events
        WHERE session_id = $1 AND type IN ('choice.made', 'utterance.heard')
        ORDER BY (payload->>'step')::int, seq`,
      [sessionId],
    )) as PathEvent[];
  }
}
