import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodQuery } from '../../common/zod-body.js';
import { Roles } from '../auth/auth.decorators.js';
import { AuditQuery, type AuditPageResponse, type AuditQueryParams } from './audit.dto.js';
import { AuditService } from './audit.service.js';

@ApiTags('journal')
@Controller('v1/audit')
@Roles('admin')
export class AuditController {
  constructor(@Inject(AuditService) private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({
    summary: 'Journal d’audit, du plus récent au plus ancien (filtres et pagination par curseur).',
  })
  page(@ZodQuery(AuditQuery) query: AuditQueryParams): Promise<AuditPageResponse> {
    return this.audit.page(query);
  }

  @Get('export.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="journal-eclore.csv"')
  @ApiOkResponse({
    description: 'Le journal filtré, en CSV.',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  @ApiOperation({ summary: 'Export CSV du journal (mêmes filtres ; séparateur « ; », UTF-8 avec BOM).' })
  csv(@ZodQuery(AuditQuery) query: AuditQueryParams): Promise<string> {
    return this.audit.csv(query);
  }

  @Get('actions')
  @ApiOperation({ summary: 'Les actions connues et leur libellé, pour le filtre.' })
  actions(): { action: string; label: string }[] {
    return this.audit.actions();
  }
}
