import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { isDatabaseUnavailable } from '../database/database-errors.js';
import { DomainError, ERROR_MESSAGE, ERROR_STATUS, type ErrorCode } from './domain-error.js';
import { ERROR_CODE_LOCAL } from './logging.js';

export interface ErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  details?: unknown;
}

/** Body-parser and Nest built-in errors, by status, to our codes. */
function codeOfStatus(status: number, error: unknown): ErrorCode {
  const type = (error as { type?: string } | null)?.type;
  if (type === 'entity.parse.failed' || error instanceof SyntaxError) return 'MALFORMED_JSON';
  switch (status) {
    case 401:
      return 'AUTH_REQUIRED';
    case 403:
      return 'FORBIDDEN_ROLE';
    case 404:
      return 'ROUTE_NOT_FOUND';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 415:
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 429:
      return 'RATE_LIMITED';
    default:
      return status >= 500 ? 'INTERNAL_ERROR' : 'VALIDATION_FAILED';
  }
}

/** Maps any error to `{ statusCode, code, message }` with a French message. */
export function toErrorBody(error: unknown): ErrorBody {
  if (error instanceof DomainError) {
    const body: ErrorBody = {
      statusCode: ERROR_STATUS[error.code],
      code: error.code,
      message: error.message,
    };
    if (error.details !== undefined) body.details = error.details;
    return body;
  }
  if (isDatabaseUnavailable(error)) {
    const code = 'DATABASE_UNAVAILABLE';
    return { statusCode: ERROR_STATUS[code], code, message: ERROR_MESSAGE[code] };
  }
  let status = 500;
  if (error instanceof HttpException) status = error.getStatus();
  else {
    const raw = (error as { status?: unknown; statusCode?: unknown } | null) ?? {};
    const candidate = Number(raw.status ?? raw.statusCode);
    if (Number.isInteger(candidate) && candidate >= 400 && candidate < 600) status = candidate;
  }
  const cause = error instanceof HttpException ? (error.cause ?? error) : error;
  const code = codeOfStatus(status, cause);
  return { statusCode: ERROR_STATUS[code], code, message: ERROR_MESSAGE[code] };
}

/** Seconds a client should wait before retrying, for the answers that say "later". */
const RETRY_AFTER: Partial<Record<ErrorCode, string>> = {
  DATABASE_UNAVAILABLE: '5',
  SERVER_STOPPING: '2',
  RATE_LIMITED: '60',
};

@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');
  private lastOutageLogAt = 0;

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = toErrorBody(error);
    if (response.locals) response.locals[ERROR_CODE_LOCAL] = body.code;
    if (body.code === 'INTERNAL_ERROR') {
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    } else if (body.code === 'DATABASE_UNAVAILABLE' && Date.now() - this.lastOutageLogAt > 60_000) {
      // One line per outage (at most one a minute), not a stack per request.
      this.lastOutageLogAt = Date.now();
      this.logger.warn(
        `Base de données injoignable, réponses 503 en attendant son retour\u00a0: ${String((error as Error)?.message ?? error)}`,
      );
    }
    if (response.headersSent) return;
    const retryAfter = RETRY_AFTER[body.code];
    if (retryAfter && !response.getHeader('Retry-After')) response.setHeader('Retry-After', retryAfter);
    response.status(body.statusCode).json(body);
  }
}
