import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MEDIA_EXTENSIONS, type MediaMime } from '../../../../engine/src/media-file.js';

export interface LibraryItem {
  id: string;
  kind: 'photo360' | 'video360';
  name: string;
  url: string;
  mime: string;
  size: number;
  width: number;
  height: number;
  source: { mime: string; size: number; width: number; height: number };
  uploadedAt: string;
  uploadedBy: { id: string; displayName: string } | null;
}

export interface NewLibraryItem {
  assetId: string;
  mime: string;
  bytes: Buffer;
  kind: LibraryItem['kind'];
  name: string;
  width: number;
  height: number;
  source: LibraryItem['source'];
  uploadedBy: string;
}

interface Row {
  asset_id: string;
  kind: LibraryItem['kind'];
  name: string;
  mime: string;
  size: number;
  width: number;
  height: number;
  source_mime: string;
  source_size: string;
  source_width: number;
  source_height: number;
  uploaded_at: Date;
  user_id: string | null;
  display_name: string | null;
}

const toItem = (row: Row, route: string): LibraryItem => ({
  id: row.asset_id,
  kind: row.kind,
  name: row.name,
  url: `${route}${row.asset_id}.${MEDIA_EXTENSIONS[row.mime as MediaMime]}`,
  mime: row.mime,
  size: row.size,
  width: row.width,
  height: row.height,
  source: {
    mime: row.source_mime,
    size: Number(row.source_size),
    width: row.source_width,
    height: row.source_height,
  },
  uploadedAt: row.uploaded_at.toISOString(),
  uploadedBy: row.user_id ? { id: row.user_id, displayName: row.display_name ?? '' } : null,
});

const SELECT = `SELECT l.*, a.mime, a.size, u.id AS user_id, u.display_name
                  FROM media_library l JOIN media_assets a ON a.id = l.asset_id
                  LEFT JOIN staff_users u ON u.id = l.uploaded_by`;

/** The studio's media library; the bytes are stored once, by hash, in media_assets. */
@Injectable()
export class LibraryRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Stores the item unless the same encoded bytes are already there; `created` says which. */
  async add(item: NewLibraryItem, route: string): Promise<{ item: LibraryItem; created: boolean }> {
    const created = await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO media_assets (id, mime, size, bytes) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING`,
        [item.assetId, item.mime, item.bytes.length, item.bytes],
      );
      const inserted = (await manager.query(
        `INSERT INTO media_library (asset_id, kind, name, width, height, source_mime, source_size,
                                    source_width, source_height, uploaded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (asset_id) DO NOTHING RETURNING asset_id`,
        [
          item.assetId,
          item.kind,
          item.name,
          item.width,
          item.height,
          item.source.mime,
          item.source.size,
          item.source.width,
          item.source.height,
          item.uploadedBy,
        ],
      )) as unknown[];
      return inserted.length > 0;
    });
    return { item: (await this.find(item.assetId, route))!, created };
  }

  async find(assetId: string, route: string): Promise<LibraryItem | null> {
    const rows = (await this.dataSource.query(`${SELECT} WHERE l.asset_id = $1`, [assetId])) as Row[];
    return rows[0] ? toItem(rows[0], route) : null;
  }

  async list(route: string): Promise<LibraryItem[]> {
    const rows = (await this.dataSource.query(`${SELECT} ORDER BY l.uploaded_at DESC LIMIT 1000`)) as Row[];
    return rows.map((row) => toItem(row, route));
  }
}
