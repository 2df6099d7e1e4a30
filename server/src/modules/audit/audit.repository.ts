import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type Repository } from 'typeorm';
import { AuditLogEntity } from '../../database/entities/audit-log.entity.js';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  details?: Record<string, unknown>;
}

@Injectable()
export class AuditRepository {
  private readonly repo: Repository<AuditLogEntity>;

  constructor(@Inject(DataSource) dataSource: DataSource) {
    this.repo = dataSource.getRepository(AuditLogEntity);
  }

  async record(entry: AuditEntry): Promise<void> {
    await this.repo.insert({
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      details: entry.details ?? {},
    });
  }
}
