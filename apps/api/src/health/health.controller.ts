import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../common/auth/auth.decorators';

/** Probes for the orchestrator and load balancers (@nestjs/terminus). */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
  ) {}

  /** The process is up (restart it if not). */
  @Get('live')
  @Public()
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** Ready to serve: Postgres answers within 2 s. 503 SERVICE_UNAVAILABLE otherwise (docs/operations.md). */
  @Get('ready')
  @Public()
  @HealthCheck()
  ready() {
    return this.health.check([() => this.database.pingCheck('database', { timeout: 2000 })]);
  }
}
