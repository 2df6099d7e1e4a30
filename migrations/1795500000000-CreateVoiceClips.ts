import { MigrationInterface, QueryRunner } from 'typeorm';

// Rendered voice clips (DESIGN §2: TTS cached by line hash). Never edit once landed: add a new
// migration instead.

export class CreateVoiceClips1795500000000 implements MigrationInterface {
  name = 'CreateVoiceClips1795500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "voice_clips" (
                "clip_key" text NOT NULL,
                "audio" bytea NOT NULL,
                "mime_type" text NOT NULL,
                "provider" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_voice_clips" PRIMARY KEY ("clip_key")
            )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "voice_clips"`);
  }
}
