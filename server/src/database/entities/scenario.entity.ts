import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'scenarios' })
export class ScenarioEntity {
  /** The `# id:` header tag, also the folder name under narratives/. */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_scenarios' })
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  sector: string;

  @Column({ type: 'text' })
  job: string;

  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes: number;

  /** The version served by the catalog; null until one is published. */
  @Column({ name: 'published_version_id', type: 'text', nullable: true })
  publishedVersionId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
