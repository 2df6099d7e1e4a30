import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators.js';

export interface HealthResponse {
  status: 'ok' | 'error';
  db: 'up' | 'down';
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'État du serveur et de la base de données.' })
  @ApiResponse({ status: 200, description: '`{ status: "ok", db: "up" }`' })
  @ApiResponse({
    status: 503,
    description: 'La base de données ne répond pas : `{ status: "error", db: "down" }`.',
  })
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthResponse> {
    res.setHeader('Cache-Control', 'no-store');
    const up = await this.databaseAnswers();
    if (!up) res.status(503);
    return up ? { status: 'ok', db: 'up' } : { status: 'error', db: 'down' };
  }

  private async databaseAnswers(): Promise<boolean> {
    if (!this.dataSource.isInitialized) return false;
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
      ]);
      return true;
    } catch {
      return false;
    }
  }
}
