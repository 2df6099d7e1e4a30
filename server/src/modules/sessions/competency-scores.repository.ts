import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  CompetencyScoreEntity,
  type StoredEvidence,
} from '../../database/entities/competency-score.entity.js';
import { VisitorSessionEntity } from '../../database/entities/visitor-session.entity.js';

export interface ScoreRow {
  competency: string;
  score: number;
  maxScore: number;
  evidence: StoredEvidence[];
}

@Injectable()
export class CompetencyScoresRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Replaces the session's scores and marks it completed, atomically. */
  async saveCompletion(sessionId: string, rows: readonly ScoreRow[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(CompetencyScoreEntity, { sessionId });
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
    });
  }

  findForSession(sessionId: string): Promise<CompetencyScoreEntity[]> {
    return this.dataSource
      .getRepository(CompetencyScoreEntity)
      .find({ where: { sessionId }, order: { competency: 'ASC' } });
  }
}
