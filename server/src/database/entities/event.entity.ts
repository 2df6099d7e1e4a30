import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { VisitorSessionEntity } from './visitor-session.entity.js';

/** Append-only. Written with a raw multi-row INSERT … ON CONFLICT (see EventsRepository). */
@Entity({ name: 'events' })
@Unique('uq_event_id', ['id'])
// One event per seq in a session (seq < MAX_EVENTS_PER_SESSION bounds a visit).
@Unique('uq_events_session_seq', ['sessionId', 'seq'])
export class EventEntity {
  /** Arrival order on the server. */
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    primaryKeyConstraintName: 'pk_events',
    generatedIdentity: 'ALWAYS',
  })
  position: string;

  /** Client-generated UUID: the idempotency key. */
  @Column({ type: 'uuid' })
  id: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => VisitorSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_events_session' })
  session?: VisitorSessionEntity;

  @Column({ type: 'integer' })
  seq: number;

  @Column({ type: 'text' })
  type: string;

  /** Client clock. */
  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ name: 'received_at', type: 'timestamptz', default: () => 'now()' })
  receivedAt: Date;
}
