import { MigrationInterface, QueryRunner } from 'typeorm';

// State that several app instances on one database must share (DESIGN §9): generated secrets and the
// rate-limit counters of rate-limiter-flexible's RateLimiterPostgres (its own column layout, created
// here so the library never runs DDL at request time). Never edit once landed.

export class CreateSharedState1796200000000 implements MigrationInterface {
  name = 'CreateSharedState1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "app_secrets" (
                "name" text NOT NULL,
                "value" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_app_secrets" PRIMARY KEY ("name")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "rate_limits" (
                "key" varchar(255) NOT NULL,
                "points" integer NOT NULL DEFAULT 0,
                "expire" bigint,
                CONSTRAINT "pk_rate_limits" PRIMARY KEY ("key")
            )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limits"`);
    await queryRunner.query(`DROP TABLE "app_secrets"`);
  }
}
