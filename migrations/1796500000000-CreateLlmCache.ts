import { MigrationInterface, QueryRunner } from 'typeorm';

// Cached LLM answers (DESIGN §5: LLM cache), keyed by a hash of prompt version, model, normalised
// input and offered options. Never edit once landed: add a new migration instead.

export class CreateLlmCache1796500000000 implements MigrationInterface {
  name = 'CreateLlmCache1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "llm_cache" (
                "cache_key" text NOT NULL,
                "purpose" text NOT NULL,
                "prompt_version" integer NOT NULL,
                "model" text NOT NULL,
                "answer" jsonb NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_llm_cache" PRIMARY KEY ("cache_key")
            )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "llm_cache"`);
  }
}
