import { MigrationInterface, QueryRunner } from 'typeorm';

// The staff PIN of a headset's « Personnel » panel, stored as a salted scrypt hash. Never edit
// once landed: add a new migration instead.

export class AddDeviceStaffPin1796600000000 implements MigrationInterface {
  name = 'AddDeviceStaffPin1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "devices" ADD "staff_pin_hash" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "devices" DROP COLUMN "staff_pin_hash"`);
  }
}
