// Structured JSON logs (pino): one line per request with its id, Nest's own messages through the same
// logger. Nothing a visitor typed or holds goes in: no bodies, no headers, follow-up codes masked.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LoggerService } from '@nestjs/common';
import { pino, type Level, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';

export type LogLevel = Level | 'silent';

/** The process-wide logger (JSON lines on stdout). */
export function createLogger(level: LogLevel = 'info'): Logger {
  return pino({
    level,
    base: { service: 'eclore' },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Belt and braces: should an object with these fields ever be logged, they are masked.
    redact: {
      paths: [
        'req.headers',
        'body',
        'transcript',
        'followUpCode',
        'password',
        '*.transcript',
        '*.followUpCode',
      ],
      censor: '[masqué]',
    },
  });
}

/** Path without query string; the follow-up code of `/profiles/:code` masked. */
export function safeUrl(url: string | undefined): string {
  const path = (url ?? '').split('?')[0];
  return path.replace(/\/profiles\/[^/]+/, '/profiles/[masqué]');
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The client's `X-Request-Id` when it is sane, else a new UUID. */
export function requestIdOf(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given && REQUEST_ID.test(given) ? given : randomUUID();
}

/** Set by ErrorFilter: the machine code of an error answer, for the request line. */
export const ERROR_CODE_LOCAL = 'ecloreErrorCode';

/** Express middleware: request id in and out (`X-Request-Id`), one log line per answered request. */
export function requestLogging(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const id = requestIdOf(req.headers['x-request-id']);
      res.setHeader('X-Request-Id', id);
      return id;
    },
    customAttributeKeys: { reqId: 'requestId' },
    // Lines logged through req.log during the request carry only its id.
    quietReqLogger: true,
    serializers: {
      req: (req: { id?: unknown; method?: string; url?: string; raw?: IncomingMessage }) => ({
        id: req.id,
        method: req.method,
        url: safeUrl(req.raw?.url ?? req.url),
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
    wrapSerializers: false,
    // A 4xx or an expected 503 (no STT provider, database away) is a state, not an error.
    customLogLevel: (_req, res, error) => {
      const code = (res as ServerResponse & { locals?: Record<string, unknown> }).locals?.[ERROR_CODE_LOCAL];
      if (error || code === 'INTERNAL_ERROR') return 'error';
      if (res.statusCode >= 500) return 'warn';
      return 'info';
    },
    // pino-http makes up an Error for every 5xx answer; its stack is pino-http's own, never the
    // cause (ErrorFilter logs real failures with theirs): keep the request line short.
    customErrorObject: (_req, _res, _error, value: Record<string, unknown>) => {
      const line = { ...value };
      delete line.err;
      return line;
    },
    customSuccessMessage: (req, res) => `${req.method} ${safeUrl(req.url)} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${safeUrl(req.url)} ${res.statusCode}`,
  });
}

/** Nest's LoggerService on top of pino (context → `context` field; no stacks for warnings). */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string) {
    // Nest's own start-up chatter (modules loaded, routes mapped) only at debug level.
    const level = context && NEST_INTERNALS.has(context) ? 'debug' : 'info';
    this.logger[level]({ context: contextOf(context) }, String(message));
  }
  error(message: unknown, stackOrContext?: string, context?: string) {
    const stack = context !== undefined ? stackOrContext : undefined;
    this.logger.error(
      { context: contextOf(context ?? (stack === undefined ? stackOrContext : undefined)), stack },
      message instanceof Error ? message.message : String(message),
    );
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context: contextOf(context) }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context: contextOf(context) }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context: contextOf(context) }, String(message));
  }
}

const NEST_INTERNALS = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestApplication',
]);

function contextOf(context: unknown): string | undefined {
  return typeof context === 'string' ? context : undefined;
}
