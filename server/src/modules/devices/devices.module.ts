import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { DeviceAuthenticator, DeviceGuard } from './device-auth.js';
import { DevicesController } from './devices.controller.js';
import { DevicesRepository } from './devices.repository.js';
import { DevicesService } from './devices.service.js';
import { PairingCodesRepository } from './pairing-codes.repository.js';

/** Headset pairing, and the Device token check other modules use through `@DeviceAllowed()`. */
@Module({
  imports: [AuditModule],
  controllers: [DevicesController],
  providers: [DevicesService, DevicesRepository, PairingCodesRepository, DeviceAuthenticator, DeviceGuard],
  exports: [DeviceAuthenticator, DeviceGuard, DevicesRepository],
})
export class DevicesModule {}
