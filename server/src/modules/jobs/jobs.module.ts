import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue.js';

/** The Postgres-backed job queue, for every module that runs work in the background. */
@Global()
@Module({ providers: [JobQueue], exports: [JobQueue] })
export class JobsModule {}
