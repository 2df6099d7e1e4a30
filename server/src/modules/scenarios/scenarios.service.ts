import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '../../common/domain-error.js';
import type { ScenarioVersionEntity } from '../../database/entities/scenario-version.entity.js';
import type { CatalogResponse } from './scenarios.dto.js';
import { ScenariosRepository } from './scenarios.repository.js';

@Injectable()
export class ScenariosService {
  constructor(@Inject(ScenariosRepository) private readonly repository: ScenariosRepository) {}

  /** What a headset may play: every published scenario, or those its site offers. */
  async catalog(siteId?: string | null): Promise<CatalogResponse> {
    const rows = await this.repository.listPublished(siteId);
    return {
      scenarios: rows.map(({ scenario, version }) => {
        const metier = (version.metier as { metier?: { resume?: unknown } }).metier;
        return {
          id: scenario.id,
          title: scenario.title,
          sector: scenario.sector,
          job: scenario.job,
          durationMinutes: scenario.durationMinutes,
          versionId: version.id,
          resume: typeof metier?.resume === 'string' ? metier.resume : '',
        };
      }),
    };
  }

  async version(scenarioId: string, versionId: string): Promise<ScenarioVersionEntity> {
    const version = await this.repository.findVersion(scenarioId, versionId);
    if (version) return version;
    if (!(await this.repository.scenarioExists(scenarioId))) throw new DomainError('SCENARIO_NOT_FOUND');
    throw new DomainError('VERSION_NOT_FOUND');
  }

  /**
   * The version document as a JSON string. The compiled story is spliced in as stored, so the
   * served bytes are exactly the hashed ones and large stories are not parsed again.
   */
  versionDocument(version: ScenarioVersionEntity): string {
    return (
      `{"id":${JSON.stringify(version.scenarioId)},"versionId":${JSON.stringify(version.id)},` +
      `"meta":${JSON.stringify(version.meta)},"story":${version.compiledJson},` +
      `"metier":${JSON.stringify(version.metier)},"referentiel":${JSON.stringify(version.referentiel)}}`
    );
  }
}
