import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '../../common/domain-error.js';
import { AuditRepository } from '../audit/audit.repository.js';
import type { StaffPrincipal } from '../auth/staff-principal.js';
import { ScenariosRepository } from '../scenarios/scenarios.repository.js';
import type { Referentiel } from '../seed/narrative-files.js';
import { CompetencyScoresRepository } from '../sessions/competency-scores.repository.js';
import { hashFollowUpCode } from '../sessions/follow-up-code-hash.js';
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
  ) {}

  async byFollowUpCode(code: string, viewer: StaffPrincipal): Promise<ProfileResponse> {
    const hash = hashFollowUpCode(code);
    if (hash === null) throw new DomainError('FOLLOW_UP_CODE_INVALID');
    const found = await this.sessions.findByFollowUpCodeHash(hash);
    // Outside a counsellor's sites a visit answers exactly like an unknown code.
    const session = found && canSee(viewer, found.siteId) ? found : null;
    if (!session) {
      await this.audit.record({
        actorId: viewer.sub,
        action: 'profile.not_found',
        details: { staffSessionId: viewer.sessionId },
      });
      throw new DomainError('PROFILE_NOT_FOUND');
    }
    if (session.status !== 'completed' || !session.completedAt) throw new DomainError('PROFILE_NOT_READY');

    const version = (await this.scenarios.findVersion(session.scenarioId, session.versionId))!;
    const rows = await this.scores.findForSession(session.id);
    const site = session.siteId ? await this.sites.findSummary(session.siteId) : null;
    await this.audit.record({
      actorId: viewer.sub,
      action: 'profile.viewed',
      targetType: 'visitor_session',
      targetId: session.id,
      // Which sign-in looked; never the code itself.
      details: { staffSessionId: viewer.sessionId },
    });
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
