import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { RetentionController } from './retention.controller.js';
import { RetentionRepository } from './retention.repository.js';
import { RetentionService } from './retention.service.js';

/** How long visit data is kept, and the nightly purge on the job queue (DESIGN §6, §9). */
@Module({
  imports: [AuditModule],
  controllers: [RetentionController],
  providers: [RetentionRepository, RetentionService],
  exports: [RetentionRepository],
})
export class RetentionModule {}
