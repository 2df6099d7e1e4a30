import { Module } from '@nestjs/common';
import { AuditRepository } from './audit.repository.js';

/** The append-only log, for every module that records actions. */
@Module({ providers: [AuditRepository], exports: [AuditRepository] })
export class AuditModule {}
