import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Rendered audio of one line in one voice, shared by every version that has the line. */
@Entity({ name: 'voice_clips' })
export class VoiceClipEntity {
  /** sha256 (hex) of the voice and the text: the same line said by the same voice is rendered once. */
  @PrimaryColumn({ name: 'clip_key', type: 'text', primaryKeyConstraintName: 'pk_voice_clips' })
  clipKey: string;

  @Column({ type: 'bytea' })
  audio: Buffer;

  @Column({ name: 'mime_type', type: 'text' })
  mimeType: string;

  /** Which provider rendered it, e.g. `espeak-ng:fr+f3` or `openai-compatible:tts-1:nova`. */
  @Column({ type: 'text' })
  provider: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
