import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { ParFramework } from '../par-index/par-framework.entity';
import { ParFrameworkBuilder } from '../par-index/par-framework.builder';
import { DemoParCurrentSeeder } from './demo-par-current.seeder';
import { DemoParCycleSeeder } from './demo-par-cycle.seeder';
import { PAR_SAMPLE_FRAMEWORKS } from './par-sample-frameworks';

/** The year of the demo plan: its PAR Index year is scored with the sample frameworks, locked. */
const DEMO_YEAR = 2022;

/**
 * DEMO DATA ONLY: the sample frameworks (bộ tiêu chí mẫu, labelled as samples, never official) for the
 * demo province's departments and districts, locked for the demo year as a cycle would lock them; then the
 * demo year's cycle, published, and the current year's, open. Each step skips what is there already, so a
 * demo database made before a step existed gains it on its next start.
 */
@Injectable()
export class DemoParSeeder {
  private readonly logger = new Logger('Seed');

  constructor(
    private readonly dataSource: DataSource,
    private readonly frameworks: ParFrameworkBuilder,
    private readonly published: DemoParCycleSeeder,
    private readonly current: DemoParCurrentSeeder,
  ) {}

  async seed(provinceCode: string): Promise<void> {
    const province = await this.dataSource.getRepository(Agency).findOneByOrFail({ code: provinceCode });
    await this.samples(province.id);
    await this.published.seedPublished(province.id, DEMO_YEAR);
    await this.current.seed(province.id, DEMO_YEAR);
  }

  private async samples(provinceId: string): Promise<void> {
    if (await this.dataSource.getRepository(ParFramework).exists({ where: { provinceId, isSample: true } }))
      return;
    for (const sample of PAR_SAMPLE_FRAMEWORKS) {
      await this.frameworks.createFromDefinition(null, provinceId, DEMO_YEAR, sample, {
        isSample: true,
        lock: true,
      });
    }
    this.logger.log(
      `seeded ${PAR_SAMPLE_FRAMEWORKS.length} sample PAR Index frameworks (demo, ${DEMO_YEAR})`,
    );
  }
}
