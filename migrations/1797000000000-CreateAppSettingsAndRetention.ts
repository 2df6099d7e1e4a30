import { MigrationInterface, QueryRunner } from 'typeorm';

// Settings the admins change in the back-office (first: how long visits and the audit log are
// kept), and the index the daily retention purge walks. Never edit once landed: add a new
// migration instead.

export class CreateAppSettingsAndRetention1797000000000 implements MigrationInterface {
  name = 'CreateAppSettingsAndRetention1797000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "app_settings" (
        "key" text NOT NULL,
        "value" jsonb NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_by" uuid,
        CONSTRAINT "pk_app_settings" PRIMARY KEY ("key"),
        CONSTRAINT "fk_app_settings_updated_by" FOREIGN KEY ("updated_by")
          REFERENCES "staff_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION
      )`);
    // Expiry counts from when the server received the visit, not from the headset's clock.
    await queryRunner.query(
      `CREATE INDEX "ix_visitor_sessions_created_at" ON "visitor_sessions" ("created_at")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_visitor_sessions_created_at"`);
    await queryRunner.query(`DROP TABLE "app_settings"`);
  }
}
