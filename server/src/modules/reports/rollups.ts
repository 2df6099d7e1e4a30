// Writes of the anonymous report rollups (migration CreateReportRollups), each run inside the
// transaction of the write it counts, so that a count can neither be lost nor doubled:
// - a visit is counted as started by the statement that creates its session (nothing when it exists);
// - as completed by its first completion (under the session row lock; later calls return early);
// - its answers by each demographics post, as the difference with the answers it replaces.
// Every figure is attributed to the month (Europe/Paris) the visit started, its site and scenario.
// Nothing here holds a visit id or code.

/** Anything that runs SQL in the caller's transaction (an EntityManager, a pg client). */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** The site key of a visit opened without a paired headset. */
export const NO_SITE = '00000000-0000-0000-0000-000000000000';
/** An answer skipped (satisfaction included). */
export const SKIPPED = '-';

/** The rollup month of a `timestamptz` SQL expression. */
export const monthOf = (expression: string) =>
  `date_trunc('month', ${expression} AT TIME ZONE 'Europe/Paris')::date`;

/** Seconds counted for a completed visit: clamped to [0, 3 h] (clocks of headsets can be wrong). */
export const durationOf = (started: string, completed: string) =>
  `LEAST(10800, GREATEST(0, extract(epoch FROM ${completed} - ${started})))::bigint`;

/**
 * A CTE step counting as started the sessions returned by the CTE `source`
 * (columns started_at, site_id, scenario_id).
 */
export const countStartedFrom = (source: string) => `
  INSERT INTO report_visits (month, site_id, scenario_id, started)
  SELECT ${monthOf('started_at')}, COALESCE(site_id, '${NO_SITE}'), scenario_id, count(*)
    FROM ${source} GROUP BY 1, 2, 3
  ON CONFLICT ON CONSTRAINT pk_report_visits DO UPDATE SET started = report_visits.started + EXCLUDED.started`;

/**
 * A CTE step adding the sessions returned by the CTE `source` (columns id, started_at, site_id,
 * scenario_id) to the per-visit export table (`report_visit_rows`: raw data of the visit, deleted with it).
 */
export const listVisitsFrom = (source: string) => `
  INSERT INTO report_visit_rows (session_id, month, site_id, scenario_id)
  SELECT id, to_char(started_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM'), site_id, scenario_id FROM ${source}
  ON CONFLICT ON CONSTRAINT pk_report_visit_rows DO NOTHING`;

/** Counts a visit's completion and its scores (call once, when it becomes completed). */
export async function countCompletion(db: Queryable, sessionId: string): Promise<void> {
  await db.query(
    `INSERT INTO report_visits (month, site_id, scenario_id, completed, duration_seconds)
     SELECT ${monthOf('started_at')}, COALESCE(site_id, '${NO_SITE}'), scenario_id, 1,
            ${durationOf('started_at', 'COALESCE(completed_at, now())')}
       FROM visitor_sessions WHERE id = $1
     ON CONFLICT ON CONSTRAINT pk_report_visits DO UPDATE SET
       completed = report_visits.completed + 1,
       duration_seconds = report_visits.duration_seconds + EXCLUDED.duration_seconds`,
    [sessionId],
  );
  await db.query(
    `INSERT INTO report_competencies (month, site_id, scenario_id, competency, visits, score_sum, max_sum)
     SELECT ${monthOf('s.started_at')}, COALESCE(s.site_id, '${NO_SITE}'), s.scenario_id, c.competency,
            1, c.score, c.max_score
       FROM visitor_sessions s JOIN competency_scores c ON c.session_id = s.id
      WHERE s.id = $1
     ON CONFLICT ON CONSTRAINT pk_report_competencies DO UPDATE SET
       visits = report_competencies.visits + 1,
       score_sum = report_competencies.score_sum + EXCLUDED.score_sum,
       max_sum = report_competencies.max_sum + EXCLUDED.max_sum`,
    [sessionId],
  );
  await db.query(
    `UPDATE report_visit_rows r SET
       status = 'terminée',
       duration_minutes = round(${durationOf('s.started_at', 'COALESCE(s.completed_at, now())')} / 60.0, 1),
       scores = (SELECT string_agg(c.competency || '=' || c.score || '/' || c.max_score, '|' ORDER BY c.competency)
                   FROM competency_scores c WHERE c.session_id = s.id)
       FROM visitor_sessions s WHERE s.id = $1 AND r.session_id = s.id`,
    [sessionId],
  );
}

/** The five questions, as the rollup names them, with the stored answer ('-' when skipped). */
export type AnswerSet = Record<'gender' | 'ageBand' | 'situation' | 'education' | 'satisfaction', string>;

/**
 * Counts a session's answers: `previous` null for its first post (one more participant), else only
 * what changed moves (an identical post changes nothing, so a retried post is harmless). The caller
 * holds the session row lock, so two posts of one session are counted one after the other.
 */
export async function countAnswers(
  db: Queryable,
  sessionId: string,
  previous: AnswerSet | null,
  next: AnswerSet,
): Promise<void> {
  const questions: string[] = [];
  const answers: string[] = [];
  const deltas: number[] = [];
  for (const question of Object.keys(next) as (keyof AnswerSet)[]) {
    if (previous && previous[question] === next[question]) continue;
    if (previous) {
      questions.push(question);
      answers.push(previous[question]);
      deltas.push(-1);
    }
    questions.push(question);
    answers.push(next[question]);
    deltas.push(1);
  }
  const stored = (answer: string) => (answer === SKIPPED ? null : answer);
  await db.query(
    `UPDATE report_visit_rows SET gender = $2, age_band = $3, situation = $4, education = $5, satisfaction = $6
      WHERE session_id = $1`,
    [
      sessionId,
      stored(next.gender),
      stored(next.ageBand),
      stored(next.situation),
      stored(next.education),
      next.satisfaction === SKIPPED ? null : Number(next.satisfaction),
    ],
  );
  if (!previous)
    await db.query(
      `INSERT INTO report_visits (month, site_id, scenario_id, participants)
       SELECT ${monthOf('started_at')}, COALESCE(site_id, '${NO_SITE}'), scenario_id, 1
         FROM visitor_sessions WHERE id = $1
       ON CONFLICT ON CONSTRAINT pk_report_visits DO UPDATE SET
         participants = report_visits.participants + 1`,
      [sessionId],
    );
  if (questions.length === 0) return;
  await db.query(
    `INSERT INTO report_answers (month, site_id, scenario_id, question, answer, participants)
     SELECT ${monthOf('s.started_at')}, COALESCE(s.site_id, '${NO_SITE}'), s.scenario_id, q.question, q.answer, q.delta
       FROM visitor_sessions s,
            unnest($2::text[], $3::text[], $4::int[]) AS q(question, answer, delta)
      WHERE s.id = $1
     ON CONFLICT ON CONSTRAINT pk_report_answers DO UPDATE SET
       participants = report_answers.participants + EXCLUDED.participants`,
    [sessionId, questions, answers, deltas],
  );
}
