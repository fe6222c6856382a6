import { Module } from '@nestjs/common';
import { AgenciesModule } from '../agencies/agencies.module';
import { UsersModule } from '../users/users.module';
import { SeedService } from './seed.service';

@Module({
  imports: [AgenciesModule, UsersModule],
  providers: [SeedService],
  exports: [SeedService],
})
export class SeedModule {}
