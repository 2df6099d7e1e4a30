import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import { ScenarioVersionEntity } from '../../database/entities/scenario-version.entity.js';
import { ScenarioEntity } from '../../database/entities/scenario.entity.js';

export interface PublishedScenarioRow {
  scenario: ScenarioEntity;
  version: Pick<ScenarioVersionEntity, 'id' | 'metier'>;
}

export interface NewVersion {
  id: string;
  scenario: Pick<ScenarioEntity, 'id' | 'title' | 'sector' | 'job' | 'durationMinutes'>;
  meta: object;
  source: string;
  sourceHash: string;
  compiledJson: string;
  metier: object;
  referentiel: object;
  maxScores: Record<string, number>;
}

@Injectable()
export class ScenariosRepository {
  private readonly scenarios: Repository<ScenarioEntity>;
  private readonly versions: Repository<ScenarioVersionEntity>;

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {
    this.scenarios = dataSource.getRepository(ScenarioEntity);
    this.versions = dataSource.getRepository(ScenarioVersionEntity);
  }

  /** The published scenarios; with `siteId`, only those this site offers. */
  async listPublished(siteId?: string | null): Promise<PublishedScenarioRow[]> {
    const query = this.scenarios
      .createQueryBuilder('s')
      .where('s.published_version_id IS NOT NULL')
      .orderBy('s.title', 'ASC');
    if (siteId)
      query.andWhere(
        'NOT EXISTS (SELECT 1 FROM site_hidden_scenarios h WHERE h.scenario_id = s.id AND h.site_id = :siteId)',
        { siteId },
      );
    const scenarios = await query.getMany();
    if (scenarios.length === 0) return [];
    const versions = await this.versions
      .createQueryBuilder('v')
      .select(['v.id', 'v.metier'])
      .where('v.id IN (:...ids)', { ids: scenarios.map((s) => s.publishedVersionId) })
      .getMany();
    const byId = new Map(versions.map((v) => [v.id, v]));
    return scenarios.flatMap((scenario) => {
      const version = byId.get(scenario.publishedVersionId!);
      return version ? [{ scenario, version }] : [];
    });
  }

  findVersion(scenarioId: string, versionId: string): Promise<ScenarioVersionEntity | null> {
    return this.versions.findOneBy({ id: versionId, scenarioId });
  }

  /** The version already built from exactly these inputs, if any. */
  findVersionIdBySourceHash(scenarioId: string, sourceHash: string): Promise<string | null> {
    return this.versions
      .findOne({ select: { id: true }, where: { scenarioId, sourceHash }, order: { createdAt: 'DESC' } })
      .then((v) => v?.id ?? null);
  }

  /** Makes an existing version the one the catalog serves. */
  async republish(scenarioId: string, versionId: string): Promise<void> {
    await this.scenarios.update({ id: scenarioId }, { publishedVersionId: versionId });
  }

  scenarioExists(scenarioId: string): Promise<boolean> {
    return this.scenarios.existsBy({ id: scenarioId });
  }

  /** Stores the version unless it exists, and makes it the published one. Idempotent. */
  async publishVersion(input: NewVersion): Promise<{ created: boolean }> {
    return this.dataSource.transaction(async (manager: EntityManager) => {
      await manager
        .createQueryBuilder()
        .insert()
        .into(ScenarioEntity)
        .values({ ...input.scenario })
        .orUpdate(['title', 'sector', 'job', 'duration_minutes'], ['id'])
        .execute();
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(ScenarioVersionEntity)
        .values({
          id: input.id,
          scenarioId: input.scenario.id,
          status: 'published',
          meta: input.meta,
          source: input.source,
          sourceHash: input.sourceHash,
          compiledJson: input.compiledJson,
          metier: input.metier,
          referentiel: input.referentiel,
          maxScores: input.maxScores,
          publishedAt: () => 'now()',
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      await manager.update(ScenarioEntity, { id: input.scenario.id }, { publishedVersionId: input.id });
      return { created: (inserted.raw as unknown[]).length > 0 };
    });
  }
}
