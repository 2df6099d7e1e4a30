import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '../../common/domain-error.js';
import type { VisitorSessionEntity } from '../../database/entities/visitor-session.entity.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { ProfilesService } from '../profiles/profiles.service.js';
import { hashFollowUpCode } from '../sessions/follow-up-code-hash.js';
import { VisitErasureRepository } from '../sessions/visit-erasure.repository.js';
import { VisitorSessionsRepository } from '../sessions/visitor-sessions.repository.js';
import type { MyDataResponse } from './my-data.dto.js';
import { MyDataRepository } from './my-data.repository.js';
import { RetentionRepository } from '../retention/retention.repository.js';

const PARIS_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

@Injectable()
export class MyDataService {
  constructor(
    @Inject(VisitorSessionsRepository) private readonly sessions: VisitorSessionsRepository,
    @Inject(ProfilesService) private readonly profiles: ProfilesService,
    @Inject(MyDataRepository) private readonly data: MyDataRepository,
    @Inject(VisitErasureRepository) private readonly erasure: VisitErasureRepository,
    @Inject(AuditRepository) private readonly audit: AuditRepository,
    @Inject(RetentionRepository) private readonly retention: RetentionRepository,
  ) {}

  async lookUp(code: string): Promise<MyDataResponse> {
    const session = await this.sessionOf(code);
    const completed = session.status === 'completed' && session.completedAt !== null;
    const profile = completed
      ? await this.profiles.profileOf(session as VisitorSessionEntity & { completedAt: Date })
      : null;
    const [answers, said, retention] = await Promise.all([
      this.data.findAnswers(session.id),
      this.data.findTranscripts(session.id),
      this.retention.settings(),
    ]);
    const { scenario, site } = profile ?? (await this.profiles.summaryOf(session));
    return {
      scenario: { title: scenario.title, job: scenario.job },
      site: site ? { name: site.name } : null,
      visitedOn: PARIS_DAY.format(session.startedAt),
      completed,
      answers,
      competencies: (profile?.competencies ?? []).map((c) => ({
        id: c.id,
        libelle: c.libelle,
        description: c.description,
        score: c.score,
        max: c.max,
      })),
      said,
      // The admin's setting (Conservation des données), not a constant.
      retentionMonths: retention.visitsMonths,
    };
  }

  /**
   * Erases the visit of `code`. The audit entry says only that a visitor erased a visit of this scenario in this
   * month: no code, no visit id, no site, no day.
   */
  async erase(code: string): Promise<void> {
    const session = await this.sessionOf(code);
    const erased = await this.erasure.eraseVisit(session.id, (visit, manager) =>
      this.audit.record(
        {
          actorId: null,
          action: 'visit.erased_by_visitor',
          details: { scenarioId: visit.scenarioId, month: visit.month },
        },
        manager,
      ),
    );
    if (!erased) throw new DomainError('MY_DATA_NOT_FOUND');
  }

  private async sessionOf(code: string): Promise<VisitorSessionEntity> {
    const hash = hashFollowUpCode(code);
    if (hash === null) throw new DomainError('FOLLOW_UP_CODE_INVALID');
    const session = await this.sessions.findByFollowUpCodeHash(hash);
    // A code never given and a visit already erased answer alike.
    if (!session) throw new DomainError('MY_DATA_NOT_FOUND');
    return session;
  }
}
