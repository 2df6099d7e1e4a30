import { MigrationInterface, QueryRunner } from 'typeorm';

// Per-session event ceiling (issue 9): the ingest keeps a counter on the session row, which it
// locks anyway to serialise a session's batches with its completion. Never edit once landed.

export class AddSessionEventCount1796000000000 implements MigrationInterface {
  name = 'AddSessionEventCount1796000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "visitor_sessions" ADD "event_count" integer NOT NULL DEFAULT 0
        `);
    await queryRunner.query(`
            UPDATE "visitor_sessions" s
               SET "event_count" = (SELECT count(*) FROM "events" e WHERE e."session_id" = s."id")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "visitor_sessions" DROP COLUMN "event_count"
        `);
  }
}
