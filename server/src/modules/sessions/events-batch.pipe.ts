import { DomainError } from '../../common/domain-error.js';
import { ZodValidationPipe } from '../../common/zod-validation.pipe.js';
import { IngestEventsEnvelope, MAX_EVENTS_PER_BATCH } from './sessions.dto.js';

/** Checks the envelope of a batch (an object with a list of at most 1000 events), not the events. */
export class EventsBatchPipe extends ZodValidationPipe<typeof IngestEventsEnvelope> {
  constructor() {
    super(IngestEventsEnvelope);
  }

  override transform(value: unknown): IngestEventsEnvelope {
    const events = (value as { events?: unknown } | null)?.events;
    if (Array.isArray(events) && events.length > MAX_EVENTS_PER_BATCH) {
      throw new DomainError(
        'EVENT_BATCH_TOO_LARGE',
        `Le lot contient ${events.length} événements : ${MAX_EVENTS_PER_BATCH} au plus par envoi.`,
      );
    }
    return super.transform(value);
  }
}
