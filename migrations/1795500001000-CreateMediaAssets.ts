import { MigrationInterface, QueryRunner } from 'typeorm';

// Published media files (360 photos and videos), stored once by content hash. Never edit once
// landed: add a new migration instead.

export class CreateMediaAssets1795500001000 implements MigrationInterface {
  name = 'CreateMediaAssets1795500001000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "media_assets" (
                "id" text NOT NULL,
                "mime" text NOT NULL,
                "size" integer NOT NULL,
                "bytes" bytea NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_media_assets" PRIMARY KEY ("id")
            )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP TABLE "media_assets"
        `);
  }
}
