import { Controller, Delete, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DomainError } from '../../common/domain-error.js';
import { RateLimit } from '../../common/rate-limit.guard.js';
import { ZodBody } from '../../common/zod-body.js';
import { CurrentUser, Public, Roles } from '../auth/auth.decorators.js';
import type { TokenClaims } from '../auth/token.service.js';
import { CurrentDevice, DeviceRequired, type DeviceIdentity } from './device-auth.js';
import {
  CheckStaffPinBody,
  CreatePairingCodeBody,
  PairDeviceBody,
  SetStaffPinBody,
  type CheckStaffPinResponse,
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
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Crée un code d’appairage à usage unique (6 chiffres, valable 10 minutes).' })
  createPairingCode(
    @ZodBody(CreatePairingCodeBody) body: CreatePairingCodeBody,
    @CurrentUser() user: TokenClaims,
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
  @ApiBearerAuth()
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

  @Put('me/pin')
  @HttpCode(204)
  @DeviceRequired()
  @RateLimit({ name: 'device-pin', capacity: 10, refillPerSecond: 10 / 60 })
  @ApiOperation({ summary: 'Le casque définit (ou change) le code PIN de son espace personnel.' })
  setPin(
    @ZodBody(SetStaffPinBody) body: SetStaffPinBody,
    @CurrentDevice() device: DeviceIdentity | null,
  ): Promise<void> {
    return this.devices.setStaffPin(device!, body);
  }

  @Post('me/pin/check')
  @HttpCode(200)
  @DeviceRequired()
  @RateLimit({ name: 'device-pin', capacity: 10, refillPerSecond: 10 / 60 })
  @ApiOperation({ summary: 'Vérifie le code PIN du personnel saisi sur le casque.' })
  async checkPin(
    @ZodBody(CheckStaffPinBody) body: CheckStaffPinBody,
    @CurrentDevice() device: DeviceIdentity | null,
  ): Promise<CheckStaffPinResponse> {
    await this.devices.checkStaffPin(device!, body.pin);
    return { ok: true };
  }

  @Delete('me')
  @HttpCode(204)
  @DeviceRequired()
  @ApiOperation({ summary: 'Le casque se désappaire lui-même : son jeton est refusé dès maintenant.' })
  unpairSelf(@CurrentDevice() device: DeviceIdentity | null): Promise<void> {
    return this.devices.revokeSelf(device!);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Révoque un casque : son jeton est refusé dès maintenant.' })
  revoke(@Param('id', parseDeviceId()) id: string, @CurrentUser() user: TokenClaims): Promise<void> {
    return this.devices.revoke(id, user);
  }
}
