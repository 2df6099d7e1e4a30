import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { StaffUserEntity } from './staff-user.entity.js';

export type InvitationKind = 'invitation' | 'reset';

/** A one-time link to set one's password (sha256 of the token only; valid 7 days). */
@Entity({ name: 'staff_invitations' })
@Unique('uq_staff_invitations_token_hash', ['tokenHash'])
@Index('ix_staff_invitations_user', ['userId'])
@Check('ck_staff_invitations_kind', `"kind" IN ('invitation', 'reset')`)
export class StaffInvitationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_staff_invitations' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_staff_invitations_user' })
  user?: StaffUserEntity;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ type: 'text' })
  kind: InvitationKind;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  /** Set when used, or when a newer link or a deactivation voided it. */
  @Column({ name: 'consumed_at', type: 'timestamptz', nullable: true })
  consumedAt: Date | null;
}
