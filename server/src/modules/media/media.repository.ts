import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface MediaAssetMeta {
  id: string;
  mime: string;
  size: number;
}

@Injectable()
export class MediaRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Stores the bytes under their hash unless they are already there; true when inserted. */
  async storeOnce(asset: MediaAssetMeta & { bytes: Buffer }): Promise<boolean> {
    const rows = (await this.dataSource.query(
      `INSERT INTO media_assets (id, mime, size, bytes) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [asset.id, asset.mime, asset.size, asset.bytes],
    )) as unknown[];
    return rows.length > 0;
  }

  async findMeta(id: string): Promise<MediaAssetMeta | null> {
    const rows = (await this.dataSource.query(`SELECT id, mime, size FROM media_assets WHERE id = $1`, [
      id,
    ])) as MediaAssetMeta[];
    return rows[0] ?? null;
  }

  /** `length` bytes from `start` (0-based), read in the database: a Range never loads the whole file. */
  async readBytes(id: string, start: number, length: number): Promise<Buffer> {
    const rows = (await this.dataSource.query(
      `SELECT substring(bytes FROM $2::int FOR $3::int) AS chunk FROM media_assets WHERE id = $1`,
      [id, start + 1, length],
    )) as { chunk: Buffer }[];
    return rows[0]?.chunk ?? Buffer.alloc(0);
  }
}
