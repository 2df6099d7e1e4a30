import { Check, Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { VisitorSessionEntity } from './visitor-session.entity.js';

/** Optional answers at the end of a session (DESIGN §5); every column may stay null. */
@Entity({ name: 'demographics' })
@Check(
  'ck_demographics_gender',
  `"gender" IS NULL OR "gender" IN ('femme', 'homme', 'non-binaire', 'non renseigné')`,
)
@Check('ck_demographics_satisfaction', `"satisfaction" IS NULL OR "satisfaction" BETWEEN 1 AND 5`)
export class DemographicsEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid', primaryKeyConstraintName: 'pk_demographics' })
  sessionId: string;

  @OneToOne(() => VisitorSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_demographics_session' })
  session?: VisitorSessionEntity;

  @Column({ type: 'text', nullable: true })
  gender: string | null;

  /** `<18 | 18-29 | 30-54 | 55+`, finer bands allowed inside. */
  @Column({ name: 'age_band', type: 'text', nullable: true })
  ageBand: string | null;

  /** ESF+ participant situation category. */
  @Column({ type: 'text', nullable: true })
  situation: string | null;

  /** ISCED `0-2 | 3-4 | 5-8`. */
  @Column({ type: 'text', nullable: true })
  education: string | null;

  @Column({ type: 'smallint', nullable: true })
  satisfaction: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
