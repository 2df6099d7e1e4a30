import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { LibraryController } from './library.controller.js';
import { LibraryRepository } from './library.repository.js';
import { LibraryService } from './library.service.js';
import { MediaController } from './media.controller.js';
import { MediaRepository } from './media.repository.js';
import { MediaService } from './media.service.js';

/** Published media files (360 photos and videos): stored once by hash, served immutable. */
@Module({
  imports: [AuditModule],
  controllers: [MediaController, LibraryController],
  providers: [MediaRepository, MediaService, LibraryRepository, LibraryService],
  exports: [MediaService],
})
export class MediaModule {}
