import {
  Inject,
  Injectable,
  SetMetadata,
  UseGuards,
  applyDecorators,
  createParamDecorator,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { DomainError } from '../../common/domain-error.js';
import { Public } from '../auth/auth.decorators.js';
import { hashDeviceToken } from './device-credentials.js';
import { DevicesRepository } from './devices.repository.js';

/** The headset behind a request authenticated with `Authorization: Device <token>`. */
export interface DeviceIdentity {
  id: string;
  label: string;
  siteId: string | null;
}

export type DeviceAccess = 'optional' | 'required';

export const DEVICE_ACCESS = 'eclore:device-access';

const DEVICE_SCHEME = /^Device\s+(\S+)$/i;

/** Resolves device tokens; also usable by the global AuthGuard once it learns the Device scheme. */
@Injectable()
export class DeviceAuthenticator {
  constructor(@Inject(DevicesRepository) private readonly devices: DevicesRepository) {}

  /** The token of an `Authorization: Device <token>` header, or null for any other header. */
  static tokenOf(authorization: string | undefined): string | null {
    return DEVICE_SCHEME.exec(authorization ?? '')?.[1] ?? null;
  }

  /** The active device holding this token (and records it as seen), or null. */
  async authenticate(token: string): Promise<DeviceIdentity | null> {
    const device = await this.devices.findActiveByTokenHash(hashDeviceToken(token));
    if (!device) return null;
    await this.devices.touchLastSeen(device.id);
    return { id: device.id, label: device.label, siteId: device.siteId };
  }
}

/** Checks the Device header of routes marked `@DeviceAllowed()` or `@DeviceRequired()`. */
@Injectable()
export class DeviceGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(ModuleRef) private readonly modules: ModuleRef,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<DeviceAccess | undefined>(DEVICE_ACCESS, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!access) return true;
    const request = context.switchToHttp().getRequest<Request & { device?: DeviceIdentity }>();
    const token = DeviceAuthenticator.tokenOf(request.headers.authorization);
    if (token === null) {
      if (access === 'required') throw new DomainError('DEVICE_TOKEN_REQUIRED');
      return true;
    }
    // A token that was sent must be valid, even where it is optional: a revoked headset stops.
    const device = await this.authenticator()?.authenticate(token);
    if (!device) throw new DomainError('DEVICE_TOKEN_INVALID');
    request.device = device;
    return true;
  }

  /**
   * Found app-wide, so that modules which also run alone (LLM, speech: tools and tests without a
   * database) need not import DevicesModule; without it no token can be checked, so none is valid.
   */
  private authenticator(): DeviceAuthenticator | null {
    try {
      return this.modules.get(DeviceAuthenticator, { strict: false });
    } catch {
      return null;
    }
  }
}

// Both decorators mark the route public for the global AuthGuard (which only knows staff bearer
// tokens) and let DeviceGuard, a route guard that runs after it, decide.

/** Open to anyone; when `Authorization: Device <token>` is sent it must be a paired headset. */
export const DeviceAllowed = () =>
  applyDecorators(
    Public(),
    SetMetadata(DEVICE_ACCESS, 'optional' satisfies DeviceAccess),
    UseGuards(DeviceGuard),
  );

/** Only for a paired, non-revoked headset (`Authorization: Device <token>`). */
export const DeviceRequired = () =>
  applyDecorators(
    Public(),
    SetMetadata(DEVICE_ACCESS, 'required' satisfies DeviceAccess),
    UseGuards(DeviceGuard),
  );

/** The authenticated headset, or null on a `@DeviceAllowed()` route called without a token. */
export const CurrentDevice = createParamDecorator(
  (_data: unknown, context: ExecutionContext): DeviceIdentity | null =>
    context.switchToHttp().getRequest<{ device?: DeviceIdentity }>().device ?? null,
);
