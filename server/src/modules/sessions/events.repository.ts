import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import type { ValidEvent } from './event-schemas.js';

export interface PathEvent {
  type: 'choice.made' | 'utterance.heard';
  payload: Record<string, unknown>;
}

export interface AppendOutcome {
  /** Null when the session does not exist. */
  status: 'started' | 'completed' | null;
  /** Events stored for the session before this call. */
  countBefore: number;
  /** Ids this call inserted (lower case). */
  inserted: Set<string>;
}

// One statement, one round trip, one commit: lock the session row (a batch and the completion of
// the same session never interleave), insert what is new in the order received (the identity
// column `position` is the arrival order), within the session's ceiling, and count it.
// Named, so Postgres parses and plans it once per connection.
const APPEND = {
  name: 'eclore-events-append',
  text: `
    WITH s AS (
      SELECT status, event_count FROM visitor_sessions WHERE id = $1 FOR NO KEY UPDATE
    ), ins AS (
      INSERT INTO events (id, session_id, seq, type, at, payload)
      SELECT e.id, $1, e.seq, e.type, e.at, e.payload::jsonb
        FROM unnest($2::uuid[], $3::int[], $4::text[], $5::timestamptz[], $6::text[])
             WITH ORDINALITY AS e(id, seq, type, at, payload, ord), s
       WHERE s.status = 'started' AND e.ord <= $7::int - s.event_count
       ORDER BY e.ord
      ON CONFLICT ON CONSTRAINT uq_event_id DO NOTHING
      RETURNING id
    ), counted AS (
      UPDATE visitor_sessions SET event_count = event_count + (SELECT count(*) FROM ins)
       WHERE id = $1 AND EXISTS (SELECT 1 FROM ins)
    )
    SELECT s.status, s.event_count, ARRAY(SELECT id::text FROM ins) AS inserted FROM s`,
};

@Injectable()
export class EventsRepository {
  /** The driver's pool: the hot path skips the ORM layer. */
  private readonly pool: Pool;

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {
    this.pool = (dataSource.driver as unknown as { master: Pool }).master;
  }

  /**
   * Appends the new events of one session (already stored ids are skipped, `uq_event_id`) unless
   * the session is completed, and never past `ceiling` events for the session.
   */
  async append(sessionId: string, events: readonly ValidEvent[], ceiling: number): Promise<AppendOutcome> {
    const ids: string[] = new Array(events.length);
    const seqs: number[] = new Array(events.length);
    const types: string[] = new Array(events.length);
    const ats: string[] = new Array(events.length);
    const payloads: string[] = new Array(events.length);
    for (let i = 0; i < events.length; i++) {
      const event = events[i]!;
      ids[i] = event.id;
      seqs[i] = event.seq;
      types[i] = event.type;
      ats[i] = event.at;
      payloads[i] = event.payloadJson;
    }
    const { rows } = await this.pool.query<{
      status: 'started' | 'completed';
      event_count: number;
      inserted: string[];
    }>({ ...APPEND, values: [sessionId, ids, seqs, types, ats, payloads, ceiling] });
    const row = rows[0];
    if (!row) return { status: null, countBefore: 0, inserted: new Set() };
    return { status: row.status, countBefore: row.event_count, inserted: new Set(row.inserted) };
  }

  /** Which of these event ids are stored, and for which session. */
  async findOwners(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const { rows } = await this.pool.query<{ id: string; session_id: string }>(
      'SELECT id::text, session_id::text FROM events WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.session_id]));
  }

  /**
   * `choice.made` and `utterance.heard` events of a session in arrival order (first received
   * wins, whatever `seq` says).
   */
  async findChoicePathEvents(sessionId: string, manager?: EntityManager): Promise<PathEvent[]> {
    return (manager ?? this.dataSource.manager).query(
      `SELECT type, payload FROM events
        WHERE session_id = $1 AND type IN ('choice.made', 'utterance.heard')
        ORDER BY position`,
      [sessionId],
    ) as Promise<PathEvent[]>;
  }
}
