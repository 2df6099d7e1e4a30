import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

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

  @Column({ name: 'display_name', type: 'text', default: '' })
  displayName: string;

  /** `scrypt$N$r$p$salt$hash` (base64); null until the invitation link was used. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash: string | null;

  @Column({ type: 'text' })
  role: StaffRole;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ name: 'last_sign_in_at', type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
