import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { SiteEntity } from '../../database/entities/site.entity.js';
import { StaffUserEntity } from '../../database/entities/staff-user.entity.js';

/** A paired headset (DESIGN §5). Only the sha256 of its token is stored. */
@Entity({ name: 'devices' })
@Unique('uq_devices_token_hash', ['tokenHash'])
export class DeviceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_devices' })
  id: string;

  /** Chosen by the admin, e.g. « Casque 3 — Marseille ». */
  @Column({ type: 'text' })
  label: string;

  @Column({ name: 'site_id', type: 'uuid', nullable: true })
  siteId: string | null;

  @ManyToOne(() => SiteEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'site_id', foreignKeyConstraintName: 'fk_devices_site' })
  site?: SiteEntity | null;

  /** sha256 (hex) of the 256-bit bearer token; the token itself is shown once to the headset. */
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  /** The admin who issued the pairing code. */
  @Column({ name: 'paired_by', type: 'uuid', nullable: true })
  pairedBy: string | null;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'paired_by', foreignKeyConstraintName: 'fk_devices_paired_by' })
  pairedByUser?: StaffUserEntity | null;

  @Column({ name: 'paired_at', type: 'timestamptz', default: () => 'now()' })
  pairedAt: Date;

  /** Last authenticated request, at most one write a minute. */
  @Column({ name: 'last_seen_at', type: 'timestamptz', nullable: true })
  lastSeenAt: Date | null;

  /** Staff PIN of the headset's « Personnel » panel: `scrypt$<salt hex>$<hash hex>`, null until set. */
  @Column({ name: 'staff_pin_hash', type: 'text', nullable: true })
  staffPinHash: string | null;

  /** Set on revocation; a revoked token is refused. Kept so past sessions still name their device. */
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
