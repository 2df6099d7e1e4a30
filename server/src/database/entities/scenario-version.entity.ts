import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { ScenarioEntity } from './scenario.entity.js';
import { StaffUserEntity } from './staff-user.entity.js';

export type ScenarioVersionStatus = 'draft' | 'published' | 'retired';

/** Immutable once written: a change of source or metier.json gives a new version. */
@Entity({ name: 'scenario_versions' })
@Index('ix_scenario_versions_scenario', ['scenarioId', 'createdAt'])
@Index('ix_scenario_versions_source_hash', ['scenarioId', 'sourceHash'])
@Check('ck_scenario_versions_status', `"status" IN ('draft', 'published', 'retired')`)
export class ScenarioVersionEntity {
  /** sha256 (hex) of the compiled JSON + metier.json: the content hash is the version id. */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_scenario_versions' })
  id: string;

  @Column({ name: 'scenario_id', type: 'text' })
  scenarioId: string;

  @ManyToOne(() => ScenarioEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scenario_id', foreignKeyConstraintName: 'fk_scenario_versions_scenario' })
  scenario?: ScenarioEntity;

  @Column({ type: 'text' })
  status: ScenarioVersionStatus;

  /** Header tags (id, title, sector, job, durationMinutes). */
  @Column({ type: 'jsonb' })
  meta: object;

  @Column({ type: 'text' })
  source: string;

  /**
   * sha256 of the inputs (ink source, metier.json, referential): lets a restart skip compiling
   * and exploring a scenario whose files did not change.
   */
  @Column({ name: 'source_hash', type: 'text' })
  sourceHash: string;

  /** Compiled inkjs JSON, kept as text so the served bytes are exactly the hashed ones. */
  @Column({ name: 'compiled_json', type: 'text' })
  compiledJson: string;

  @Column({ type: 'jsonb' })
  metier: object;

  /** Snapshot of the competency referential at publication. */
  @Column({ type: 'jsonb' })
  referentiel: object;

  /** Maximum reachable score per competency, computed at publication. */
  @Column({ name: 'max_scores', type: 'jsonb' })
  maxScores: Record<string, number>;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy: string | null;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'published_by', foreignKeyConstraintName: 'fk_scenario_versions_publisher' })
  publisher?: StaffUserEntity | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
