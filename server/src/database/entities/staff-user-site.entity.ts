import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SiteEntity } from './site.entity.js';
import { StaffUserEntity } from './staff-user.entity.js';

/** The sites a staff member works for (a counsellor sees only their visits). */
@Entity({ name: 'staff_user_sites' })
@Index('ix_staff_user_sites_site', ['siteId'])
export class StaffUserSiteEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'pk_staff_user_sites' })
  userId: string;

  @PrimaryColumn({ name: 'site_id', type: 'uuid', primaryKeyConstraintName: 'pk_staff_user_sites' })
  siteId: string;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_staff_user_sites_user' })
  user?: StaffUserEntity;

  // RESTRICT: a site with staff is deactivated, not deleted.
  @ManyToOne(() => SiteEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'site_id', foreignKeyConstraintName: 'fk_staff_user_sites_site' })
  site?: SiteEntity;
}
