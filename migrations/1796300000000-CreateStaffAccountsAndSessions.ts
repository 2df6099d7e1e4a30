import { MigrationInterface, QueryRunner } from 'typeorm';

// Issue #10: sites (city, active, unique names), staff on many sites, display names, invitations,
// revocable sign-in sessions and the shared login throttle. Never edit once landed.

export class CreateStaffAccountsAndSessions1796300000000 implements MigrationInterface {
  name = 'CreateStaffAccountsAndSessions1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sites" ADD "city" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "sites" ADD "active" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "sites" ADD CONSTRAINT "uq_sites_name" UNIQUE ("name")`);

    await queryRunner.query(`
      CREATE TABLE "staff_user_sites" (
        "user_id" uuid NOT NULL,
        "site_id" uuid NOT NULL,
        CONSTRAINT "pk_staff_user_sites" PRIMARY KEY ("user_id", "site_id")
      )`);
    await queryRunner.query(`CREATE INDEX "ix_staff_user_sites_site" ON "staff_user_sites" ("site_id")`);
    await queryRunner.query(`
      ALTER TABLE "staff_user_sites" ADD CONSTRAINT "fk_staff_user_sites_user" FOREIGN KEY ("user_id")
      REFERENCES "staff_users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`
      ALTER TABLE "staff_user_sites" ADD CONSTRAINT "fk_staff_user_sites_site" FOREIGN KEY ("site_id")
      REFERENCES "sites"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`
      INSERT INTO "staff_user_sites" ("user_id", "site_id")
      SELECT "id", "site_id" FROM "staff_users" WHERE "site_id" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "staff_users" DROP CONSTRAINT "fk_staff_users_site"`);
    await queryRunner.query(`ALTER TABLE "staff_users" DROP COLUMN "site_id"`);
    await queryRunner.query(`ALTER TABLE "staff_users" ADD "display_name" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "staff_users" ADD "last_sign_in_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "staff_users" ALTER COLUMN "password_hash" DROP NOT NULL`);

    await queryRunner.query(`
      CREATE TABLE "staff_sessions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "token_hash" text NOT NULL,
        "csrf_token" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "revoked_at" TIMESTAMP WITH TIME ZONE,
        "ip" text,
        "user_agent" text,
        CONSTRAINT "uq_staff_sessions_token_hash" UNIQUE ("token_hash"),
        CONSTRAINT "pk_staff_sessions" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE INDEX "ix_staff_sessions_user" ON "staff_sessions" ("user_id")`);
    await queryRunner.query(`
      ALTER TABLE "staff_sessions" ADD CONSTRAINT "fk_staff_sessions_user" FOREIGN KEY ("user_id")
      REFERENCES "staff_users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    await queryRunner.query(`
      CREATE TABLE "staff_invitations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "token_hash" text NOT NULL,
        "kind" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "consumed_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "uq_staff_invitations_token_hash" UNIQUE ("token_hash"),
        CONSTRAINT "ck_staff_invitations_kind" CHECK ("kind" IN ('invitation', 'reset')),
        CONSTRAINT "pk_staff_invitations" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE INDEX "ix_staff_invitations_user" ON "staff_invitations" ("user_id")`);
    await queryRunner.query(`
      ALTER TABLE "staff_invitations" ADD CONSTRAINT "fk_staff_invitations_user" FOREIGN KEY ("user_id")
      REFERENCES "staff_users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    await queryRunner.query(`
      CREATE TABLE "staff_login_throttle" (
        "key" text NOT NULL,
        "failures" integer NOT NULL DEFAULT '0',
        "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "locked_until" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "pk_staff_login_throttle" PRIMARY KEY ("key")
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "staff_login_throttle"`);
    await queryRunner.query(`DROP TABLE "staff_invitations"`);
    await queryRunner.query(`DROP TABLE "staff_sessions"`);
    await queryRunner.query(`ALTER TABLE "staff_users" ALTER COLUMN "password_hash" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "staff_users" DROP COLUMN "last_sign_in_at"`);
    await queryRunner.query(`ALTER TABLE "staff_users" DROP COLUMN "display_name"`);
    await queryRunner.query(`ALTER TABLE "staff_users" ADD "site_id" uuid`);
    await queryRunner.query(`
      UPDATE "staff_users" u SET "site_id" = (
        SELECT MIN(s."site_id"::text)::uuid FROM "staff_user_sites" s WHERE s."user_id" = u."id")`);
    await queryRunner.query(`
      ALTER TABLE "staff_users" ADD CONSTRAINT "fk_staff_users_site" FOREIGN KEY ("site_id")
      REFERENCES "sites"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`DROP TABLE "staff_user_sites"`);
    await queryRunner.query(`ALTER TABLE "sites" DROP CONSTRAINT "uq_sites_name"`);
    await queryRunner.query(`ALTER TABLE "sites" DROP COLUMN "active"`);
    await queryRunner.query(`ALTER TABLE "sites" DROP COLUMN "city"`);
  }
}
