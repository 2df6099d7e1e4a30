import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '../../common/domain-error.js';
import { hasUnsafeCharacter } from '../../common/safe-text.js';
import { AuditRepository } from '../audit/audit.repository.js';
import type { StaffPrincipal } from '../auth/staff-principal.js';
import {
  MAX_SOURCE_BYTES,
  type CreateScenarioBody,
  type DraftConflictDetails,
  type DraftResponse,
  type DraftSaveSourceResponse,
  type DraftSavesResponse,
  type DraftStatus,
  type DuplicateScenarioBody,
  type SavedDraftResponse,
  type StudioScenarioListResponse,
} from './studio.dto.js';
import { StudioRepository, type DraftSaveRow } from './studio.repository.js';
import { metierTemplate, retitleSource, scenarioTemplate } from './studio-template.js';

const me = (user: StaffPrincipal) => ({ id: user.sub, displayName: user.displayName });

const saveDto = (row: DraftSaveRow) => ({
  revision: row.revision,
  savedAt: row.savedAt.toISOString(),
  author: row.author,
  bytes: row.bytes,
});

/**
 * A source the studio may store: at most MAX_SOURCE_BYTES of UTF-8, no control character. Invalid UTF-8 in
 * the request reaches here as U+FFFD (the JSON decoder's replacement), which no ink script needs.
 */
export function checkSource(source: string): void {
  if (Buffer.byteLength(source, 'utf8') > MAX_SOURCE_BYTES) throw new DomainError('DRAFT_SOURCE_TOO_LARGE');
  if (source.includes('\uFFFD') || hasUnsafeCharacter(source)) throw new DomainError('DRAFT_SOURCE_INVALID');
}

@Injectable()
export class StudioService {
  constructor(
    @Inject(StudioRepository) private readonly studio: StudioRepository,
    @Inject(AuditRepository) private readonly audit: AuditRepository,
  ) {}

  async list(): Promise<StudioScenarioListResponse> {
    const rows = await this.studio.listScenarios();
    return {
      scenarios: rows.map((r) => {
        const status: DraftStatus = !r.liveVersionId
          ? 'new'
          : r.draftSource === null
            ? 'none'
            : r.draftSource === r.liveSource
              ? 'same'
              : 'modified';
        return {
          id: r.id,
          title: r.title,
          sector: r.sector,
          job: r.job,
          live: r.liveVersionId
            ? { versionId: r.liveVersionId, publishedAt: r.livePublishedAt?.toISOString() ?? null }
            : null,
          draftStatus: status,
          draftRevision: r.draftRevision,
          lastEditedAt: (r.draftUpdatedAt ?? r.livePublishedAt)?.toISOString() ?? null,
          lastEditor: r.editor,
        };
      }),
    };
  }

  async draft(scenarioId: string): Promise<DraftResponse> {
    const row = await this.studio.findDraft(scenarioId);
    if (!row) throw new DomainError('SCENARIO_NOT_FOUND');
    return {
      scenarioId: row.scenarioId,
      title: row.title,
      revision: row.revision,
      source: row.source,
      metier: row.metier,
      referential: await this.studio.referential(),
      savedAt: row.savedAt?.toISOString() ?? null,
      savedBy: row.savedBy,
      baseVersionId: row.baseVersionId,
    };
  }

  /** Saves if `expected` is still the draft's revision; otherwise a 412 carrying both texts. */
  async save(
    scenarioId: string,
    expected: number,
    source: string,
    user: StaffPrincipal,
  ): Promise<SavedDraftResponse> {
    checkSource(source);
    const saved = await this.studio.saveDraft(scenarioId, expected, source, user.sub, (manager, revision) =>
      this.audit.record(
        {
          actorId: user.sub,
          action: 'scenario.draft_saved',
          targetType: 'scenario',
          targetId: scenarioId,
          details: { revision, bytes: Buffer.byteLength(source, 'utf8') },
        },
        manager,
      ),
    );
    if (saved) return { revision: saved.revision, savedAt: saved.savedAt.toISOString(), savedBy: me(user) };
    const current = await this.studio.findDraft(scenarioId);
    if (!current) throw new DomainError('SCENARIO_NOT_FOUND');
    const details: DraftConflictDetails = {
      current: {
        revision: current.revision,
        source: current.source,
        savedAt: current.savedAt?.toISOString() ?? null,
        savedBy: current.savedBy,
      },
      yours: { baseRevision: expected, source },
    };
    const who = current.savedBy?.displayName;
    throw new DomainError(
      'DRAFT_CONFLICT',
      who
        ? `${who} a enregistré ce brouillon entre-temps (révision ${current.revision})\u00a0: comparez les deux textes avant d’enregistrer de nouveau.`
        : undefined,
      details,
    );
  }

  async create(body: CreateScenarioBody, user: StaffPrincipal): Promise<DraftResponse> {
    const source = scenarioTemplate(body);
    const created = await this.studio.createScenario(
      {
        ...body,
        durationMinutes: 10,
        source,
        metier: metierTemplate(body),
        baseVersionId: null,
        authorId: user.sub,
      },
      (manager) =>
        this.audit.record(
          {
            actorId: user.sub,
            action: 'scenario.created',
            targetType: 'scenario',
            targetId: body.id,
            details: { title: body.title, sector: body.sector },
          },
          manager,
        ),
    );
    if (!created) throw new DomainError('SCENARIO_ID_TAKEN');
    return this.draft(body.id);
  }

  async duplicate(
    scenarioId: string,
    body: DuplicateScenarioBody,
    user: StaffPrincipal,
  ): Promise<DraftResponse> {
    const [original, header] = await Promise.all([
      this.studio.findDraft(scenarioId),
      this.studio.scenarioHeader(scenarioId),
    ]);
    if (!original || !header) throw new DomainError('SCENARIO_NOT_FOUND');
    const source = retitleSource(original.source, body.id, body.title);
    checkSource(source);
    const created = await this.studio.createScenario(
      {
        id: body.id,
        title: body.title,
        sector: header.sector,
        job: header.job,
        durationMinutes: header.durationMinutes,
        source,
        metier: { ...original.metier, id: body.id },
        baseVersionId: null,
        authorId: user.sub,
      },
      (manager) =>
        this.audit.record(
          {
            actorId: user.sub,
            action: 'scenario.duplicated',
            targetType: 'scenario',
            targetId: body.id,
            details: { from: scenarioId, fromRevision: original.revision, title: body.title },
          },
          manager,
        ),
    );
    if (!created) throw new DomainError('SCENARIO_ID_TAKEN');
    return this.draft(body.id);
  }

  async saves(scenarioId: string): Promise<DraftSavesResponse> {
    if (!(await this.studio.scenarioHeader(scenarioId))) throw new DomainError('SCENARIO_NOT_FOUND');
    return { saves: (await this.studio.listSaves(scenarioId)).map(saveDto) };
  }

  async saveSource(scenarioId: string, revision: number): Promise<DraftSaveSourceResponse> {
    const row = await this.studio.findSave(scenarioId, revision);
    if (!row) {
      if (!(await this.studio.scenarioHeader(scenarioId))) throw new DomainError('SCENARIO_NOT_FOUND');
      throw new DomainError('DRAFT_SAVE_NOT_FOUND');
    }
    return { ...saveDto(row), source: row.source! };
  }
}
