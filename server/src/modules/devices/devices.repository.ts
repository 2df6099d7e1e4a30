import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager, type Repository } from 'typeorm';
import { SiteEntity } from '../../database/entities/site.entity.js';
import { DeviceEntity } from './device.entity.js';

export interface DeviceListRow {
  id: string;
  label: string;
  siteId: string | null;
  siteName: string | null;
  pairedAt: Date;
  lastSeenAt: Date | null;
}

export interface NewDevice {
  label: string;
  siteId: string | null;
  tokenHash: string;
  pairedBy: string | null;
}

// A headset calls several routes a minute: refreshing last_seen_at on each would rewrite the row
// for nothing.
const LAST_SEEN_RESOLUTION_SECONDS = 60;

@Injectable()
export class DevicesRepository {
  private readonly repo: Repository<DeviceEntity>;

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {
    this.repo = dataSource.getRepository(DeviceEntity);
  }

  /** Only an active site takes new headsets. */
  async siteExists(siteId: string): Promise<boolean> {
    return this.dataSource.getRepository(SiteEntity).existsBy({ id: siteId, active: true });
  }

  async findSiteName(siteId: string): Promise<string | null> {
    const site = await this.dataSource.getRepository(SiteEntity).findOneBy({ id: siteId });
    return site?.name ?? null;
  }

  /** Inside the pairing transaction. */
  async insert(manager: EntityManager, device: NewDevice): Promise<string> {
    const rows = (await manager.query(
      `INSERT INTO devices (label, site_id, token_hash, paired_by) VALUES ($1, $2, $3, $4) RETURNING id`,
      [device.label, device.siteId, device.tokenHash, device.pairedBy],
    )) as { id: string }[];
    return rows[0]!.id;
  }

  /** Devices not revoked, most recently paired first, with their site's name. */
  async listActiveWithSite(): Promise<DeviceListRow[]> {
    const rows = (await this.dataSource.query(
      `SELECT d.id, d.label, d.site_id, s.name AS site_name, d.paired_at, d.last_seen_at
         FROM devices d LEFT JOIN sites s ON s.id = d.site_id
        WHERE d.revoked_at IS NULL
        ORDER BY d.paired_at DESC, d.id`,
    )) as {
      id: string;
      label: string;
      site_id: string | null;
      site_name: string | null;
      paired_at: Date;
      last_seen_at: Date | null;
    }[];
    return rows.map((r) => ({
      id: r.id,
      label: r.label,
      siteId: r.site_id,
      siteName: r.site_name,
      pairedAt: r.paired_at,
      lastSeenAt: r.last_seen_at,
    }));
  }

  /** Marks an active device revoked; false when it is unknown or already revoked. */
  async revoke(id: string): Promise<boolean> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [, affected] = (await this.dataSource.query(
      `UPDATE devices SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`,
      [id],
    )) as [unknown[], number];
    return affected > 0;
  }

  findActiveByTokenHash(tokenHash: string): Promise<DeviceEntity | null> {
    return this.repo.findOneBy({ tokenHash, revokedAt: IsNull() });
  }

  /** Records that the device was just seen, unless it already was within the last minute. */
  async touchLastSeen(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE devices SET last_seen_at = now()
        WHERE id = $1
          AND (last_seen_at IS NULL OR last_seen_at < now() - make_interval(secs => $2))`,
      [id, LAST_SEEN_RESOLUTION_SECONDS],
    );
  }

  async findStaffPinHash(id: string): Promise<string | null> {
    const row = await this.repo.findOne({ select: { id: true, staffPinHash: true }, where: { id } });
    return row?.staffPinHash ?? null;
  }

  async setStaffPinHash(id: string, staffPinHash: string): Promise<void> {
    await this.repo.update({ id, revokedAt: IsNull() }, { staffPinHash });
  }
}
