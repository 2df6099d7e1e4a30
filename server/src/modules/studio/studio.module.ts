import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { StudioController } from './studio.controller.js';
import { StudioRepository } from './studio.repository.js';
import { StudioService } from './studio.service.js';

@Module({
  imports: [AuditModule],
  controllers: [StudioController],
  providers: [StudioRepository, StudioService],
})
export class StudioModule {}
