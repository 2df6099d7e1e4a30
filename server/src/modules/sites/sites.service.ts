import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '../../common/domain-error.js';
import { AuditRepository } from '../audit/audit.repository.js';
import type { StaffPrincipal } from '../auth/staff-principal.js';
import { SiteCatalogRepository } from './site-catalog.repository.js';
import type {
  CreateSiteBody,
  SiteResponse,
  SiteScenarioResponse,
  SiteScenariosBody,
  UpdateSiteBody,
} from './sites.dto.js';
import { SitesRepository } from './sites.repository.js';

@Injectable()
export class SitesService {
  constructor(
    @Inject(SitesRepository) private readonly sites: SitesRepository,
    @Inject(AuditRepository) private readonly audit: AuditRepository,
    @Inject(SiteCatalogRepository) private readonly catalog: SiteCatalogRepository,
  ) {}

  /** Admins see every site; other staff only their own. */
  list(viewer: StaffPrincipal): Promise<SiteResponse[]> {
    return this.sites.list(viewer.role === 'admin' ? undefined : viewer.siteIds);
  }

  async create(body: CreateSiteBody, admin: StaffPrincipal): Promise<SiteResponse> {
    const id = await this.sites.create(body.name, body.city ?? '');
    if (!id) throw new DomainError('SITE_NAME_TAKEN');
    await this.audit.record({
      actorId: admin.sub,
      action: 'site.created',
      targetType: 'site',
      targetId: id,
      details: { name: body.name, city: body.city ?? '' },
    });
    return (await this.sites.findById(id))!;
  }

  async update(id: string, body: UpdateSiteBody, admin: StaffPrincipal): Promise<SiteResponse> {
    const before = await this.sites.findById(id);
    if (!before) throw new DomainError('SITE_NOT_FOUND');
    const outcome = await this.sites.update(id, body);
    if (outcome === 'missing') throw new DomainError('SITE_NOT_FOUND');
    if (outcome === 'name-taken') throw new DomainError('SITE_NAME_TAKEN');
    await this.audit.record({
      actorId: admin.sub,
      action: 'site.updated',
      targetType: 'site',
      targetId: id,
      details: { before: { name: before.name, city: before.city, active: before.active }, changes: body },
    });
    return (await this.sites.findById(id))!;
  }

  async remove(id: string, admin: StaffPrincipal): Promise<void> {
    const before = await this.sites.findById(id);
    const outcome = await this.sites.deleteUnused(id);
    if (outcome === 'missing') throw new DomainError('SITE_NOT_FOUND');
    if (outcome === 'in-use') throw new DomainError('SITE_IN_USE');
    await this.audit.record({
      actorId: admin.sub,
      action: 'site.deleted',
      targetType: 'site',
      targetId: id,
      details: { name: before?.name },
    });
  }

  async scenarios(id: string): Promise<SiteScenarioResponse[]> {
    if (!(await this.sites.findById(id))) throw new DomainError('SITE_NOT_FOUND');
    return this.catalog.list(id);
  }

  async setScenarios(
    id: string,
    body: SiteScenariosBody,
    admin: StaffPrincipal,
  ): Promise<SiteScenarioResponse[]> {
    const site = await this.sites.findById(id);
    if (!site) throw new DomainError('SITE_NOT_FOUND');
    const before = (await this.catalog.list(id)).filter((s) => s.offered).map((s) => s.id);
    const { unknown } = await this.catalog.setOffered(id, body.offered);
    if (unknown.length > 0)
      throw new DomainError(
        'SCENARIO_NOT_FOUND',
        `Scénario inconnu ou non publié\u00a0: ${unknown.slice(0, 5).join(', ')}.`,
        { unknown },
      );
    await this.audit.record({
      actorId: admin.sub,
      action: 'site.catalog_updated',
      targetType: 'site',
      targetId: id,
      details: {
        name: site.name,
        added: body.offered.filter((s) => !before.includes(s)),
        removed: before.filter((s) => !body.offered.includes(s)),
      },
    });
    return this.catalog.list(id);
  }
}
