import { Controller, Get, Header, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ZodValidationPipe } from '../../common/zod-validation.pipe.js';
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
  page(@Query(new ZodValidationPipe(AuditQuery)) query: AuditQueryParams): Promise<AuditPageResponse> {
    return this.audit.page(query);
  }

  @Get('export.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="journal-eclore.csv"')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'Export CSV du journal (mêmes filtres ; séparateur « ; », UTF-8 avec BOM).' })
  csv(@Query(new ZodValidationPipe(AuditQuery)) query: AuditQueryParams): Promise<string> {
    return this.audit.csv(query);
  }

  @Get('actions')
  @ApiOperation({ summary: 'Les actions connues et leur libellé, pour le filtre.' })
  actions(): { action: string; label: string }[] {
    return this.audit.actions();
  }
}
