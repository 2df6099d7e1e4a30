import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { isDatabaseUnavailable } from '../database/database-errors.js';
import { DomainError, ERROR_MESSAGE, ERROR_STATUS, type ErrorCode } from './domain-error.js';
import { ERROR_CODE_LOCAL } from './logging.js';
import type { RouteTable } from './route-table.js';

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

/** SQLSTATE of a Postgres error (TypeORM's QueryFailedError or a bare `pg` error). */
function sqlState(error: unknown): string | undefined {
  const candidate = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = candidate?.driverError?.code ?? candidate?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/**
 * Class 22 (data exception: 22P05 untranslatable character, 22021 bad byte sequence, 22P02 invalid text
 * representation, 22003 number out of range, 22007/22008 bad date…) and 54001 (statement too complex) are
 * caused by what a client sent, never by the server's state: the last line of defence behind the schemas.
 */
export function isClientDataError(error: unknown): boolean {
  const state = sqlState(error);
  if (state !== undefined) return state.startsWith('22') || state === '54001';
  // JSON.stringify or a recursive walk over a value nested too deep.
  return error instanceof RangeError && /call stack/i.test(error.message);
}

const CLIENT_DATA_MESSAGE =
  'La requête contient une valeur que le serveur ne peut pas enregistrer (caractère, nombre ou date invalide).';

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
  if (isClientDataError(error))
    return {
      statusCode: ERROR_STATUS.VALIDATION_FAILED,
      code: 'VALIDATION_FAILED',
      message: CLIENT_DATA_MESSAGE,
    };
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

  /** @param routes known routes, so that a known path with another method answers 405 rather than 404 */
  constructor(private readonly routes?: RouteTable) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const request = host.switchToHttp().getRequest<Request>();
    let body = toErrorBody(error);
    if (body.code === 'ROUTE_NOT_FOUND' && !(error instanceof DomainError) && this.routes) {
      // Nest mounts its not-found handler under the global prefix: `request.path` is relative to it.
      const allowed = this.routes.methodsOf(request.originalUrl.split('?')[0]!);
      if (allowed.length > 0) {
        response.setHeader('Allow', allowed.join(', '));
        body = { statusCode: 405, code: 'METHOD_NOT_ALLOWED', message: ERROR_MESSAGE.METHOD_NOT_ALLOWED };
      }
    }
    if (response.locals) response.locals[ERROR_CODE_LOCAL] = body.code;
    if (isClientDataError(error)) {
      // One line, no stack: the value was refused, the server is fine.
      const state = sqlState(error) ?? 'RangeError';
      this.logger.warn(
        `${request.method} ${request.originalUrl.split('?')[0]} : donnée refusée par la base (${state}).`,
      );
    } else if (body.code === 'INTERNAL_ERROR') {
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
