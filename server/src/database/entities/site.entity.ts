import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'sites' })
export class SiteEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_sites' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
