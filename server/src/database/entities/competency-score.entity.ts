import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { VisitorSessionEntity } from './visitor-session.entity.js';

export interface StoredEvidence {
  step: number;
  path: string;
  choiceIndex: number;
  choiceText: string;
  delta: number;
  method?: string;
  transcript?: string;
}

/** Authoritative scores: written only by the server's replay of the choice path. */
@Entity({ name: 'competency_scores' })
export class CompetencyScoreEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid', primaryKeyConstraintName: 'pk_competency_scores' })
  sessionId: string;

  @ManyToOne(() => VisitorSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_competency_scores_session' })
  session?: VisitorSessionEntity;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_competency_scores' })
  competency: string;

  @Column({ type: 'integer' })
  score: number;

  @Column({ name: 'max_score', type: 'integer' })
  maxScore: number;

  @Column({ type: 'jsonb' })
  evidence: StoredEvidence[];
}
