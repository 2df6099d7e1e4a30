import { Controller, Delete, Get, HttpCode, Inject, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../common/api-errors.js';
import { RateLimit } from '../../common/rate-limit.guard.js';
import { ZodBody, ZodParam } from '../../common/zod-body.js';
import { CurrentUser, Public, Roles } from '../auth/auth.decorators.js';
import type { StaffPrincipal } from '../auth/staff-principal.js';
import { CurrentDevice, DeviceRequired, type DeviceIdentity } from './device-auth.js';
import {
  CheckStaffPinBody,
  CreatePairingCodeBody,
  DeviceIdParam,
  PairDeviceBody,
  SetStaffPinBody,
  type CheckStaffPinResponse,
  type CreatePairingCodeResponse,
  type CurrentDeviceResponse,
  type DeviceListResponse,
  type PairDeviceResponse,
} from './devices.dto.js';
import { DevicesService } from './devices.service.js';

@ApiTags('casques')
@Controller('v1/devices')
export class DevicesController {
  constructor(@Inject(DevicesService) private readonly devices: DevicesService) {}

  @Post('pairing-codes')
  @Roles('admin')
  @ApiOperation({ summary: 'Crée un code d’appairage à usage unique (6 chiffres, valable 10 minutes).' })
  @ApiErrors('SITE_NOT_FOUND')
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
  @ApiErrors('PAIRING_CODE_INVALID', 'PAIRING_CODE_EXPIRED', 'PAIRING_CODE_USED')
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

  @Put('me/pin')
  @HttpCode(204)
  @DeviceRequired()
  @RateLimit({ name: 'device-pin', capacity: 10, refillPerSecond: 10 / 60 })
  @ApiOperation({ summary: 'Le casque définit (ou change) le code PIN de son espace personnel.' })
  @ApiErrors('STAFF_PIN_WRONG')
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
  @ApiErrors('STAFF_PIN_NOT_SET', 'STAFF_PIN_WRONG')
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
  @ApiErrors('DEVICE_NOT_FOUND')
  unpairSelf(@CurrentDevice() device: DeviceIdentity | null): Promise<void> {
    return this.devices.revokeSelf(device!);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('admin')
  @ApiOperation({ summary: 'Révoque un casque : son jeton est refusé dès maintenant.' })
  revoke(
    @ZodParam('id', DeviceIdParam, 'DEVICE_NOT_FOUND') id: string,
    @CurrentUser() user: StaffPrincipal,
  ): Promise<void> {
    return this.devices.revoke(id, user);
  }
}
