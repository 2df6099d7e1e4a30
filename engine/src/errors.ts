// Domain errors of the engine, with a code the server maps to an HTTP status and a French message.

export type EngineErrorCode =
  'INVALID_STORY' | 'INVALID_CHOICE' | 'INVALID_STATE' | 'STORY_TOO_LARGE' | 'STORY_ERROR';

export class EngineError extends Error {
  override readonly name = 'EngineError';

  constructor(
    readonly code: EngineErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function isEngineError(value: unknown): value is EngineError {
  return value instanceof EngineError;
}
