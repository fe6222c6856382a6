import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { LoaderRegistry } from '../common/graphql/loader-registry';
import { groupByKeys, loaderKey, orderByKeys } from '../common/graphql/loaders';
import { ReportEvent } from './report-event.entity';
import { ReportingRound } from './reporting-round.entity';

export const ROUND_BY_ID = loaderKey<string, ReportingRound | null>('reportingRoundById');
export const REPORT_EVENTS = loaderKey<string, ReportEvent[]>('agencyReportEvents');

@Injectable()
export class ReportLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.registry.register(
      ROUND_BY_ID,
      () =>
        new DataLoader(async (ids) =>
          orderByKeys(
            ids,
            await this.dataSource.getRepository(ReportingRound).findBy({ id: In([...ids]) }),
            (r) => r.id,
          ),
        ),
    );
    this.registry.register(
      REPORT_EVENTS,
      () =>
        new DataLoader(async (ids) => {
          const rows = await this.dataSource
            .getRepository(ReportEvent)
            .find({ where: { reportId: In([...ids]) }, order: { createdAt: 'DESC' } });
          return groupByKeys(ids, rows, (r) => r.reportId);
        }),
    );
  }
}
