import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { LOCK_KEYS, withAdvisoryLock } from '../../database/advisory-lock.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { generatePassword, hashPassword } from '../auth/password.js';
import { StaffUsersRepository } from '../auth/staff-users.repository.js';
import { MediaService, type FolderMedia } from '../media/media.service.js';
import { ScenariosRepository } from '../scenarios/scenarios.repository.js';
import { DEFAULT_SITES } from '../sites/default-sites.js';
import { SitesRepository } from '../sites/sites.repository.js';
import { compileScenario, computeMaxScores, scenarioMeta } from '../scenarios/story-engine.js';
import { readNarrativeFolders, readReferentiel } from './narrative-files.js';

export interface SeedReport {
  scenarios: { id: string; versionId: string; created: boolean }[];
  skipped: { folder: string; reason: string }[];
  /** Set only when the first admin was created with a generated password. */
  generatedAdminPassword?: string;
  adminCreated: boolean;
}

/** sha256 of the compiled story, metier.json, then the hashes of its media files: the version id. */
export function versionIdOf(compiledJson: string, metierText: string, mediaIds: string[] = []): string {
  const hash = createHash('sha256').update(compiledJson).update('\n').update(metierText);
  for (const id of mediaIds) hash.update('\n').update(id);
  return hash.digest('hex');
}

@Injectable()
export class SeedService {
  private readonly logger = new Logger('Seed');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ScenariosRepository) private readonly scenarios: ScenariosRepository,
    @Inject(StaffUsersRepository) private readonly users: StaffUsersRepository,
    @Inject(AuditRepository) private readonly audit: AuditRepository,
    @Inject(MediaService) private readonly media: MediaService,
    @Inject(SitesRepository) private readonly sites: SitesRepository,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  /**
   * Idempotent: run at every start, under an advisory lock so that instances starting together on
   * one empty database take turns (the second finds the scenarios and the admin already there).
   */
  async run(): Promise<SeedReport> {
    return withAdvisoryLock(this.dataSource, LOCK_KEYS.seed, async () => {
      const report: SeedReport = { scenarios: [], skipped: [], adminCreated: false };
      await this.sites.seed(DEFAULT_SITES);
      await this.seedScenarios(report);
      await this.seedAdmin(report);
      return report;
    });
  }

  private async seedScenarios(report: SeedReport): Promise<void> {
    const referentiel = await readReferentiel(this.config.narrativesDir);
    const competencies = referentiel.competences.map((c) => c.id);
    const referentielText = JSON.stringify(referentiel);
    for (const folder of await readNarrativeFolders(this.config.narrativesDir)) {
      let media: FolderMedia;
      try {
        media = await this.media.readFolderMedia(
          join(this.config.narrativesDir, folder.folder),
          JSON.parse(folder.metierText),
        );
      } catch (error) {
        // Unreadable JSON is reported below, with the compile result.
        media = { assets: new Map() };
        if (!(error instanceof SyntaxError)) {
          const reason = `${folder.folder}/metier.json: ${(error as Error).message}`;
          report.skipped.push({ folder: folder.folder, reason });
          this.logger.warn(`Scénario « ${folder.folder} » ignoré : ${reason}`);
          continue;
        }
      }
      const mediaIds = [...media.assets.values()].map((asset) => asset.id);
      const sourceHash = createHash('sha256')
        .update(folder.source)
        .update('\0')
        .update(folder.metierText)
        .update('\0')
        .update(referentielText)
        .update(mediaIds.map((id) => `\0${id}`).join(''))
        .digest('hex');
      // Unchanged files (the usual restart): no compile, no exploration.
      const known = await this.scenarios.findVersionIdBySourceHash(folder.folder, sourceHash);
      if (known) {
        await this.scenarios.republish(folder.folder, known);
        report.scenarios.push({ id: folder.folder, versionId: known, created: false });
        continue;
      }
      const compiled = compileScenario(folder.source, `${folder.folder}/scenario.ink`);
      if (compiled.json === null) {
        const first = compiled.diagnostics.find((d) => d.severity === 'error');
        const reason = first
          ? `${first.file}:${first.line}:${first.column}: ${first.message}`
          : 'compilation impossible';
        report.skipped.push({ folder: folder.folder, reason });
        this.logger.warn(`Scénario « ${folder.folder} » ignoré : ${reason}`);
        continue;
      }
      let metier: Record<string, unknown>;
      try {
        metier = JSON.parse(folder.metierText) as Record<string, unknown>;
      } catch (error) {
        const reason = `metier.json illisible (${(error as Error).message})`;
        report.skipped.push({ folder: folder.folder, reason });
        this.logger.warn(`Scénario « ${folder.folder} » ignoré : ${reason}`);
        continue;
      }
      const meta = scenarioMeta(compiled.json);
      const id = meta.id || folder.folder;
      const { maxScores, exhaustive } = computeMaxScores(compiled.json, competencies);
      if (!exhaustive)
        this.logger.warn(`Scénario « ${id} » : exploration bornée, scores maximaux approchés.`);
      const versionId = versionIdOf(compiled.json, folder.metierText, mediaIds);
      // Media files become immutable assets; the published metier points at their URLs.
      metier = await this.media.publish(metier, media);
      const { created } = await this.scenarios.publishVersion({
        id: versionId,
        scenario: {
          id,
          title: meta.title || id,
          sector: meta.sector,
          job: meta.job,
          durationMinutes: Math.round(meta.durationMinutes),
        },
        meta: { ...meta, id },
        source: folder.source,
        sourceHash,
        compiledJson: compiled.json,
        metier,
        referentiel: referentiel as unknown as Record<string, unknown>,
        maxScores,
      });
      if (created) {
        await this.audit.record({
          actorId: null,
          action: 'scenario.published',
          targetType: 'scenario_version',
          targetId: versionId,
          details: { scenarioId: id },
        });
        this.logger.log(`Scénario « ${id} » : nouvelle version ${versionId.slice(0, 12)} publiée.`);
      }
      report.scenarios.push({ id, versionId, created });
    }
  }

  private async seedAdmin(report: SeedReport): Promise<void> {
    if (await this.users.hasAnyAdmin()) return;
    const password = this.config.adminPassword ?? generatePassword();
    // Two instances starting at once: only the one whose insert lands reports a password.
    const userId = await this.users.insertIfAbsent({
      email: this.config.adminEmail,
      displayName: 'Administrateur',
      passwordHash: await hashPassword(password),
      role: 'admin',
    });
    if (!userId) return;
    await this.audit.record({
      actorId: null,
      action: 'staff.created',
      targetType: 'staff_user',
      targetId: userId,
      details: { role: 'admin', seed: true },
    });
    report.adminCreated = true;
    if (!this.config.adminPassword) report.generatedAdminPassword = password;
  }
}
