import { MigrationInterface, QueryRunner } from 'typeorm';

// Which scenarios a site does not offer (DESIGN §8, per-site catalog). Stored as the exceptions:
// a new site, or a scenario newly published, is offered everywhere until an admin says otherwise.
// Never edit once landed: add a new migration instead.

export class CreateSiteHiddenScenarios1797010000000 implements MigrationInterface {
  name = 'CreateSiteHiddenScenarios1797010000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "site_hidden_scenarios" (
        "site_id" uuid NOT NULL,
        "scenario_id" text NOT NULL,
        "hidden_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_site_hidden_scenarios" PRIMARY KEY ("site_id", "scenario_id"),
        CONSTRAINT "fk_site_hidden_scenarios_site" FOREIGN KEY ("site_id")
          REFERENCES "sites"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "fk_site_hidden_scenarios_scenario" FOREIGN KEY ("scenario_id")
          REFERENCES "scenarios"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "site_hidden_scenarios"`);
  }
}
