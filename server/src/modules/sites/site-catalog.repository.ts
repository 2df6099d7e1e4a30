import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SiteScenarioResponse } from './sites.dto.js';

/** Which published scenarios a site offers on its headsets (stored as the ones it hides). */
@Injectable()
export class SiteCatalogRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async list(siteId: string): Promise<SiteScenarioResponse[]> {
    const rows = (await this.dataSource.query(
      `SELECT s.id, s.title, s.sector, s.job, (h.site_id IS NULL) AS offered
         FROM scenarios s
         LEFT JOIN site_hidden_scenarios h ON h.scenario_id = s.id AND h.site_id = $1
        WHERE s.published_version_id IS NOT NULL
`,
      [siteId],
    )) as SiteScenarioResponse[];
    return rows.sort((a, b) => a.title.localeCompare(b.title, 'fr'));
  }

  /**
   * Offers exactly `offered` at the site (every other published scenario is hidden there), in
   * one transaction. Returns the ids that are not published scenarios, without writing anything.
   */
  async setOffered(siteId: string, offered: readonly string[]): Promise<{ unknown: string[] }> {
    return this.dataSource.transaction(async (manager) => {
      const published = (
        (await manager.query(`SELECT id FROM scenarios WHERE published_version_id IS NOT NULL`)) as {
          id: string;
        }[]
      ).map((row) => row.id);
      const unknown = offered.filter((id) => !published.includes(id));
      if (unknown.length > 0) return { unknown };
      await manager.query(`DELETE FROM site_hidden_scenarios WHERE site_id = $1`, [siteId]);
      const hidden = published.filter((id) => !offered.includes(id));
      if (hidden.length > 0)
        await manager.query(
          `INSERT INTO site_hidden_scenarios (site_id, scenario_id) SELECT $1, unnest($2::text[])`,
          [siteId, hidden],
        );
      return { unknown: [] };
    });
  }
}
