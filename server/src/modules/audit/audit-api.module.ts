import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller.js';
import { AuditModule } from './audit.module.js';
import { AuditService } from './audit.service.js';

/** The admins' audit page API (kept apart: AuditModule is imported by many modules). */
@Module({ imports: [AuditModule], controllers: [AuditController], providers: [AuditService] })
export class AuditApiModule {}
