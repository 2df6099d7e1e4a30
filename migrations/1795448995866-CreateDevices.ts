import { MigrationInterface, QueryRunner } from 'typeorm';

// Headsets and their one-time pairing codes (DESIGN §5: devices, token hash, site). Never edit
// once landed: add a new migration instead.

export class CreateDevices1795448995866 implements MigrationInterface {
  name = 'CreateDevices1795448995866';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "devices" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "label" text NOT NULL,
                "site_id" uuid,
                "token_hash" text NOT NULL,
                "paired_by" uuid,
                "paired_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_seen_at" TIMESTAMP WITH TIME ZONE,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "uq_devices_token_hash" UNIQUE ("token_hash"),
                CONSTRAINT "pk_devices" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "device_pairing_codes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code_hash" text NOT NULL,
                "label" text NOT NULL,
                "site_id" uuid,
                "created_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "device_id" uuid,
                CONSTRAINT "pk_device_pairing_codes" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_device_pairing_codes_code_hash" ON "device_pairing_codes" ("code_hash")
        `);
    await queryRunner.query(`
            ALTER TABLE "devices"
            ADD CONSTRAINT "fk_devices_site" FOREIGN KEY ("site_id") REFERENCES "sites"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "devices"
            ADD CONSTRAINT "fk_devices_paired_by" FOREIGN KEY ("paired_by") REFERENCES "staff_users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "device_pairing_codes"
            ADD CONSTRAINT "fk_device_pairing_codes_site" FOREIGN KEY ("site_id") REFERENCES "sites"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "device_pairing_codes"
            ADD CONSTRAINT "fk_device_pairing_codes_creator" FOREIGN KEY ("created_by") REFERENCES "staff_users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "device_pairing_codes"
            ADD CONSTRAINT "fk_device_pairing_codes_device" FOREIGN KEY ("device_id") REFERENCES "devices"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "device_pairing_codes" DROP CONSTRAINT "fk_device_pairing_codes_device"
        `);
    await queryRunner.query(`
            ALTER TABLE "device_pairing_codes" DROP CONSTRAINT "fk_device_pairing_codes_creator"
        `);
    await queryRunner.query(`
            ALTER TABLE "device_pairing_codes" DROP CONSTRAINT "fk_device_pairing_codes_site"
        `);
    await queryRunner.query(`
            ALTER TABLE "devices" DROP CONSTRAINT "fk_devices_paired_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "devices" DROP CONSTRAINT "fk_devices_site"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_device_pairing_codes_code_hash"
        `);
    await queryRunner.query(`
            DROP TABLE "device_pairing_codes"
        `);
    await queryRunner.query(`
            DROP TABLE "devices"
        `);
  }
}
