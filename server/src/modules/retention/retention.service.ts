import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DomainError } from '../../common/domain-error.js';
import { AuditRepository } from '../audit/audit.repository.js';
import type { StaffPrincipal } from '../auth/staff-principal.js';
import { JobQueue, type JobStatus } from '../jobs/job-queue.js';
import {
  PurgeJobData,
  type PurgeJobResponse,
  type PurgeResult,
  type RetentionResponse,
  type RetentionSettingsBody,
} from './retention.dto.js';
import { RetentionRepository } from './retention.repository.js';

export const PURGE_JOB = 'retention-purge';
/** Every night at 3:30, Paris time: the centre is closed, the headsets are charging. */
const PURGE_CRON = '30 3 * * *';
const PURGE_SCHEDULE_TEXT = 'chaque nuit à 3\u00a0h\u00a030 (heure de Paris)';

@Injectable()
export class RetentionService implements OnModuleInit {
  private readonly log = new Logger('Retention');

  constructor(
    @Inject(RetentionRepository) private readonly retention: RetentionRepository,
    @Inject(AuditRepository) private readonly audit: AuditRepository,
    @Inject(JobQueue) private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.define({
      name: PURGE_JOB,
      cron: PURGE_CRON,
      handle: async (data) => {
        // Only the scheduler and this module send the job; a malformed one is a bug, not input.
        const { asOf, requestedBy } = PurgeJobData.parse(data);
        return { ...(await this.purge(asOf ? new Date(asOf) : new Date(), requestedBy ?? null)) };
      },
    });
  }

  async view(): Promise<RetentionResponse> {
    const [settings, lastPurge, runningId] = await Promise.all([
      this.retention.settings(),
      this.retention.lastPurge(),
      this.jobs.pending(PURGE_JOB),
    ]);
    const running = runningId ? await this.jobs.status(PURGE_JOB, runningId) : null;
    return {
      visitsMonths: settings.visitsMonths,
      auditMonths: settings.auditMonths,
      updatedAt: settings.updatedAt?.toISOString() ?? null,
      updatedBy: settings.updatedBy,
      schedule: PURGE_SCHEDULE_TEXT,
      lastPurge,
      running: running ? toResponse(running) : null,
    };
  }

  async update(body: RetentionSettingsBody, admin: StaffPrincipal): Promise<RetentionResponse> {
    const before = await this.retention.settings();
    await this.retention.saveSettings(body, admin.sub);
    await this.audit.record({
      actorId: admin.sub,
      action: 'retention.updated',
      targetType: 'settings',
      targetId: 'retention',
      details: {
        before: { visitsMonths: before.visitsMonths, auditMonths: before.auditMonths },
        after: body,
      },
    });
    return this.view();
  }

  /** Queues a purge now (the one already waiting, if any, is the answer). */
  async request(admin: StaffPrincipal): Promise<PurgeJobResponse> {
    // `null` from send: one is already waiting; it may finish between the two calls, then retry.
    for (let attempt = 0; attempt < 3; attempt++) {
      const id =
        (await this.jobs.send(PURGE_JOB, { requestedBy: admin.sub })) ?? (await this.jobs.pending(PURGE_JOB));
      if (id) return this.job(id);
    }
    throw new DomainError('JOB_NOT_FOUND');
  }

  async job(id: string): Promise<PurgeJobResponse> {
    const status = await this.jobs.status(PURGE_JOB, id);
    if (!status) throw new DomainError('JOB_NOT_FOUND');
    return toResponse(status);
  }

  /**
   * Deletes everything that expired as of `asOf` and writes one audit entry with the counts
   * (never what was deleted). Safe to run twice: the second run finds nothing.
   */
  async purge(asOf: Date, requestedBy: string | null): Promise<PurgeResult> {
    const settings = await this.retention.settings();
    const cutoffs = await this.retention.cutoffs(asOf, settings);
    const counts = await this.retention.purgeExpired(asOf, settings.visitsMonths);
    const auditEntries = await this.audit.purgeExpired(asOf, settings.auditMonths);
    const result: PurgeResult = { asOf: asOf.toISOString(), ...cutoffs, ...counts, auditEntries };
    // Written after the audit purge, so the record of this purge is never its own victim.
    await this.audit.record({
      actorId: requestedBy,
      action: 'retention.purged',
      targetType: 'settings',
      targetId: 'retention',
      details: { ...result },
    });
    this.log.log(
      `purge : ${counts.visits} visite(s), ${auditEntries} entrée(s) du journal, ${counts.staffSessions} session(s) du personnel`,
    );
    return result;
  }
}

function toResponse(status: JobStatus): PurgeJobResponse {
  return {
    id: status.id,
    state: status.state,
    createdAt: status.createdOn.toISOString(),
    completedAt: status.completedOn?.toISOString() ?? null,
    result: status.state === 'completed' ? (status.output as unknown as PurgeResult) : null,
  };
}
