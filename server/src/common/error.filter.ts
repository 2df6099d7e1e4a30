import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, ERROR_MESSAGE, ERROR_STATUS, type ErrorCode } from './domain-error.js';

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

@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = toErrorBody(error);
    if (body.statusCode >= 500 && body.code !== 'DATABASE_UNAVAILABLE') {
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
    if (response.headersSent) return;
    response.status(body.statusCode).json(body);
  }
}
