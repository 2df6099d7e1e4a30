import { Controller, Get, Header, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiErrors } from '../../common/api-errors.js';
import { ZodQuery } from '../../common/zod-body.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { StaffPrincipal } from '../auth/staff-principal.js';
import { indicatorsCsv, indicatorsXlsx } from './indicator-export.js';
import {
  ReportQuery,
  type ReportFiltersResponse,
  type ReportQueryParams,
  type ReportResponse,
} from './reports.dto.js';
import { ReportsService } from './reports.service.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const fileName = (report: ReportResponse, ext: string) =>
  `indicateurs-fse-eclore-${report.period.from}-${report.period.to}.${ext}`;

// Aggregates only, read from the anonymous rollups, with the statistical secrecy applied server-side
// (the hidden counts never leave the server). Counsellors see their sites only.
@ApiTags('rapports')
@Controller('v1/reports')
export class ReportsController {
  constructor(@Inject(ReportsService) private readonly reports: ReportsService) {}

  @Get()
  @Roles('counsellor', 'admin')
  @ApiOperation({
    summary: 'Rapport d’activité et indicateurs FSE+ d’une période (secret statistique appliqué).',
  })
  @ApiErrors('SITE_NOT_FOUND', 'SCENARIO_NOT_FOUND')
  report(
    @ZodQuery(ReportQuery) query: ReportQueryParams,
    @CurrentUser() user: StaffPrincipal,
  ): Promise<ReportResponse> {
    return this.reports.report(query, user);
  }

  @Get('filters')
  @Roles('counsellor', 'admin')
  @ApiOperation({ summary: 'Sites (ceux de la personne), secteurs et scénarios proposés comme filtres.' })
  filters(@CurrentUser() user: StaffPrincipal): Promise<ReportFiltersResponse> {
    return this.reports.filters(user);
  }

  @Get('indicators.csv')
  @Roles('counsellor', 'admin')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'Tableau des indicateurs FSE+ (UTF-8 avec BOM, « ; »).',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  @ApiOperation({ summary: 'Export CSV des indicateurs FSE+ (mêmes filtres, même secret statistique).' })
  @ApiErrors('SITE_NOT_FOUND', 'SCENARIO_NOT_FOUND')
  async csv(
    @ZodQuery(ReportQuery) query: ReportQueryParams,
    @CurrentUser() user: StaffPrincipal,
    @Res() res: Response,
  ): Promise<void> {
    const report = await this.reports.report(query, user);
    await this.reports.recordExport(user, 'indicators.csv', query);
    res.setHeader('Content-Disposition', `attachment; filename="${fileName(report, 'csv')}"`);
    res.send(indicatorsCsv(report));
  }

  @Get('indicators.xlsx')
  @Roles('counsellor', 'admin')
  @ApiProduces(XLSX)
  @ApiOkResponse({
    description: 'Tableau des indicateurs FSE+ (classeur Excel).',
    content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiOperation({ summary: 'Export XLSX des indicateurs FSE+ (mêmes filtres, même secret statistique).' })
  @ApiErrors('SITE_NOT_FOUND', 'SCENARIO_NOT_FOUND')
  async xlsx(
    @ZodQuery(ReportQuery) query: ReportQueryParams,
    @CurrentUser() user: StaffPrincipal,
    @Res() res: Response,
  ): Promise<void> {
    const report = await this.reports.report(query, user);
    const body = await indicatorsXlsx(report);
    await this.reports.recordExport(user, 'indicators.xlsx', query);
    res.setHeader('Content-Type', XLSX);
    res.setHeader('Content-Disposition', `attachment; filename="${fileName(report, 'xlsx')}"`);
    res.send(body);
  }

  @Get('visits.csv')
  @Roles('admin')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'Une ligne par visite, sans code ni identifiant, au mois près.',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  @ApiOperation({
    summary: 'Jeu de données anonymisé par visite (administrateurs), diffusé depuis Postgres en CSV.',
  })
  @ApiErrors('SITE_NOT_FOUND', 'SCENARIO_NOT_FOUND')
  async visits(
    @ZodQuery(ReportQuery) query: ReportQueryParams,
    @CurrentUser() user: StaffPrincipal,
    @Res() res: Response,
  ): Promise<void> {
    res.setHeader('Content-Disposition', 'attachment; filename="visites-anonymisees-eclore.csv"');
    await this.reports.streamVisits(query, user, res);
  }
}
