import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only record of staff and system actions (DESIGN §6). */
@Entity({ name: 'audit_log' })
@Index('ix_audit_log_at', ['at'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    primaryKeyConstraintName: 'pk_audit_log',
    generatedIdentity: 'ALWAYS',
  })
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  /** Staff user id, or null for the system (seed, purge). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  /** e.g. `auth.login`, `scenario.published`, `profile.viewed`. */
  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'target_type', type: 'text', nullable: true })
  targetType: string | null;

  @Column({ name: 'target_id', type: 'text', nullable: true })
  targetId: string | null;

  @Column({ type: 'jsonb' })
  details: object;
}
