import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Public } from '../common/auth/auth.decorators';

@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  /** The process is up (for restarts by the orchestrator). */
  @Get('live')
  @Public()
  live() {
    return { status: 'ok' };
  }

  /** Ready to serve: Postgres answers (for load balancers). */
  @Get('ready')
  @Public()
  @HttpCode(200)
  async ready() {
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'ok', database: 'up' };
    } catch {
      throw new ServiceUnavailableException({ status: 'unavailable', database: 'down' });
    }
  }
}
