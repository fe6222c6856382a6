import { Module } from '@nestjs/common';
import { AgenciesModule } from '../agencies/agencies.module';
import { PlansModule } from '../plans/plans.module';
import { UsersModule } from '../users/users.module';
import { DemoIndicatorSeeder } from './demo-indicator.seeder';
import { DemoPlanSeeder } from './demo-plan.seeder';
import { SeedService } from './seed.service';

@Module({
  imports: [AgenciesModule, UsersModule, PlansModule],
  providers: [SeedService, DemoPlanSeeder, DemoIndicatorSeeder],
  exports: [SeedService],
})
export class SeedModule {}
