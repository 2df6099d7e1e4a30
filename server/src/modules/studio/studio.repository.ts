import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export interface StaffRef {
  id: string;
  displayName: string;
}

export interface ScenarioListRow {
  id: string;
  title: string;
  sector: string;
  job: string;
  liveVersionId: string | null;
  livePublishedAt: Date | null;
  liveSource: string | null;
  draftRevision: number | null;
  draftSource: string | null;
  draftUpdatedAt: Date | null;
  editor: StaffRef | null;
}

export interface DraftRow {
  scenarioId: string;
  title: string;
  revision: number;
  source: string;
  metier: Record<string, unknown>;
  baseVersionId: string | null;
  savedAt: Date | null;
  savedBy: StaffRef | null;
}

export interface DraftSaveRow {
  revision: number;
  savedAt: Date;
  author: StaffRef | null;
  bytes: number;
  source?: string;
}

export interface NewScenario {
  id: string;
  title: string;
  sector: string;
  job: string;
  durationMinutes: number;
  source: string;
  metier: Record<string, unknown>;
  baseVersionId: string | null;
  authorId: string;
}

const staffRef = (id: string | null, name: string | null): StaffRef | null =>
  id ? { id, displayName: name ?? '' } : null;

// Raw SQL on purpose: drafts are a working area of their own, with no entity to keep in step with the schema.
@Injectable()
export class StudioRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async listScenarios(): Promise<ScenarioListRow[]> {
    const rows = (await this.dataSource.query(`
      SELECT s.id, s.title, s.sector, s.job,
             v.id AS live_version_id, v.published_at AS live_published_at, v.source AS live_source,
             d.revision AS draft_revision, d.source AS draft_source, d.updated_at AS draft_updated_at,
             COALESCE(d.updated_by, v.published_by) AS editor_id, e.display_name AS editor_name
        FROM scenarios s
        LEFT JOIN scenario_versions v ON v.id = s.published_version_id
        LEFT JOIN scenario_drafts d ON d.scenario_id = s.id
        LEFT JOIN staff_users e ON e.id = COALESCE(d.updated_by, v.published_by)
       ORDER BY s.title`)) as Record<string, never>[];
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      sector: r.sector,
      job: r.job,
      liveVersionId: r.live_version_id,
      livePublishedAt: r.live_published_at,
      liveSource: r.live_source,
      draftRevision: r.draft_revision,
      draftSource: r.draft_source,
      draftUpdatedAt: r.draft_updated_at,
      editor: staffRef(r.editor_id, r.editor_name),
    }));
  }

  /** The saved draft, or the live version presented as revision 0 when nobody saved one yet. */
  async findDraft(scenarioId: string): Promise<DraftRow | null> {
    const [row] = (await this.dataSource.query(
      `SELECT s.id, s.title, d.revision, COALESCE(d.source, v.source) AS source,
              COALESCE(d.metier, v.metier) AS metier, COALESCE(d.base_version_id, v.id) AS base_version_id,
              d.updated_at, d.updated_by, e.display_name AS editor_name
         FROM scenarios s
         LEFT JOIN scenario_drafts d ON d.scenario_id = s.id
         LEFT JOIN scenario_versions v ON v.id = s.published_version_id
         LEFT JOIN staff_users e ON e.id = d.updated_by
        WHERE s.id = $1`,
      [scenarioId],
    )) as Record<string, never>[];
    if (!row) return null;
    return {
      scenarioId: row.id,
      title: row.title,
      revision: row.revision ?? 0,
      source: row.source ?? '',
      metier: row.metier ?? {},
      baseVersionId: row.base_version_id,
      savedAt: row.updated_at,
      savedBy: staffRef(row.updated_by, row.editor_name),
    };
  }

  /** The referential snapshot of the newest version (every scenario shares the same one). */
  async referential(): Promise<string[]> {
    const [row] = (await this.dataSource.query(
      `SELECT referentiel FROM scenario_versions ORDER BY created_at DESC LIMIT 1`,
    )) as { referentiel: { competences?: { id: string }[] } }[];
    return (row?.referentiel.competences ?? []).map((c) => c.id);
  }

  /**
   * Saves `source` as revision `expected + 1` if the draft is still at `expected` (0: not saved yet),
   * and appends it to the history. Returns null when someone else saved in between.
   */
  async saveDraft(
    scenarioId: string,
    expected: number,
    source: string,
    authorId: string,
    audit: (manager: EntityManager, revision: number) => Promise<void>,
  ): Promise<{ revision: number; savedAt: Date } | null> {
    return this.dataSource.transaction(async (manager) => {
      const saved = (
        expected === 0
          ? await manager.query(
              `INSERT INTO scenario_drafts (scenario_id, revision, source, metier, base_version_id, updated_by)
               SELECT s.id, 1, $2, COALESCE(v.metier, '{}'::jsonb), v.id, $3
                 FROM scenarios s LEFT JOIN scenario_versions v ON v.id = s.published_version_id
                WHERE s.id = $1
               ON CONFLICT (scenario_id) DO NOTHING
               RETURNING revision, updated_at`,
              [scenarioId, source, authorId],
            )
          : await manager.query(
              `UPDATE scenario_drafts SET revision = revision + 1, source = $3, updated_by = $4, updated_at = now()
                WHERE scenario_id = $1 AND revision = $2
               RETURNING revision, updated_at`,
              [scenarioId, expected, source, authorId],
            )
      ) as { revision: number; updated_at: Date }[] | [{ revision: number; updated_at: Date }[], number];
      // node-postgres answers an UPDATE … RETURNING with [rows, count].
      const rows = Array.isArray(saved[0]) ? (saved[0] as { revision: number; updated_at: Date }[]) : saved;
      const row = (rows as { revision: number; updated_at: Date }[])[0];
      if (!row) return null;
      await manager.query(
        `INSERT INTO scenario_draft_saves (scenario_id, revision, source, author_id, saved_at) VALUES ($1, $2, $3, $4, $5)`,
        [scenarioId, row.revision, source, authorId, row.updated_at],
      );
      await audit(manager, row.revision);
      return { revision: row.revision, savedAt: row.updated_at };
    });
  }

  /** Creates the scenario (not published) with its first draft; false when the id is taken. */
  async createScenario(
    input: NewScenario,
    audit: (manager: EntityManager) => Promise<void>,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const inserted = (await manager.query(
        `INSERT INTO scenarios (id, title, sector, job, duration_minutes) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id) DO NOTHING RETURNING id`,
        [input.id, input.title, input.sector, input.job, input.durationMinutes],
      )) as unknown[];
      if (inserted.length === 0) return false;
      await manager.query(
        `INSERT INTO scenario_drafts (scenario_id, revision, source, metier, base_version_id, updated_by)
         VALUES ($1, 1, $2, $3, $4, $5)`,
        [input.id, input.source, JSON.stringify(input.metier), input.baseVersionId, input.authorId],
      );
      await manager.query(
        `INSERT INTO scenario_draft_saves (scenario_id, revision, source, author_id) VALUES ($1, 1, $2, $3)`,
        [input.id, input.source, input.authorId],
      );
      await audit(manager);
      return true;
    });
  }

  async scenarioHeader(
    scenarioId: string,
  ): Promise<{ title: string; sector: string; job: string; durationMinutes: number } | null> {
    const [row] = (await this.dataSource.query(
      `SELECT title, sector, job, duration_minutes FROM scenarios WHERE id = $1`,
      [scenarioId],
    )) as { title: string; sector: string; job: string; duration_minutes: number }[];
    return row
      ? { title: row.title, sector: row.sector, job: row.job, durationMinutes: row.duration_minutes }
      : null;
  }

  async listSaves(scenarioId: string, limit = 200): Promise<DraftSaveRow[]> {
    const rows = (await this.dataSource.query(
      `SELECT h.revision, h.saved_at, h.author_id, e.display_name, octet_length(h.source) AS bytes
         FROM scenario_draft_saves h LEFT JOIN staff_users e ON e.id = h.author_id
        WHERE h.scenario_id = $1 ORDER BY h.revision DESC LIMIT $2`,
      [scenarioId, limit],
    )) as Record<string, never>[];
    return rows.map((r) => ({
      revision: r.revision,
      savedAt: r.saved_at,
      author: staffRef(r.author_id, r.display_name),
      bytes: Number(r.bytes),
    }));
  }

  async findSave(scenarioId: string, revision: number): Promise<DraftSaveRow | null> {
    const [r] = (await this.dataSource.query(
      `SELECT h.revision, h.saved_at, h.author_id, e.display_name, h.source, octet_length(h.source) AS bytes
         FROM scenario_draft_saves h LEFT JOIN staff_users e ON e.id = h.author_id
        WHERE h.scenario_id = $1 AND h.revision = $2`,
      [scenarioId, revision],
    )) as Record<string, never>[];
    if (!r) return null;
    return {
      revision: r.revision,
      savedAt: r.saved_at,
      author: staffRef(r.author_id, r.display_name),
      bytes: Number(r.bytes),
      source: r.source,
    };
  }
}
