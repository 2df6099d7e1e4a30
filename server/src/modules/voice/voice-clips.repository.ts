import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type Repository } from 'typeorm';
import { VoiceClipEntity } from './voice-clip.entity.js';

export type StoredClip = Pick<VoiceClipEntity, 'clipKey' | 'audio' | 'mimeType' | 'provider'>;

@Injectable()
export class VoiceClipsRepository {
  private readonly clips: Repository<VoiceClipEntity>;

  constructor(@Inject(DataSource) dataSource: DataSource) {
    this.clips = dataSource.getRepository(VoiceClipEntity);
  }

  findClip(clipKey: string): Promise<StoredClip | null> {
    return this.clips.findOne({
      select: { clipKey: true, audio: true, mimeType: true, provider: true },
      where: { clipKey },
    });
  }

  /** Stores a rendered clip; another instance that rendered it first wins (same content). */
  async saveClip(clip: StoredClip): Promise<void> {
    await this.clips.createQueryBuilder().insert().values(clip).orIgnore().execute();
  }
}
