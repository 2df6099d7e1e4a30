import { MigrationInterface, QueryRunner } from 'typeorm';

// Anonymous rollups of the funder reports (issue #12). Kept up to date in the same transaction as the
// write they count (session opened, visit completed, demographics answered), they are the only thing
// that survives the retention purges and a visitor's erasure: no visit id, no code, month grain.
// `site_id` is the nil UUID for a visit opened without a paired headset; an answer skipped is '-'
// (satisfaction 0). No foreign key: a rollup outlives the rows it counted. Never edit once landed.

export class CreateReportRollups1797100000000 implements MigrationInterface {
  name = 'CreateReportRollups1797100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "report_visits" (
        "month" date NOT NULL,
        "site_id" uuid NOT NULL,
        "scenario_id" text NOT NULL,
        "started" integer NOT NULL DEFAULT 0,
        "completed" integer NOT NULL DEFAULT 0,
        "duration_seconds" bigint NOT NULL DEFAULT 0,
        "participants" integer NOT NULL DEFAULT 0,
        CONSTRAINT "pk_report_visits" PRIMARY KEY ("month", "site_id", "scenario_id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "report_answers" (
        "month" date NOT NULL,
        "site_id" uuid NOT NULL,
        "scenario_id" text NOT NULL,
        "question" text NOT NULL,
        "answer" text NOT NULL,
        "participants" integer NOT NULL DEFAULT 0,
        CONSTRAINT "pk_report_answers" PRIMARY KEY ("month", "site_id", "scenario_id", "question", "answer"),
        CONSTRAINT "ck_report_answers_question"
          CHECK ("question" IN ('gender', 'ageBand', 'situation', 'education', 'satisfaction'))
      )`);
    await queryRunner.query(`
      CREATE TABLE "report_competencies" (
        "month" date NOT NULL,
        "site_id" uuid NOT NULL,
        "scenario_id" text NOT NULL,
        "competency" text NOT NULL,
        "visits" integer NOT NULL DEFAULT 0,
        "score_sum" bigint NOT NULL DEFAULT 0,
        "max_sum" bigint NOT NULL DEFAULT 0,
        CONSTRAINT "pk_report_competencies" PRIMARY KEY ("month", "site_id", "scenario_id", "competency")
      )`);
    // The anonymised per-visit export (admins), one row per stored visit, kept by the same writes so
    // that the export is one scan. Unlike the rollups it is raw data of the visit: keyed by the session,
    // deleted with it (retention purge, erasure) by the foreign key; the export never prints the key.
    await queryRunner.query(`
      CREATE TABLE "report_visit_rows" (
        "session_id" uuid NOT NULL,
        "month" text NOT NULL,
        "site_id" uuid,
        "scenario_id" text NOT NULL,
        "status" text NOT NULL DEFAULT 'commencée',
        "duration_minutes" numeric(5, 1),
        "gender" text,
        "age_band" text,
        "situation" text,
        "education" text,
        "satisfaction" smallint,
        "scores" text,
        CONSTRAINT "pk_report_visit_rows" PRIMARY KEY ("session_id"),
        CONSTRAINT "fk_report_visit_rows_session" FOREIGN KEY ("session_id")
          REFERENCES "visitor_sessions"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX "ix_report_visit_rows_month" ON "report_visit_rows" ("month")`);
    await queryRunner.query(`
      INSERT INTO report_visit_rows (session_id, month, site_id, scenario_id, status, duration_minutes,
                                     gender, age_band, situation, education, satisfaction, scores)
      SELECT s.id, to_char(s.started_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM'), s.site_id, s.scenario_id,
             CASE s.status WHEN 'completed' THEN 'terminée' ELSE 'commencée' END,
             CASE WHEN s.status = 'completed' THEN round(LEAST(10800, GREATEST(0,
               extract(epoch FROM s.completed_at - s.started_at))) / 60.0, 1) END,
             CASE d.gender WHEN 'non renseigné' THEN 'non-renseigne' ELSE d.gender END,
             d.age_band, d.situation, d.education, d.satisfaction,
             (SELECT string_agg(c.competency || '=' || c.score || '/' || c.max_score, '|' ORDER BY c.competency)
                FROM competency_scores c WHERE c.session_id = s.id)
        FROM visitor_sessions s LEFT JOIN demographics d ON d.session_id = s.id`);
    // Visits already stored when this lands: counted once, here (the writes count the later ones).
    await queryRunner.query(`
      INSERT INTO report_visits (month, site_id, scenario_id, started, completed, duration_seconds, participants)
      SELECT date_trunc('month', s.started_at AT TIME ZONE 'Europe/Paris')::date,
             COALESCE(s.site_id, '00000000-0000-0000-0000-000000000000'), s.scenario_id,
             count(*), count(*) FILTER (WHERE s.status = 'completed'),
             COALESCE(sum(LEAST(10800, GREATEST(0, extract(epoch FROM s.completed_at - s.started_at))))
               FILTER (WHERE s.status = 'completed'), 0)::bigint,
             count(d.session_id)
        FROM visitor_sessions s LEFT JOIN demographics d ON d.session_id = s.id
       GROUP BY 1, 2, 3`);
    await queryRunner.query(`
      INSERT INTO report_answers (month, site_id, scenario_id, question, answer, participants)
      SELECT date_trunc('month', s.started_at AT TIME ZONE 'Europe/Paris')::date,
             COALESCE(s.site_id, '00000000-0000-0000-0000-000000000000'), s.scenario_id, q.question, q.answer, count(*)
        FROM visitor_sessions s JOIN demographics d ON d.session_id = s.id
       CROSS JOIN LATERAL (VALUES
         ('gender', COALESCE(CASE d.gender WHEN 'non renseigné' THEN 'non-renseigne' ELSE d.gender END, '-')),
         ('ageBand', COALESCE(d.age_band, '-')),
         ('situation', COALESCE(d.situation, '-')),
         ('education', COALESCE(d.education, '-')),
         ('satisfaction', COALESCE(d.satisfaction::text, '-'))) AS q(question, answer)
       GROUP BY 1, 2, 3, 4, 5`);
    await queryRunner.query(`
      INSERT INTO report_competencies (month, site_id, scenario_id, competency, visits, score_sum, max_sum)
      SELECT date_trunc('month', s.started_at AT TIME ZONE 'Europe/Paris')::date,
             COALESCE(s.site_id, '00000000-0000-0000-0000-000000000000'), s.scenario_id, c.competency,
             count(*), sum(c.score), sum(c.max_score)
        FROM visitor_sessions s JOIN competency_scores c ON c.session_id = s.id
       WHERE s.status = 'completed'
       GROUP BY 1, 2, 3, 4`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "report_visit_rows"`);
    await queryRunner.query(`DROP TABLE "report_competencies"`);
    await queryRunner.query(`DROP TABLE "report_answers"`);
    await queryRunner.query(`DROP TABLE "report_visits"`);
  }
}
