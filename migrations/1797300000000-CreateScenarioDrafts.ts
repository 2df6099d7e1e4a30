import { MigrationInterface, QueryRunner } from 'typeorm';

// The content studio's working copies: one draft per scenario (the text being edited, with a revision for
// optimistic concurrency) and the history of its saves. Publishing later compiles a draft into a new,
// immutable `scenario_versions` row; the draft keeps `base_version_id` to know what it was forked from.
// Never edit once landed: add a new migration instead.

export class CreateScenarioDrafts1797300000000 implements MigrationInterface {
  name = 'CreateScenarioDrafts1797300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "scenario_drafts" (
        "scenario_id" text NOT NULL,
        "revision" integer NOT NULL,
        "source" text NOT NULL,
        "metier" jsonb NOT NULL,
        "base_version_id" text,
        "updated_by" uuid,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_scenario_drafts" PRIMARY KEY ("scenario_id"),
        CONSTRAINT "ck_scenario_drafts_revision" CHECK ("revision" >= 1),
        CONSTRAINT "fk_scenario_drafts_scenario" FOREIGN KEY ("scenario_id")
          REFERENCES "scenarios"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_scenario_drafts_base_version" FOREIGN KEY ("base_version_id")
          REFERENCES "scenario_versions"("id") ON DELETE SET NULL,
        CONSTRAINT "fk_scenario_drafts_editor" FOREIGN KEY ("updated_by")
          REFERENCES "staff_users"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE "scenario_draft_saves" (
        "id" bigint GENERATED ALWAYS AS IDENTITY,
        "scenario_id" text NOT NULL,
        "revision" integer NOT NULL,
        "source" text NOT NULL,
        "author_id" uuid,
        "saved_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_scenario_draft_saves" PRIMARY KEY ("id"),
        CONSTRAINT "uq_scenario_draft_saves_revision" UNIQUE ("scenario_id", "revision"),
        CONSTRAINT "fk_scenario_draft_saves_scenario" FOREIGN KEY ("scenario_id")
          REFERENCES "scenarios"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_scenario_draft_saves_author" FOREIGN KEY ("author_id")
          REFERENCES "staff_users"("id") ON DELETE SET NULL
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "scenario_draft_saves"`);
    await queryRunner.query(`DROP TABLE "scenario_drafts"`);
  }
}
