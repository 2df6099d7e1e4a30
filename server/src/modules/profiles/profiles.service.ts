import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '../../common/domain-error.js';
import { AuditRepository } from '../audit/audit.repository.js';
import type { StaffPrincipal } from '../auth/staff-principal.js';
import { ScenariosRepository } from '../scenarios/scenarios.repository.js';
import type { Referentiel } from '../seed/narrative-files.js';
import { CompetencyScoresRepository } from '../sessions/competency-scores.repository.js';
import type { VisitorSessionEntity } from '../../database/entities/visitor-session.entity.js';
import { hashFollowUpCode } from '../sessions/follow-up-code-hash.js';
import { VisitErasureRepository } from '../sessions/visit-erasure.repository.js';
import { VisitorSessionsRepository } from '../sessions/visitor-sessions.repository.js';
import { buildProfile, type ProfileSource } from './profile-view.js';
import type { ProfileResponse } from './profiles.dto.js';
import { ProfileSitesRepository } from './profile-sites.repository.js';

/** Admins see every site; counsellors only the visits of their own sites. */
function canSee(viewer: StaffPrincipal, siteId: string | null): boolean {
  return viewer.role === 'admin' || (siteId !== null && viewer.siteIds.includes(siteId));
}

@Injectable()
export class ProfilesService {
  constructor(
    @Inject(VisitorSessionsRepository) private readonly sessions: VisitorSessionsRepository,
    @Inject(CompetencyScoresRepository) private readonly scores: CompetencyScoresRepository,
    @Inject(ScenariosRepository) private readonly scenarios: ScenariosRepository,
    @Inject(AuditRepository) private readonly audit: AuditRepository,
    @Inject(ProfileSitesRepository) private readonly sites: ProfileSitesRepository,
    @Inject(VisitErasureRepository) private readonly erasure: VisitErasureRepository,
  ) {}

  async byFollowUpCode(code: string, viewer: StaffPrincipal): Promise<ProfileResponse> {
    const session = await this.visibleSession(code, viewer);
    if (session.status !== 'completed' || !session.completedAt) throw new DomainError('PROFILE_NOT_READY');
    const profile = await this.profileOf(session as VisitorSessionEntity & { completedAt: Date });
    await this.audit.record({
      actorId: viewer.sub,
      action: 'profile.viewed',
      targetType: 'visitor_session',
      targetId: session.id,
      // Which sign-in looked; never the code itself.
      details: { staffSessionId: viewer.sessionId },
    });
    return profile;
  }

  /**
   * Erases a visit at its visitor's request (the visitor gave the counsellor the code), under the same site rule
   * as the look-up. The audit entry names who erased it, the scenario, site and month: not the code nor the visit.
   */
  async eraseByFollowUpCode(code: string, viewer: StaffPrincipal): Promise<void> {
    const session = await this.visibleSession(code, viewer);
    const erased = await this.erasure.eraseVisit(session.id, (visit, manager) =>
      this.audit.record(
        {
          actorId: viewer.sub,
          action: 'visit.erased_by_staff',
          details: {
            staffSessionId: viewer.sessionId,
            scenarioId: visit.scenarioId,
            siteId: visit.siteId,
            month: visit.month,
          },
        },
        manager,
      ),
    );
    // Erased by someone else meanwhile.
    if (!erased) throw new DomainError('PROFILE_NOT_FOUND');
  }

  /** The visit of `code`; outside a counsellor's sites it answers exactly like an unknown code (audited). */
  private async visibleSession(code: string, viewer: StaffPrincipal): Promise<VisitorSessionEntity> {
    const hash = hashFollowUpCode(code);
    if (hash === null) throw new DomainError('FOLLOW_UP_CODE_INVALID');
    const found = await this.sessions.findByFollowUpCodeHash(hash);
    if (found && canSee(viewer, found.siteId)) return found;
    await this.audit.record({
      actorId: viewer.sub,
      action: 'profile.not_found',
      details: { staffSessionId: viewer.sessionId },
    });
    throw new DomainError('PROFILE_NOT_FOUND');
  }

  /** The scenario and centre of a visit, finished or not. */
  async summaryOf(
    session: VisitorSessionEntity,
  ): Promise<Pick<ProfileResponse, 'scenario' | 'site'>> {
    const version = (await this.scenarios.findVersion(session.scenarioId, session.versionId))!;
    const meta = version.meta as ProfileSource['meta'];
    return {
      scenario: {
        id: session.scenarioId,
        title: meta.title ?? session.scenarioId,
        job: meta.job ?? '',
        sector: meta.sector ?? '',
      },
      site: session.siteId ? await this.sites.findSummary(session.siteId) : null,
    };
  }

  /** The competency profile of a completed visit, as stored (no audit: callers record their own). */
  async profileOf(session: VisitorSessionEntity & { completedAt: Date }): Promise<ProfileResponse> {
    const version = (await this.scenarios.findVersion(session.scenarioId, session.versionId))!;
    const rows = await this.scores.findForSession(session.id);
    const site = session.siteId ? await this.sites.findSummary(session.siteId) : null;
    return buildProfile({
      scenarioId: session.scenarioId,
      meta: version.meta as ProfileSource['meta'],
      compiledJson: version.compiledJson,
      metier: version.metier as Record<string, unknown>,
      referentiel: version.referentiel as unknown as Referentiel,
      site,
      completedAt: session.completedAt,
      rows,
    });
  }
}
