import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AuditRepository } from '../audit/audit.repository.js';
import type { StaffPrincipal } from '../auth/staff-principal.js';
import { LibraryRepository, type LibraryItem } from './library.repository.js';
import { MEDIA_ROUTE } from './media.service.js';
import { encodePhoto360 } from './photo-encoder.js';

@Injectable()
export class LibraryService {
  constructor(
    @Inject(LibraryRepository) private readonly library: LibraryRepository,
    @Inject(AuditRepository) private readonly audit: AuditRepository,
  ) {}

  list(): Promise<LibraryItem[]> {
    return this.library.list(MEDIA_ROUTE);
  }

  /** Checks, re-encodes and stores a 360° photo; the same photo uploaded twice is stored once. */
  async addPhoto(
    bytes: Buffer,
    declaredType: string | undefined,
    name: string,
    staff: StaffPrincipal,
  ): Promise<{ item: LibraryItem; created: boolean; encodeMs: number }> {
    const started = performance.now();
    const photo = await encodePhoto360(bytes, declaredType);
    const encodeMs = Math.round(performance.now() - started);
    const assetId = createHash('sha256').update(photo.bytes).digest('hex');
    const { item, created } = await this.library.add(
      {
        assetId,
        mime: photo.mime,
        bytes: photo.bytes,
        kind: 'photo360',
        name,
        width: photo.width,
        height: photo.height,
        source: photo.source,
        uploadedBy: staff.sub,
      },
      MEDIA_ROUTE,
    );
    if (created)
      await this.audit.record({
        actorId: staff.sub,
        action: 'media.uploaded',
        targetType: 'media',
        targetId: assetId,
        details: { name, kind: 'photo360', source: photo.source, encodeMs },
      });
    return { item, created, encodeMs };
  }
}
