import {
  Injectable,
  SetMetadata,
  UseGuards,
  applyDecorators,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { DomainError } from './domain-error.js';
import { RateLimiter } from './rate-limiter.js';

interface RateLimitOptions {
  /** Bucket family, e.g. `login`. */
  name: string;
  capacity: number;
  refillPerSecond: number;
  /**
   * `ip` (default): one bucket per client address. `device`: one per paired headset
   * (`Authorization: Device`, checked by DeviceGuard, which must run first), else per address.
   */
  key?: 'ip' | 'device';
}

export const RATE_LIMIT = 'eclore:rate-limit';

@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly limiters = new Map<string, RateLimiter>();

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const options = this.reflector.get<RateLimitOptions | undefined>(RATE_LIMIT, context.getHandler());
    if (!options) return true;
    let limiter = this.limiters.get(options.name);
    if (!limiter) {
      limiter = new RateLimiter(options.capacity, options.refillPerSecond);
      this.limiters.set(options.name, limiter);
    }
    const request = context.switchToHttp().getRequest<Request & { device?: { id: string } }>();
    const key =
      options.key === 'device' && request.device ? `device:${request.device.id}` : (request.ip ?? 'unknown');
    if (!limiter.tryTake(key)) throw new DomainError('RATE_LIMITED');
    return true;
  }
}

/** Limits a route per client IP with a token bucket. */
export function RateLimit(options: RateLimitOptions) {
  return applyDecorators(SetMetadata(RATE_LIMIT, options), UseGuards(RateLimitGuard));
}
