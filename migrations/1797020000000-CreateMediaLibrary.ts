import { MigrationInterface, QueryRunner } from 'typeorm';

// The content studio's media library: what staff uploaded (the encoded bytes themselves live
// once, by hash, in media_assets). Never edit once landed: add a new migration instead.

export class CreateMediaLibrary1797020000000 implements MigrationInterface {
  name = 'CreateMediaLibrary1797020000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "media_library" (
        "asset_id" text NOT NULL,
        "kind" text NOT NULL,
        "name" text NOT NULL,
        "width" integer NOT NULL,
        "height" integer NOT NULL,
        "source_mime" text NOT NULL,
        "source_size" bigint NOT NULL,
        "source_width" integer NOT NULL,
        "source_height" integer NOT NULL,
        "uploaded_by" uuid,
        "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_media_library" PRIMARY KEY ("asset_id"),
        CONSTRAINT "ck_media_library_kind" CHECK ("kind" IN ('photo360', 'video360')),
        CONSTRAINT "fk_media_library_asset" FOREIGN KEY ("asset_id")
          REFERENCES "media_assets"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "fk_media_library_uploader" FOREIGN KEY ("uploaded_by")
          REFERENCES "staff_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "ix_media_library_uploaded_at" ON "media_library" ("uploaded_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "media_library"`);
  }
}
