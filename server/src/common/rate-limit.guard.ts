import {
  Inject,
  Injectable,
  Optional,
  SetMetadata,
  UseGuards,
  applyDecorators,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { DomainError } from './domain-error.js';
import { SharedRateLimiter, type RateLimitOptions } from './rate-limiter.js';

export const RATE_LIMIT = 'eclore:rate-limit';

@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly limiters = new Map<string, SharedRateLimiter>();

  constructor(
    private readonly reflector: Reflector,
    @Optional() @Inject(DataSource) private readonly dataSource?: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const options = this.reflector.get<RateLimitOptions | undefined>(RATE_LIMIT, context.getHandler());
    if (!options) return true;
    let limiter = this.limiters.get(options.name);
    if (!limiter) {
      // TypeORM's own pg pool: no second pool per instance.
      const pool = (this.dataSource?.driver as unknown as { master: Pool } | undefined)?.master;
      limiter = new SharedRateLimiter(pool, options);
      this.limiters.set(options.name, limiter);
    }
    const http = context.switchToHttp();
    const request = http.getRequest<Request & { device?: { id: string } }>();
    // req.ip honours TRUST_PROXY (default: the socket address, X-Forwarded-For ignored).
    const key =
      options.key === 'device' && request.device ? `device:${request.device.id}` : (request.ip ?? 'unknown');
    const decision = await limiter.take(key);
    if (!decision.allowed) {
      http.getResponse<Response>().setHeader('Retry-After', String(decision.retryAfterSeconds));
      throw new DomainError('RATE_LIMITED');
    }
    return true;
  }
}

/** Limits a route per client address, shared by every instance through Postgres. */
export function RateLimit(options: RateLimitOptions) {
  return applyDecorators(SetMetadata(RATE_LIMIT, options), UseGuards(RateLimitGuard));
}
