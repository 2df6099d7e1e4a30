import { Module } from '@nestjs/common';
import { DevicesModule } from '../devices/devices.module.js';
import { DemographicsController } from './demographics.controller.js';
import { DemographicsRepository } from './demographics.repository.js';
import { DemographicsService } from './demographics.service.js';

@Module({
  imports: [DevicesModule],
  controllers: [DemographicsController],
  providers: [DemographicsService, DemographicsRepository],
})
export class DemographicsModule {}
