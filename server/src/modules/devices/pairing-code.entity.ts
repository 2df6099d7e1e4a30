import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SiteEntity } from '../../database/entities/site.entity.js';
import { StaffUserEntity } from '../../database/entities/staff-user.entity.js';
import { DeviceEntity } from './device.entity.js';

/** A one-time code an admin gives to a headset to pair it (valid 10 minutes). */
@Entity({ name: 'device_pairing_codes' })
@Index('ix_device_pairing_codes_code_hash', ['codeHash'])
export class PairingCodeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_device_pairing_codes' })
  id: string;

  /** sha256 (hex) of the six digits. */
  @Column({ name: 'code_hash', type: 'text' })
  codeHash: string;

  /** Label the paired device will carry. */
  @Column({ type: 'text' })
  label: string;

  @Column({ name: 'site_id', type: 'uuid', nullable: true })
  siteId: string | null;

  @ManyToOne(() => SiteEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'site_id', foreignKeyConstraintName: 'fk_device_pairing_codes_site' })
  site?: SiteEntity | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_device_pairing_codes_creator' })
  creator?: StaffUserEntity | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  /** The device this code paired, once used. */
  @Column({ name: 'device_id', type: 'uuid', nullable: true })
  deviceId: string | null;

  @ManyToOne(() => DeviceEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'device_id', foreignKeyConstraintName: 'fk_device_pairing_codes_device' })
  device?: DeviceEntity | null;
}
