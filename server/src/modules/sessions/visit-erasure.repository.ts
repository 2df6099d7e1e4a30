import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** What an erased visit was, without anything that identifies the visitor (no id, no code, no day). */
export interface ErasedVisit {
  scenarioId: string;
  siteId: string | null;
  /** `YYYY-MM` of the visit's start, in Europe/Paris: the finest grain the audit log keeps. */
  month: string;
  /** Rows deleted per table (the visit's own row included). */
  rows: ErasedRows;
}

export interface ErasedRows {
  events: number;
  competencyScores: number;
  demographics: number;
  /** The per-visit line of the anonymised export (reports module). */
  reportRows: number;
  visitorSessions: number;
}

/**
 * Every table that holds a visit's data, children first. `visitor_sessions` carries the follow-up code hash,
 * `events` the choices and transcripts (`utterance.heard`), `competency_scores` the scores and their evidence
 * (transcripts again), `demographics` the optional answers, `report_visit_rows` the per-visit line of the
 * anonymised export (the anonymous rollups, without any id, are kept). The foreign keys also cascade (initial schema); the
 * deletes are explicit so that a table added later without `ON DELETE CASCADE` fails loudly here rather than
 * keeping data. Nothing else references a visit: `llm_cache` is keyed by prompt and options only, speech is never
 * stored, and the audit log never holds a code.
 */
const ERASE_STATEMENTS: readonly { table: keyof ErasedRows; sql: string }[] = [
  { table: 'events', sql: 'DELETE FROM events WHERE session_id = ANY($1::uuid[])' },
  { table: 'competencyScores', sql: 'DELETE FROM competency_scores WHERE session_id = ANY($1::uuid[])' },
  { table: 'demographics', sql: 'DELETE FROM demographics WHERE session_id = ANY($1::uuid[])' },
  { table: 'reportRows', sql: 'DELETE FROM report_visit_rows WHERE session_id = ANY($1::uuid[])' },
  { table: 'visitorSessions', sql: 'DELETE FROM visitor_sessions WHERE id = ANY($1::uuid[])' },
];

/**
 * Deletes every row of the visits `sessionIds` inside the caller's transaction and returns how many rows went per
 * table. The one SQL shape of an erasure: « Mes données », a counsellor's erasure on request and the retention
 * purge (which passes the ids of expired visits, in batches) all go through it.
 */
export async function eraseVisitRows(
  manager: EntityManager,
  sessionIds: readonly string[],
): Promise<ErasedRows> {
  const rows: ErasedRows = {
    events: 0,
    competencyScores: 0,
    demographics: 0,
    reportRows: 0,
    visitorSessions: 0,
  };
  if (sessionIds.length === 0) return rows;
  for (const { table, sql } of ERASE_STATEMENTS) {
    const [, count] = (await manager.query(sql, [sessionIds])) as [unknown[], number];
    rows[table] = count;
  }
  return rows;
}

@Injectable()
export class VisitErasureRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /**
   * Erases one visit in one transaction: locks its row (a concurrent events upload or completion waits, then finds
   * no visit), deletes its rows everywhere, then runs `then` in the same transaction (the audit entry: an erasure
   * is never committed without its log line). Null, and nothing done, when the visit does not exist (any more).
   */
  eraseVisit(
    sessionId: string,
    then?: (visit: ErasedVisit, manager: EntityManager) => Promise<void>,
  ): Promise<ErasedVisit | null> {
    return this.dataSource.transaction(async (manager) => {
      const [found] = (await manager.query(
        `SELECT scenario_id, site_id, to_char(started_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM') AS month
         FROM visitor_sessions WHERE id = $1 FOR UPDATE`,
        [sessionId],
      )) as { scenario_id: string; site_id: string | null; month: string }[];
      if (!found) return null;
      const visit: ErasedVisit = {
        scenarioId: found.scenario_id,
        siteId: found.site_id,
        month: found.month,
        rows: await eraseVisitRows(manager, [sessionId]),
      };
      if (then) await then(visit, manager);
      return visit;
    });
  }
}
