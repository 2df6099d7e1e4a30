import { MigrationInterface, QueryRunner } from 'typeorm';

// The initial schema (DESIGN §5). Generated from the entities, then reviewed: every constraint
// and index is named. Never edit once landed: add a new migration instead.

export class CreateInitialSchema1763900000000 implements MigrationInterface {
  name = 'CreateInitialSchema1763900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "audit_log" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "actor_id" uuid,
                "action" text NOT NULL,
                "target_type" text,
                "target_id" text,
                "details" jsonb NOT NULL,
                CONSTRAINT "pk_audit_log" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_audit_log_at" ON "audit_log" ("at")
        `);
    await queryRunner.query(`
            CREATE TABLE "scenarios" (
                "id" text NOT NULL,
                "title" text NOT NULL,
                "sector" text NOT NULL,
                "job" text NOT NULL,
                "duration_minutes" integer NOT NULL,
                "published_version_id" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_scenarios" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "sites" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_sites" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "staff_users" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" text NOT NULL,
                "password_hash" text NOT NULL,
                "role" text NOT NULL,
                "site_id" uuid,
                "active" boolean NOT NULL DEFAULT true,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_staff_users_email" UNIQUE ("email"),
                CONSTRAINT "ck_staff_users_role" CHECK ("role" IN ('counsellor', 'editor', 'admin')),
                CONSTRAINT "pk_staff_users" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "scenario_versions" (
                "id" text NOT NULL,
                "scenario_id" text NOT NULL,
                "status" text NOT NULL,
                "meta" jsonb NOT NULL,
                "source" text NOT NULL,
                "source_hash" text NOT NULL,
                "compiled_json" text NOT NULL,
                "metier" jsonb NOT NULL,
                "referentiel" jsonb NOT NULL,
                "max_scores" jsonb NOT NULL,
                "published_by" uuid,
                "published_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_scenario_versions_status" CHECK ("status" IN ('draft', 'published', 'retired')),
                CONSTRAINT "pk_scenario_versions" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_scenario_versions_scenario" ON "scenario_versions" ("scenario_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_scenario_versions_source_hash" ON "scenario_versions" ("scenario_id", "source_hash")
        `);
    await queryRunner.query(`
            CREATE TABLE "visitor_sessions" (
                "id" uuid NOT NULL,
                "follow_up_code_hash" text NOT NULL,
                "scenario_id" text NOT NULL,
                "version_id" text NOT NULL,
                "site_id" uuid,
                "status" text NOT NULL DEFAULT 'started',
                "started_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "completed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "uq_visitor_sessions_follow_up_code_hash" UNIQUE ("follow_up_code_hash"),
                CONSTRAINT "ck_visitor_sessions_status" CHECK ("status" IN ('started', 'completed')),
                CONSTRAINT "pk_visitor_sessions" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_visitor_sessions_started_at" ON "visitor_sessions" ("started_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "competency_scores" (
                "session_id" uuid NOT NULL,
                "competency" text NOT NULL,
                "score" integer NOT NULL,
                "max_score" integer NOT NULL,
                "evidence" jsonb NOT NULL,
                CONSTRAINT "pk_competency_scores" PRIMARY KEY ("session_id", "competency")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "demographics" (
                "session_id" uuid NOT NULL,
                "gender" text,
                "age_band" text,
                "situation" text,
                "education" text,
                "satisfaction" smallint,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_demographics_satisfaction" CHECK (
                    "satisfaction" IS NULL
                    OR "satisfaction" BETWEEN 1 AND 5
                ),
                CONSTRAINT "ck_demographics_gender" CHECK (
                    "gender" IS NULL
                    OR "gender" IN ('femme', 'homme', 'non-binaire', 'non renseigné')
                ),
                CONSTRAINT "pk_demographics" PRIMARY KEY ("session_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "events" (
                "position" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "id" uuid NOT NULL,
                "session_id" uuid NOT NULL,
                "seq" integer NOT NULL,
                "type" text NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "payload" jsonb NOT NULL,
                "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_event_id" UNIQUE ("id"),
                CONSTRAINT "pk_events" PRIMARY KEY ("position")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_events_session_seq" ON "events" ("session_id", "seq")
        `);
    await queryRunner.query(`
            ALTER TABLE "staff_users"
            ADD CONSTRAINT "fk_staff_users_site" FOREIGN KEY ("site_id") REFERENCES "sites"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "scenario_versions"
            ADD CONSTRAINT "fk_scenario_versions_scenario" FOREIGN KEY ("scenario_id") REFERENCES "scenarios"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "scenario_versions"
            ADD CONSTRAINT "fk_scenario_versions_publisher" FOREIGN KEY ("published_by") REFERENCES "staff_users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "visitor_sessions"
            ADD CONSTRAINT "fk_visitor_sessions_scenario" FOREIGN KEY ("scenario_id") REFERENCES "scenarios"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "visitor_sessions"
            ADD CONSTRAINT "fk_visitor_sessions_version" FOREIGN KEY ("version_id") REFERENCES "scenario_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "visitor_sessions"
            ADD CONSTRAINT "fk_visitor_sessions_site" FOREIGN KEY ("site_id") REFERENCES "sites"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "competency_scores"
            ADD CONSTRAINT "fk_competency_scores_session" FOREIGN KEY ("session_id") REFERENCES "visitor_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "demographics"
            ADD CONSTRAINT "fk_demographics_session" FOREIGN KEY ("session_id") REFERENCES "visitor_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "events"
            ADD CONSTRAINT "fk_events_session" FOREIGN KEY ("session_id") REFERENCES "visitor_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "events" DROP CONSTRAINT "fk_events_session"
        `);
    await queryRunner.query(`
            ALTER TABLE "demographics" DROP CONSTRAINT "fk_demographics_session"
        `);
    await queryRunner.query(`
            ALTER TABLE "competency_scores" DROP CONSTRAINT "fk_competency_scores_session"
        `);
    await queryRunner.query(`
            ALTER TABLE "visitor_sessions" DROP CONSTRAINT "fk_visitor_sessions_site"
        `);
    await queryRunner.query(`
            ALTER TABLE "visitor_sessions" DROP CONSTRAINT "fk_visitor_sessions_version"
        `);
    await queryRunner.query(`
            ALTER TABLE "visitor_sessions" DROP CONSTRAINT "fk_visitor_sessions_scenario"
        `);
    await queryRunner.query(`
            ALTER TABLE "scenario_versions" DROP CONSTRAINT "fk_scenario_versions_publisher"
        `);
    await queryRunner.query(`
            ALTER TABLE "scenario_versions" DROP CONSTRAINT "fk_scenario_versions_scenario"
        `);
    await queryRunner.query(`
            ALTER TABLE "staff_users" DROP CONSTRAINT "fk_staff_users_site"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_events_session_seq"
        `);
    await queryRunner.query(`
            DROP TABLE "events"
        `);
    await queryRunner.query(`
            DROP TABLE "demographics"
        `);
    await queryRunner.query(`
            DROP TABLE "competency_scores"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_visitor_sessions_started_at"
        `);
    await queryRunner.query(`
            DROP TABLE "visitor_sessions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_scenario_versions_source_hash"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_scenario_versions_scenario"
        `);
    await queryRunner.query(`
            DROP TABLE "scenario_versions"
        `);
    await queryRunner.query(`
            DROP TABLE "staff_users"
        `);
    await queryRunner.query(`
            DROP TABLE "sites"
        `);
    await queryRunner.query(`
            DROP TABLE "scenarios"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_audit_log_at"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_log"
        `);
  }
}
