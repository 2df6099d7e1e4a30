import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ProfilesModule } from '../profiles/profiles.module.js';
import { RetentionModule } from '../retention/retention.module.js';
import { SessionsModule } from '../sessions/sessions.module.js';
import { MyDataController } from './my-data.controller.js';
import { MyDataRepository } from './my-data.repository.js';
import { MyDataService } from './my-data.service.js';

@Module({
  imports: [AuditModule, ProfilesModule, RetentionModule, SessionsModule],
  controllers: [MyDataController],
  providers: [MyDataService, MyDataRepository],
})
export class MyDataModule {}
