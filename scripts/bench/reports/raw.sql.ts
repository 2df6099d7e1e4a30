// The report computed from the raw visit tables, in the shapes of the rollup reads (reports.sql.ts):
// the baseline of `npm run bench reports`, and what the seed's rollups are checked against. The app
// never runs these (raw rows are purged; the rollups are what lasts).
import { durationOf, monthOf, NO_SITE } from '../../../server/src/modules/reports/rollups.js';

const FROM = `visitor_sessions s`;
const WHERE = `${monthOf('s.started_at')} BETWEEN $1::date AND $2::date
   AND ($3::uuid[] IS NULL OR s.site_id = ANY($3::uuid[]))
   AND ($4::text[] IS NULL OR s.scenario_id = ANY($4::text[]))`;
const SITE = `COALESCE(s.site_id, '${NO_SITE}')::text`;

export const RAW_VISITS = `
  SELECT ${SITE} AS site_id, s.scenario_id, count(*)::int AS started,
         (count(*) FILTER (WHERE s.status = 'completed'))::int AS completed,
         COALESCE(sum(${durationOf('s.started_at', 's.completed_at')}) FILTER (WHERE s.status = 'completed'), 0)::float8
           AS duration_seconds,
         count(d.session_id)::int AS participants
    FROM ${FROM} LEFT JOIN demographics d ON d.session_id = s.id
   WHERE ${WHERE} GROUP BY 1, 2`;

export const RAW_ANSWERS = `
  SELECT ${SITE} AS site_id, q.question, q.answer, count(*)::int AS participants
    FROM ${FROM} JOIN demographics d ON d.session_id = s.id
   CROSS JOIN LATERAL (VALUES
     ('gender', COALESCE(CASE d.gender WHEN 'non renseigné' THEN 'non-renseigne' ELSE d.gender END, '-')),
     ('ageBand', COALESCE(d.age_band, '-')),
     ('situation', COALESCE(d.situation, '-')),
     ('education', COALESCE(d.education, '-')),
     ('satisfaction', COALESCE(d.satisfaction::text, '-'))) AS q(question, answer)
   WHERE ${WHERE} GROUP BY 1, 2, 3`;

export const RAW_COMPETENCIES = `
  SELECT s.scenario_id, c.competency, count(*)::int AS visits,
         sum(c.score)::float8 AS score_sum, sum(c.max_score)::float8 AS max_sum
    FROM ${FROM} JOIN competency_scores c ON c.session_id = s.id
   WHERE ${WHERE} AND s.status = 'completed' GROUP BY 1, 2`;

const MONTH = monthOf('s.started_at');

/** Fills the rollups from the seeded raw rows at once (the app counts them one write at a time). */
export const FILL_ROLLUPS = [
  `INSERT INTO report_visits (month, site_id, scenario_id, started, completed, duration_seconds, participants)
   SELECT ${MONTH}, COALESCE(s.site_id, '${NO_SITE}'), s.scenario_id, count(*),
          count(*) FILTER (WHERE s.status = 'completed'),
          COALESCE(sum(${durationOf('s.started_at', 's.completed_at')}) FILTER (WHERE s.status = 'completed'), 0),
          count(d.session_id)
     FROM visitor_sessions s LEFT JOIN demographics d ON d.session_id = s.id GROUP BY 1, 2, 3`,
  `INSERT INTO report_answers (month, site_id, scenario_id, question, answer, participants)
   SELECT ${MONTH}, COALESCE(s.site_id, '${NO_SITE}'), s.scenario_id, q.question, q.answer, count(*)
     FROM visitor_sessions s JOIN demographics d ON d.session_id = s.id
    CROSS JOIN LATERAL (VALUES
      ('gender', COALESCE(CASE d.gender WHEN 'non renseigné' THEN 'non-renseigne' ELSE d.gender END, '-')),
      ('ageBand', COALESCE(d.age_band, '-')),
      ('situation', COALESCE(d.situation, '-')),
      ('education', COALESCE(d.education, '-')),
      ('satisfaction', COALESCE(d.satisfaction::text, '-'))) AS q(question, answer)
    GROUP BY 1, 2, 3, 4, 5`,
  `INSERT INTO report_competencies (month, site_id, scenario_id, competency, visits, score_sum, max_sum)
   SELECT ${MONTH}, COALESCE(s.site_id, '${NO_SITE}'), s.scenario_id, c.competency, count(*), sum(c.score), sum(c.max_score)
     FROM visitor_sessions s JOIN competency_scores c ON c.session_id = s.id
    WHERE s.status = 'completed' GROUP BY 1, 2, 3, 4`,
  `INSERT INTO report_visit_rows (session_id, month, site_id, scenario_id, status, duration_minutes,
                                  gender, age_band, situation, education, satisfaction, scores)
   SELECT s.id, to_char(s.started_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM'), s.site_id, s.scenario_id,
          CASE s.status WHEN 'completed' THEN 'terminée' ELSE 'commencée' END,
          CASE WHEN s.status = 'completed' THEN round(${durationOf('s.started_at', 's.completed_at')} / 60.0, 1) END,
          CASE d.gender WHEN 'non renseigné' THEN 'non-renseigne' ELSE d.gender END,
          d.age_band, d.situation, d.education, d.satisfaction, c.scores
     FROM visitor_sessions s
     LEFT JOIN demographics d ON d.session_id = s.id
     LEFT JOIN (SELECT session_id, string_agg(competency || '=' || score || '/' || max_score, '|' ORDER BY competency) AS scores
                  FROM competency_scores GROUP BY session_id) c ON c.session_id = s.id`,
  'ANALYZE report_visits, report_answers, report_competencies, report_visit_rows',
];
