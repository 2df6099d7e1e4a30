import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An immutable media file, stored once whatever the number of versions that use it. */
@Entity({ name: 'media_assets' })
export class MediaAssetEntity {
  /** sha256 (hex) of the bytes. */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_media_assets' })
  id: string;

  @Column({ type: 'text' })
  mime: string;

  @Column({ type: 'integer' })
  size: number;

  @Column({ type: 'bytea' })
  bytes: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
