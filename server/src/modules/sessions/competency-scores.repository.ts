import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  CompetencyScoreEntity,
  type StoredEvidence,
} from '../../database/entities/competency-score.entity.js';
import { VisitorSessionEntity } from '../../database/entities/visitor-session.entity.js';
import { countCompletion } from '../reports/rollups.js';

export interface ScoreRow {
  competency: string;
  score: number;
  maxScore: number;
  evidence: StoredEvidence[];
}

@Injectable()
export class CompetencyScoresRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /**
   * Stores the session's scores and marks it completed (and counts it in the report rollups), inside the caller's transaction (which holds
   * the session row lock: see `VisitorSessionsRepository.withLock`).
   */
  async saveCompletion(manager: EntityManager, sessionId: string, rows: readonly ScoreRow[]): Promise<void> {
    if (rows.length > 0)
      await manager.insert(
        CompetencyScoreEntity,
        rows.map((row) => ({ sessionId, ...row })),
      );
    await manager
      .createQueryBuilder()
      .update(VisitorSessionEntity)
      .set({ status: 'completed', completedAt: () => 'COALESCE(completed_at, now())' })
      .where('id = :sessionId', { sessionId })
      .execute();
    await countCompletion(manager, sessionId);
  }

  findForSession(sessionId: string, manager?: EntityManager): Promise<CompetencyScoreEntity[]> {
    return (manager ?? this.dataSource.manager)
      .getRepository(CompetencyScoreEntity)
      .find({ where: { sessionId }, order: { competency: 'ASC' } });
  }
}
