import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SiteEntity } from '../../database/entities/site.entity.js';

/** The centre named on a profile (and on its printout). */
@Injectable()
export class ProfileSitesRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async findSummary(id: string): Promise<{ id: string; name: string } | null> {
    const site = await this.dataSource.getRepository(SiteEntity).findOneBy({ id });
    return site ? { id: site.id, name: site.name } : null;
  }
}
