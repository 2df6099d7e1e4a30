import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '../../common/domain-error.js';
import { AuditRepository } from '../audit/audit.repository.js';
import type { StaffPrincipal } from '../auth/staff-principal.js';
import type { CreateSiteBody, SiteResponse, UpdateSiteBody } from './sites.dto.js';
import { SitesRepository } from './sites.repository.js';

@Injectable()
export class SitesService {
  constructor(
    @Inject(SitesRepository) private readonly sites: SitesRepository,
    @Inject(AuditRepository) private readonly audit: AuditRepository,
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
}
