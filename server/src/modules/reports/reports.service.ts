import { Inject, Injectable } from '@nestjs/common';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { to as copyTo } from 'pg-copy-streams';
import { DomainError } from '../../common/domain-error.js';
import { AuditRepository } from '../audit/audit.repository.js';
import type { StaffPrincipal } from '../auth/staff-principal.js';
import { buildReport, type ScenarioMeta } from './report-builder.js';
import type { ReportFiltersResponse, ReportQueryParams, ReportResponse, ReportSite } from './reports.dto.js';
import { ReportsRepository, type RollupScope } from './reports.repository.js';
import { visitsCopySql } from './reports.sql.js';
import { NO_SITE } from './rollups.js';

export const NO_SITE_NAME = 'Sans site (casque non appairé)';

interface ResolvedScope extends RollupScope {
  period: { from: string; to: string };
  sites: ReportSite[];
  scenarios: ScenarioMeta[];
}

/** The current month in Europe/Paris, `YYYY-MM`. */
function currentMonth(now: Date): string {
  return new Intl.DateTimeFormat('fr-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit' })
    .format(now)
    .slice(0, 7);
}

function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

@Injectable()
export class ReportsService {
  constructor(
    @Inject(ReportsRepository) private readonly reports: ReportsRepository,
    @Inject(AuditRepository) private readonly audit: AuditRepository,
  ) {}

  async filters(user: StaffPrincipal): Promise<ReportFiltersResponse> {
    const [sites, scenarios] = await Promise.all([this.visibleSites(user), this.reports.scenarios()]);
    return {
      sites: user.role === 'admin' ? [...sites, { id: NO_SITE, name: NO_SITE_NAME }] : sites,
      sectors: [...new Set(scenarios.map((s) => s.sector))].sort((a, b) => a.localeCompare(b, 'fr')),
      scenarios: scenarios.map(({ id, title, sector }) => ({ id, title, sector })),
    };
  }

  async report(query: ReportQueryParams, user: StaffPrincipal, now = new Date()): Promise<ReportResponse> {
    const scope = await this.resolve(query, user, now);
    const rows = await this.reports.rollups(scope);
    const sites = [...scope.sites];
    const scenarios = [...scope.scenarios];
    // Figures of a site or scenario no longer listed still count, under a neutral name.
    for (const row of rows.visits) {
      if (!sites.some((s) => s.id === row.site_id))
        sites.push({ id: row.site_id, name: row.site_id === NO_SITE ? NO_SITE_NAME : 'Site supprimé' });
      if (!scenarios.some((s) => s.id === row.scenario_id))
        scenarios.push({ id: row.scenario_id, title: row.scenario_id, sector: '—', competencies: {} });
    }
    return buildReport({
      period: scope.period,
      filters: {
        siteId: query.siteId ?? null,
        sector: query.sector ?? null,
        scenarioId: query.scenarioId ?? null,
      },
      sites,
      scenarios,
      ...rows,
      generatedAt: now,
    });
  }

  /** Records an export of figures (who, which period and filters; never a figure). */
  async recordExport(
    user: StaffPrincipal,
    kind: 'indicators.csv' | 'indicators.xlsx' | 'visits.csv',
    query: ReportQueryParams,
  ): Promise<void> {
    await this.audit.record({
      actorId: user.sub,
      action: 'report.exported',
      targetType: 'report',
      targetId: kind,
      details: { ...query },
    });
  }

  /** The anonymised per-visit dataset, streamed from Postgres as CSV (UTF-8 with BOM) into `out`. */
  async streamVisits(
    query: ReportQueryParams,
    user: StaffPrincipal,
    out: Writable,
    now = new Date(),
  ): Promise<void> {
    const scope = await this.resolve(query, user, now);
    await this.recordExport(user, 'visits.csv', query);
    const [sites, scenarios] = await Promise.all([this.reports.sites(), this.reports.scenarios()]);
    const sql = visitsCopySql(scope.from, scope.to, scope.siteIds, scope.scenarioIds, { sites, scenarios });
    const client = await this.reports.connect();
    try {
      const stream = client.query(copyTo(sql));
      out.write('\uFEFF');
      await pipeline(stream, out);
    } finally {
      client.release();
    }
  }

  private async visibleSites(user: StaffPrincipal): Promise<ReportSite[]> {
    const sites = await this.reports.sites();
    return user.role === 'admin' ? sites : sites.filter((s) => user.siteIds.includes(s.id));
  }

  /** Period, sites and scenarios of a query, within what the user may see (checked here, server-side). */
  private async resolve(query: ReportQueryParams, user: StaffPrincipal, now: Date): Promise<ResolvedScope> {
    const to = query.to ?? (query.from && query.from > currentMonth(now) ? query.from : currentMonth(now));
    const from = query.from ?? shiftMonth(to, -11);
    const visible = await this.visibleSites(user);
    let sites: ReportSite[];
    let siteIds: string[] | null;
    if (query.siteId !== undefined) {
      const site =
        query.siteId === NO_SITE && user.role === 'admin'
          ? { id: NO_SITE, name: NO_SITE_NAME }
          : visible.find((s) => s.id === query.siteId);
      // A counsellor asking for another site learns nothing, not even that it exists.
      if (!site) throw new DomainError('SITE_NOT_FOUND');
      sites = [site];
      siteIds = [site.id];
    } else if (user.role === 'admin') {
      sites = visible;
      siteIds = null;
    } else {
      sites = visible;
      siteIds = visible.map((s) => s.id);
    }
    const all = await this.reports.scenarios();
    let scenarios = all;
    let scenarioIds: string[] | null = null;
    if (query.scenarioId !== undefined || query.sector !== undefined) {
      if (query.scenarioId !== undefined && !all.some((s) => s.id === query.scenarioId))
        throw new DomainError('SCENARIO_NOT_FOUND');
      scenarios = all.filter(
        (s) =>
          (query.scenarioId === undefined || s.id === query.scenarioId) &&
          (query.sector === undefined || s.sector === query.sector),
      );
      scenarioIds = scenarios.map((s) => s.id);
    }
    return {
      period: { from, to },
      from: `${from}-01`,
      to: `${to}-01`,
      siteIds,
      scenarioIds,
      sites,
      scenarios,
    };
  }
}
