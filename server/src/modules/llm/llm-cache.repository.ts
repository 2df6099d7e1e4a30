import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type Repository } from 'typeorm';
import { LlmCacheEntity } from './llm-cache.entity.js';

export interface LlmCacheKey {
  purpose: string;
  promptVersion: number;
  model: string;
  /** Normalised input (e.g. the folded tokens of the utterance). */
  input: string;
  /** Hash of everything else the answer depends on (the offered options). */
  optionsHash: string;
}

export function cacheKeyOf(key: LlmCacheKey): string {
  return createHash('sha256')
    .update(JSON.stringify([key.purpose, key.promptVersion, key.model, key.input, key.optionsHash]))
    .digest('hex');
}

@Injectable()
export class LlmCacheRepository {
  private readonly rows: Repository<LlmCacheEntity>;

  constructor(@Inject(DataSource) dataSource: DataSource) {
    this.rows = dataSource.getRepository(LlmCacheEntity);
  }

  async findAnswer(key: LlmCacheKey): Promise<Record<string, string> | null> {
    const row = await this.rows.findOne({ select: { answer: true }, where: { cacheKey: cacheKeyOf(key) } });
    return row?.answer ?? null;
  }

  /** Stores an answer; a concurrent identical request that stored it first wins. */
  async saveAnswer(key: LlmCacheKey, answer: Record<string, string>): Promise<void> {
    await this.rows
      .createQueryBuilder()
      .insert()
      .values({
        cacheKey: cacheKeyOf(key),
        purpose: key.purpose,
        promptVersion: key.promptVersion,
        model: key.model,
        answer,
      })
      .orIgnore()
      .execute();
  }
}
