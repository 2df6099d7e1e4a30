import { NO_SITE } from './rollups.js';

// The report's reads, over the rollups only (never the raw visit tables: those are purged), apart so
// that `npm run bench` runs the very same statements. Parameters of each: $1 first month, $2 last month
// (dates, first day of the month), $3 site ids (uuid[], null = every site), $4 scenario ids (text[],
// null = every scenario).

const WHERE = `month BETWEEN $1::date AND $2::date
   AND ($3::uuid[] IS NULL OR site_id = ANY($3::uuid[]))
   AND ($4::text[] IS NULL OR scenario_id = ANY($4::text[]))`;

export interface VisitRollupRow {
  site_id: string;
  scenario_id: string;
  started: number;
  completed: number;
  duration_seconds: number;
  participants: number;
}

export const REPORT_VISITS = {
  name: 'eclore-report-visits',
  text: `SELECT site_id::text, scenario_id, sum(started)::int AS started, sum(completed)::int AS completed,
                sum(duration_seconds)::float8 AS duration_seconds, sum(participants)::int AS participants
           FROM report_visits WHERE ${WHERE} GROUP BY site_id, scenario_id`,
};

export interface AnswerRollupRow {
  site_id: string;
  question: string;
  answer: string;
  participants: number;
}

export const REPORT_ANSWERS = {
  name: 'eclore-report-answers',
  text: `SELECT site_id::text, question, answer, sum(participants)::int AS participants
           FROM report_answers WHERE ${WHERE} GROUP BY site_id, question, answer`,
};

export interface CompetencyRollupRow {
  scenario_id: string;
  competency: string;
  visits: number;
  score_sum: number;
  max_sum: number;
}

export const REPORT_COMPETENCIES = {
  name: 'eclore-report-competencies',
  text: `SELECT scenario_id, competency, sum(visits)::int AS visits,
                sum(score_sum)::float8 AS score_sum, sum(max_sum)::float8 AS max_sum
           FROM report_competencies WHERE ${WHERE} GROUP BY scenario_id, competency`,
};

/**
 * The anonymised per-visit dataset, for `COPY … TO STDOUT` (CSV, « ; », header): month, site, sector,
 * scenario, status, duration, the five answers, and the scores as `competency=score/max` separated by
 * « | ». No id, no code, no date finer than the month, no free text. One scan of `report_visit_rows`
 * (kept by the writes of rollups.ts, deleted with each visit). Months `YYYY-MM-01` as elsewhere; the
 * values are inlined (COPY takes no parameters): ids checked by the caller, quotes escaped anyway.
 */
export interface ExportNames {
  sites: readonly { id: string; name: string }[];
  scenarios: readonly { id: string; sector: string }[];
}

export function visitsCopySql(
  from: string,
  to: string,
  siteIds: string[] | null,
  scenarioIds: string[] | null,
  names: ExportNames,
): string {
  const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;
  const array = (values: string[], type: string) => `ARRAY[${values.map(literal).join(',')}]::${type}[]`;
  // Names from the few sites and scenarios, inlined: a CASE per row is cheaper than two joins per row.
  const site = `CASE WHEN r.site_id IS NULL THEN 'Sans site' ${names.sites
    .map((s) => `WHEN r.site_id = ${literal(s.id)}::uuid THEN ${literal(s.name)}`)
    .join(' ')} ELSE 'Site supprimé' END`;
  const sector = names.scenarios.length
    ? `CASE r.scenario_id ${names.scenarios.map((s) => `WHEN ${literal(s.id)} THEN ${literal(s.sector)}`).join(' ')} END`
    : 'NULL';
  return `COPY (
    SELECT r.month AS mois, ${site} AS site, ${sector} AS secteur, r.scenario_id AS scenario,
           r.status AS statut, r.duration_minutes AS duree_minutes, r.gender AS genre, r.age_band AS tranche_age,
           r.situation, r.education AS niveau_etudes, r.satisfaction, r.scores
      FROM report_visit_rows r
     WHERE r.month BETWEEN ${literal(from.slice(0, 7))} AND ${literal(to.slice(0, 7))}
       ${siteIds ? `AND (r.site_id = ANY(${array(siteIds, 'uuid')})${siteIds.includes(NO_SITE) ? ' OR r.site_id IS NULL' : ''})` : ''}
       ${scenarioIds ? `AND r.scenario_id = ANY(${array(scenarioIds, 'text')})` : ''}
  ) TO STDOUT WITH (FORMAT csv, DELIMITER ';', HEADER true)`;
}
