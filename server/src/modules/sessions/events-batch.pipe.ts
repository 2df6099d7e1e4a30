import { DomainError } from '../../common/domain-error.js';
import { ZodValidationPipe } from '../../common/zod-validation.pipe.js';
import { IngestEventsBody, MAX_EVENTS_PER_BATCH } from './sessions.dto.js';

/** Refuses an oversized batch with its own code before validating each event. */
export class EventsBatchPipe extends ZodValidationPipe<typeof IngestEventsBody> {
  constructor() {
    super(IngestEventsBody);
  }

  override transform(value: unknown): IngestEventsBody {
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
