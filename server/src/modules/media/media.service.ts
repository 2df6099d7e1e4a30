import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import {
  MEDIA_EXTENSIONS,
  mediaFileProblem,
  sniffMedia,
  type MediaMime,
} from '../../../../engine/src/media-file.js';
import { DomainError } from '../../common/domain-error.js';
import { MediaRepository, type MediaAssetMeta } from './media.repository.js';

/** Media types whose entry names a file (`src`) next to the ink. */
const FILE_MEDIA_TYPES = new Set(['photo360', 'video360']);
const FILE_NAME = /^([0-9a-f]{64})\.([a-z0-9]{2,5})$/;

export const MEDIA_ROUTE = '/api/v1/media/';

export interface FolderMedia {
  /** Media entry id → the asset that replaces its `src`. */
  assets: Map<string, MediaAssetMeta & { bytes: Buffer; url: string }>;
}

export interface ByteRange {
  start: number;
  /** Inclusive. */
  end: number;
}

/**
 * The single range of a `Range: bytes=…` header: null to send the whole file (absent, malformed
 * or several ranges, which HTTP lets a server ignore), 'unsatisfiable' when it lies past the end.
 */
export function parseRange(header: string | undefined, size: number): ByteRange | null | 'unsatisfiable' {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match || (match[1] === '' && match[2] === '')) return null;
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start >= size || end < start) return 'unsatisfiable';
  return { start, end };
}

@Injectable()
export class MediaService {
  constructor(@Inject(MediaRepository) private readonly media: MediaRepository) {}

  /**
   * Reads and checks the files a metier.json names (`narratives/<id>/media/…`). Throws a French
   * message naming the entry when a file is missing, outside the folder or not usable.
   */
  async readFolderMedia(folderDir: string, metier: unknown): Promise<FolderMedia> {
    const entries = (metier as { media?: Record<string, { type?: unknown; src?: unknown }> }).media ?? {};
    const assets: FolderMedia['assets'] = new Map();
    for (const [entryId, entry] of Object.entries(entries)) {
      if (typeof entry?.type !== 'string' || !FILE_MEDIA_TYPES.has(entry.type)) continue;
      const src = typeof entry.src === 'string' ? normalize(entry.src) : '';
      if (!src || src.startsWith('..') || src.startsWith('/'))
        throw new Error(`média « ${entryId} » : chemin de fichier invalide (« src »).`);
      const bytes = await readFile(join(folderDir, src)).catch(() => null);
      if (!bytes) throw new Error(`média « ${entryId} » : fichier introuvable (${src}).`);
      const problem = mediaFileProblem(bytes, entry.type);
      if (problem) throw new Error(`média « ${entryId} » (${src}) : ${problem}`);
      const mime = sniffMedia(bytes)!.mime;
      const id = createHash('sha256').update(bytes).digest('hex');
      assets.set(entryId, {
        id,
        mime,
        size: bytes.length,
        bytes,
        url: `${MEDIA_ROUTE}${id}.${MEDIA_EXTENSIONS[mime]}`,
      });
    }
    return { assets };
  }

  /** Stores each file once and returns the metier with every `src` rewritten to its immutable URL. */
  async publish<T extends object>(metier: T, media: FolderMedia): Promise<T> {
    if (media.assets.size === 0) return metier;
    const entries = { ...(metier as { media: Record<string, object> }).media };
    for (const [entryId, asset] of media.assets) {
      await this.media.storeOnce(asset);
      entries[entryId] = { ...entries[entryId], src: asset.url };
    }
    return { ...metier, media: entries };
  }

  /** The stored asset a `<sha256>.<ext>` file name designates. */
  async find(fileName: string): Promise<MediaAssetMeta> {
    const match = FILE_NAME.exec(fileName);
    const mime = match
      ? (Object.keys(MEDIA_EXTENSIONS) as MediaMime[]).find((m) => MEDIA_EXTENSIONS[m] === match[2])
      : undefined;
    if (!match || !mime) throw new DomainError('MEDIA_NAME_INVALID');
    const asset = await this.media.findMeta(match[1]);
    if (!asset || asset.mime !== mime) throw new DomainError('MEDIA_NOT_FOUND');
    return asset;
  }

  read(asset: MediaAssetMeta, range: ByteRange): Promise<Buffer> {
    return this.media.readBytes(asset.id, range.start, range.end - range.start + 1);
  }
}
