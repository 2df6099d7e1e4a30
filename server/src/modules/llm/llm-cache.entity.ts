import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One LLM answer, reused for the same prompt version, model, normalised utterance and offered
 * options. Only closed answers are kept (an offered id or `clarify`), never a timeout or an error.
 */
@Entity({ name: 'llm_cache' })
export class LlmCacheEntity {
  /** sha256 (hex) of purpose, prompt version, model, normalised input and options hash. */
  @PrimaryColumn({ name: 'cache_key', type: 'text', primaryKeyConstraintName: 'pk_llm_cache' })
  cacheKey: string;

  @Column({ type: 'text' })
  purpose: string;

  @Column({ name: 'prompt_version', type: 'integer' })
  promptVersion: number;

  @Column({ type: 'text' })
  model: string;

  /** The validated answer, e.g. `{ "choice": "1" }`. */
  @Column({ type: 'jsonb' })
  answer: Record<string, string>;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
