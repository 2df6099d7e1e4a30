import { Controller, Delete, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DomainError } from '../../common/domain-error.js';
import { RateLimit } from '../../common/rate-limit.guard.js';
import { ZodBody } from '../../common/zod-body.js';
import { CurrentUser, Public, Roles } from '../auth/auth.decorators.js';
import type { StaffPrincipal } from '../auth/staff-principal.js';
import { CurrentDevice, DeviceRequired, type DeviceIdentity } from './device-auth.js';
import {
  CreatePairingCodeBody,
  PairDeviceBody,
  type CreatePairingCodeResponse,
  type CurrentDeviceResponse,
  type DeviceListResponse,
  type PairDeviceResponse,
} from './devices.dto.js';
import { DevicesService } from './devices.service.js';

// A function, not a constant: ESLint's no-useless-assignment misses uses inside parameter decorators.
function parseDeviceId(): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () =>
      new DomainError('DEVICE_NOT_FOUND', 'Identifiant de casque invalide : un UUID est attendu.'),
  });
}

@ApiTags('casques')
@Controller('v1/devices')
export class DevicesController {
  constructor(@Inject(DevicesService) private readonly devices: DevicesService) {}

  @Post('pairing-codes')
  @Roles('admin')
  @ApiOperation({ summary: 'Crée un code d’appairage à usage unique (6 chiffres, valable 10 minutes).' })
  createPairingCode(
    @ZodBody(CreatePairingCodeBody) body: CreatePairingCodeBody,
    @CurrentUser() user: StaffPrincipal,
  ): Promise<CreatePairingCodeResponse> {
    return this.devices.createPairingCode(body, user);
  }

  @Post('pair')
  @HttpCode(201)
  @Public()
  @RateLimit({ name: 'device-pair', capacity: 10, refillPerSecond: 10 / 60 })
  @ApiOperation({ summary: 'Le casque échange le code d’appairage contre son jeton (une seule fois).' })
  pair(@ZodBody(PairDeviceBody) body: PairDeviceBody): Promise<PairDeviceResponse> {
    return this.devices.pair(body.code);
  }

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'Liste les casques appairés (non révoqués).' })
  list(): Promise<DeviceListResponse> {
    return this.devices.list();
  }

  @Get('me')
  @DeviceRequired()
  @ApiOperation({ summary: 'Le casque appelant vérifie qu’il est toujours appairé.' })
  me(@CurrentDevice() device: DeviceIdentity | null): Promise<CurrentDeviceResponse> {
    // DeviceRequired guarantees a device here.
    return this.devices.describe(device!);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('admin')
  @ApiOperation({ summary: 'Révoque un casque : son jeton est refusé dès maintenant.' })
  revoke(@Param('id', parseDeviceId()) id: string, @CurrentUser() user: StaffPrincipal): Promise<void> {
    return this.devices.revoke(id, user);
  }
}
