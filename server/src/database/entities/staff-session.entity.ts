import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { StaffUserEntity } from './staff-user.entity.js';

/** A back-office sign-in (cookie). Only a keyed hash of the token is stored. */
@Entity({ name: 'staff_sessions' })
@Unique('uq_staff_sessions_token_hash', ['tokenHash'])
@Index('ix_staff_sessions_user', ['userId'])
export class StaffSessionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_staff_sessions' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_staff_sessions_user' })
  user?: StaffUserEntity;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  /** Synchronizer token sent back in `X-CSRF-Token` on unsafe methods. */
  @Column({ name: 'csrf_token', type: 'text' })
  csrfToken: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz', default: () => 'now()' })
  lastSeenAt: Date;

  /** Absolute end (8 h after sign-in). */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  ip: string | null;

  @Column({ name: 'user_agent', type: 'text', nullable: true })
  userAgent: string | null;
}
