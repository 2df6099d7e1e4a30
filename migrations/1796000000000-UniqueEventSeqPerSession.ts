import { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 9: `seq` is unique within a session (the headset numbers its events from 0), which also bounds a
// session to MAX_EVENTS_PER_SESSION events (seq is validated below it) without a counter to update on
// every batch. The unique index replaces the plain one on the same columns. Never edit once landed.

export class UniqueEventSeqPerSession1796000000000 implements MigrationInterface {
  name = 'UniqueEventSeqPerSession1796000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."ix_events_session_seq"
        `);
    await queryRunner.query(`
            ALTER TABLE "events" ADD CONSTRAINT "uq_events_session_seq" UNIQUE ("session_id", "seq")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "events" DROP CONSTRAINT "uq_events_session_seq"
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_events_session_seq" ON "events" ("session_id", "seq")
        `);
  }
}
