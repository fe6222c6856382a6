import { Module } from '@nestjs/common';
import { PublicCacheInvalidator } from './public-cache.invalidator';
import { PublicSummaryController } from './public-summary.controller';
import { PublicSummaryRepository } from './public-summary.repository';
import { PublicSummaryService } from './public-summary.service';
import { PublicThrottlerGuard } from './public-throttler.guard';

/** The public transparency figures (công khai): REST, no login (docs/public.md). */
@Module({
  controllers: [PublicSummaryController],
  providers: [PublicSummaryService, PublicSummaryRepository, PublicCacheInvalidator, PublicThrottlerGuard],
})
export class PublicModule {}
