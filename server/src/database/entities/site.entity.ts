import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** The Cité des Métiers and its associated centres; headsets, visits and counsellors belong to one. */
@Entity({ name: 'sites' })
@Unique('uq_sites_name', ['name'])
export class SiteEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_sites' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: '' })
  city: string;

  /** A deactivated site keeps its history but takes no new headset or counsellor. */
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
