import { Inject, Injectable } from '@nestjs/common';
import type { Pool, PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import type { ScenarioMeta } from './report-builder.js';
import type { ReportSite } from './reports.dto.js';
import {
  REPORT_ANSWERS,
  REPORT_COMPETENCIES,
  REPORT_VISITS,
  type AnswerRollupRow,
  type CompetencyRollupRow,
  type VisitRollupRow,
} from './reports.sql.js';

export interface RollupScope {
  /** First days of the first and last months. */
  from: string;
  to: string;
  /** Null: every site (visits without a site included). */
  siteIds: string[] | null;
  /** Null: every scenario. */
  scenarioIds: string[] | null;
}

@Injectable()
export class ReportsRepository {
  /** The driver's pool: named statements, and a client of its own for COPY. */
  private readonly pool: Pool;

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {
    this.pool = (dataSource.driver as unknown as { master: Pool }).master;
  }

  async rollups(scope: RollupScope): Promise<{
    visits: VisitRollupRow[];
    answers: AnswerRollupRow[];
    competencies: CompetencyRollupRow[];
  }> {
    const values = [scope.from, scope.to, scope.siteIds, scope.scenarioIds];
    const [visits, answers, competencies] = await Promise.all([
      this.pool.query<VisitRollupRow>({ ...REPORT_VISITS, values }),
      this.pool.query<AnswerRollupRow>({ ...REPORT_ANSWERS, values }),
      this.pool.query<CompetencyRollupRow>({ ...REPORT_COMPETENCIES, values }),
    ]);
    return { visits: visits.rows, answers: answers.rows, competencies: competencies.rows };
  }

  async sites(): Promise<ReportSite[]> {
    return (await this.dataSource.query('SELECT id::text, name FROM sites ORDER BY name')) as ReportSite[];
  }

  /** Every scenario with the competency labels of its published (else latest) version. */
  async scenarios(): Promise<ScenarioMeta[]> {
    const rows = (await this.dataSource.query(
      `SELECT s.id, s.title, s.sector,
              (SELECT v.referentiel FROM scenario_versions v WHERE v.scenario_id = s.id
                ORDER BY (v.id = s.published_version_id) DESC, v.created_at DESC LIMIT 1) AS referentiel
         FROM scenarios s ORDER BY s.sector, s.title`,
    )) as { id: string; title: string; sector: string; referentiel: unknown }[];
    return rows.map((row) => {
      const competencies: Record<string, string> = {};
      const list = (row.referentiel as { competences?: { id?: unknown; libelle?: unknown }[] } | null)
        ?.competences;
      for (const c of Array.isArray(list) ? list : [])
        if (typeof c.id === 'string') competencies[c.id] = typeof c.libelle === 'string' ? c.libelle : c.id;
      return { id: row.id, title: row.title, sector: row.sector, competencies };
    });
  }

  /** A client of the pool for a streamed COPY (the caller releases it). */
  connect(): Promise<PoolClient> {
    return this.pool.connect();
  }
}
