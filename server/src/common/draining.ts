import type { NextFunction, Request, Response } from 'express';
import { ERROR_MESSAGE, ERROR_STATUS } from './domain-error.js';

/**
 * Set once SIGTERM arrives: every new request (also on kept-alive connections) is answered
 * `503 SERVER_STOPPING` with `Connection: close`, so clients move to another instance and the
 * server's connections drain within seconds.
 */
export class DrainState {
  private drainingSince: number | null = null;

  begin(): void {
    this.drainingSince ??= Date.now();
  }

  get draining(): boolean {
    return this.drainingSince !== null;
  }

  /** Express middleware, first of the chain. */
  readonly gate = (_req: Request, res: Response, next: NextFunction): void => {
    if (!this.draining) return next();
    res.setHeader('Connection', 'close');
    res.setHeader('Retry-After', '2');
    res.status(ERROR_STATUS.SERVER_STOPPING).json({
      statusCode: ERROR_STATUS.SERVER_STOPPING,
      code: 'SERVER_STOPPING',
      message: ERROR_MESSAGE.SERVER_STOPPING,
    });
  };
}
