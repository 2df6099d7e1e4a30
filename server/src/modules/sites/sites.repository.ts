import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SiteResponse } from './sites.dto.js';

interface SiteRow {
  id: string;
  name: string;
  city: string;
  active: boolean;
  device_count: number;
  session_count: number;
}

const SELECT_SITES = `
  SELECT s.id, s.name, s.city, s.active,
         (SELECT COUNT(*)::int FROM devices d WHERE d.site_id = s.id AND d.revoked_at IS NULL) AS device_count,
         (SELECT COUNT(*)::int FROM visitor_sessions v WHERE v.site_id = s.id) AS session_count
  FROM sites s`;

const toResponse = (row: SiteRow): SiteResponse => ({
  id: row.id,
  name: row.name,
  city: row.city,
  active: row.active,
  deviceCount: row.device_count,
  sessionCount: row.session_count,
});

@Injectable()
export class SitesRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Idempotent, and safe when two instances start at once (unique names). */
  async seed(sites: readonly { name: string; city: string }[]): Promise<number> {
    const rows = (await this.dataSource.query(
      `INSERT INTO sites (name, city) SELECT * FROM unnest($1::text[], $2::text[])
       ON CONFLICT ON CONSTRAINT uq_sites_name DO NOTHING RETURNING id`,
      [sites.map((s) => s.name), sites.map((s) => s.city)],
    )) as unknown[];
    return rows.length;
  }

  /** All sites, or only these ids; sorted by name in French order. */
  async list(onlyIds?: string[]): Promise<SiteResponse[]> {
    const rows = (await this.dataSource.query(
      `${SELECT_SITES} WHERE ($1::uuid[] IS NULL OR s.id = ANY($1::uuid[]))`,
      [onlyIds ?? null],
    )) as SiteRow[];
    const collator = new Intl.Collator('fr');
    return rows.map(toResponse).sort((a, b) => collator.compare(a.name, b.name));
  }

  async findById(id: string): Promise<SiteResponse | null> {
    const [row] = (await this.dataSource.query(`${SELECT_SITES} WHERE s.id = $1`, [id])) as SiteRow[];
    return row ? toResponse(row) : null;
  }

  /** The ids among these that are active sites. */
  async activeIds(ids: string[]): Promise<string[]> {
    const rows = (await this.dataSource.query(`SELECT id FROM sites WHERE id = ANY($1::uuid[]) AND active`, [
      ids,
    ])) as { id: string }[];
    return rows.map((row) => row.id);
  }

  /** The new id, or null when the name is taken. */
  async create(name: string, city: string): Promise<string | null> {
    const rows = (await this.dataSource.query(
      `INSERT INTO sites (name, city) VALUES ($1, $2) ON CONFLICT ON CONSTRAINT uq_sites_name DO NOTHING RETURNING id`,
      [name, city],
    )) as { id: string }[];
    return rows[0]?.id ?? null;
  }

  /** 'updated', 'missing' or 'name-taken'. */
  async update(
    id: string,
    changes: { name?: string; city?: string; active?: boolean },
  ): Promise<'updated' | 'missing' | 'name-taken'> {
    try {
      const rows = (await this.dataSource.query(
        `UPDATE sites SET name = COALESCE($2, name), city = COALESCE($3, city), active = COALESCE($4, active)
         WHERE id = $1`,
        [id, changes.name ?? null, changes.city ?? null, changes.active ?? null],
      )) as [unknown[], number];
      return rows[1] > 0 ? 'updated' : 'missing';
    } catch (error) {
      if ((error as { code?: string }).code === '23505') return 'name-taken';
      throw error;
    }
  }

  /** Deletes a site that never held a visit, a headset or a staff member. */
  async deleteUnused(id: string): Promise<'deleted' | 'missing' | 'in-use'> {
    const rows = (await this.dataSource.query(
      `DELETE FROM sites s WHERE s.id = $1
         AND NOT EXISTS (SELECT 1 FROM visitor_sessions v WHERE v.site_id = s.id)
         AND NOT EXISTS (SELECT 1 FROM devices d WHERE d.site_id = s.id)
         AND NOT EXISTS (SELECT 1 FROM staff_user_sites u WHERE u.site_id = s.id)
`,
      [id],
    )) as [unknown[], number];
    if (rows[1] > 0) return 'deleted';
    return (await this.findById(id)) ? 'in-use' : 'missing';
  }
}
