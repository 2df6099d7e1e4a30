import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import type { ValidEvent } from './event-schemas.js';
import { APPEND_EVENTS } from './events.sql.js';

export interface PathEvent {
  type: 'choice.made' | 'utterance.heard';
  payload: Record<string, unknown>;
}

export interface AppendOutcome {
  /** Null when the session does not exist. */
  status: 'started' | 'completed' | null;
  /** How many events this call inserted. */
  inserted: number;
  /** Ids (lower case) of the events this call did not insert. */
  skipped: Set<string>;
}

@Injectable()
export class EventsRepository {
  /** The driver's pool: the hot path skips the ORM layer. */
  private readonly pool: Pool;

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {
    this.pool = (dataSource.driver as unknown as { master: Pool }).master;
  }

  /**
   * Appends the new events of one session unless it is completed; ids already stored and seqs
   * already taken in the session are skipped.
   */
  async append(sessionId: string, events: readonly ValidEvent[]): Promise<AppendOutcome> {
    const ids: string[] = new Array(events.length);
    const seqs: number[] = new Array(events.length);
    const types: string[] = new Array(events.length);
    const ats: string[] = new Array(events.length);
    let payloads = '[';
    for (let i = 0; i < events.length; i++) {
      const event = events[i]!;
      ids[i] = event.id;
      seqs[i] = event.seq;
      types[i] = event.type;
      ats[i] = event.at;
      payloads += i === 0 ? event.payloadJson : `,${event.payloadJson}`;
    }
    payloads += ']';
    const { rows } = await this.pool.query<{
      status: 'started' | 'completed';
      inserted: number;
      skipped: string[];
    }>({ ...APPEND_EVENTS, values: [sessionId, ids, seqs, types, ats, payloads] });
    const row = rows[0];
    if (!row) return { status: null, inserted: 0, skipped: new Set() };
    return { status: row.status, inserted: row.inserted, skipped: new Set(row.skipped) };
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
