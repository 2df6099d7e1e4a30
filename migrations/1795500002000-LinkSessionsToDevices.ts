import { MigrationInterface, QueryRunner } from 'typeorm';

// A visit played on a paired headset names it (DESIGN §5: sessions … site; device). Never edit
// once landed: add a new migration instead.

export class LinkSessionsToDevices1795500002000 implements MigrationInterface {
  name = 'LinkSessionsToDevices1795500002000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "visitor_sessions" ADD "device_id" uuid
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_visitor_sessions_device_id" ON "visitor_sessions" ("device_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "visitor_sessions"
            ADD CONSTRAINT "fk_visitor_sessions_device" FOREIGN KEY ("device_id") REFERENCES "devices"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "visitor_sessions" DROP CONSTRAINT "fk_visitor_sessions_device"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_visitor_sessions_device_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "visitor_sessions" DROP COLUMN "device_id"
        `);
  }
}
