import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { SiteEntity } from './site.entity.js';

export type StaffRole = 'counsellor' | 'editor' | 'admin';
export const STAFF_ROLES: readonly StaffRole[] = ['counsellor', 'editor', 'admin'];

@Entity({ name: 'staff_users' })
@Unique('uq_staff_users_email', ['email'])
@Check('ck_staff_users_role', `"role" IN ('counsellor', 'editor', 'admin')`)
export class StaffUserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_staff_users' })
  id: string;

  /** Stored lower-cased. */
  @Column({ type: 'text' })
  email: string;

  /** `scrypt$N$r$p$salt$hash` (base64). */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ type: 'text' })
  role: StaffRole;

  @Column({ name: 'site_id', type: 'uuid', nullable: true })
  siteId: string | null;

  @ManyToOne(() => SiteEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'site_id', foreignKeyConstraintName: 'fk_staff_users_site' })
  site?: SiteEntity | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
