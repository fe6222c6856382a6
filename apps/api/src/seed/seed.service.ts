import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ImportFormat, Role } from '@partrack/shared';
import { load as loadYaml } from 'js-yaml';
import fs from 'node:fs';
import path from 'node:path';
import { DataSource, In } from 'typeorm';
import { AgencyGroup } from '../agencies/agency-group.entity';
import { Agency } from '../agencies/agency.entity';
import { AgencyImportService } from '../agencies/import/agency-import.service';
import { foldVietnamese } from '@partrack/shared';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { DemoInspectionSeeder } from './demo-inspection.seeder';
import { DemoParSeeder } from './demo-par.seeder';
import { DemoSurveySeeder } from './demo-survey.seeder';
import { DemoPlanSeeder } from './demo-plan.seeder';

/** DEMO DATA ONLY: documented in README; never created when NODE_ENV=production. */
export const DEMO_PASSWORD = 'Demo@12345';
export const DEMO_USERS: { email: string; fullName: string; role: Role; agencyCode: string | null }[] = [
  { email: 'admin@demo.partrack.vn', fullName: 'Quản trị viên (demo)', role: Role.ADMIN, agencyCode: null },
  {
    email: 'coordinator@demo.partrack.vn',
    fullName: 'Chuyên viên Sở Nội vụ (demo)',
    role: Role.COORDINATOR,
    agencyCode: 'QNA-SNV',
  },
  {
    email: 'manager@demo.partrack.vn',
    fullName: 'Lãnh đạo UBND TP Tam Kỳ (demo)',
    role: Role.AGENCY_MANAGER,
    agencyCode: 'QNA-TAMKY',
  },
  {
    email: 'officer@demo.partrack.vn',
    fullName: 'Cán bộ Sở TT&TT (demo)',
    role: Role.AGENCY_OFFICER,
    agencyCode: 'QNA-STTTT',
  },
  { email: 'viewer@demo.partrack.vn', fullName: 'Người xem (demo)', role: Role.VIEWER, agencyCode: 'QNA' },
];
export const SEED_DATA_DIR = path.join(__dirname, 'data');
const PROVINCE_ROOT_CODE = 'QNA';

interface GroupRow {
  code: string;
  name: string;
  aliases?: string[];
  members: string[];
}

@Injectable()
export class SeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Seed');

  constructor(
    private readonly dataSource: DataSource,
    private readonly importer: AgencyImportService,
    private readonly users: UsersService,
    private readonly demoPlan: DemoPlanSeeder,
    private readonly demoPar: DemoParSeeder,
    private readonly demoSurvey: DemoSurveySeeder,
    private readonly demoInspection: DemoInspectionSeeder,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureFirstAdmin();
    if (this.config.seedDemoData && this.config.nodeEnv !== 'production') await this.seedDemo();
  }

  /** Production's first administrator comes from ADMIN_EMAIL / ADMIN_PASSWORD when no admin exists yet. */
  async ensureFirstAdmin(): Promise<void> {
    const { adminEmail, adminPassword } = this.config;
    if (!adminEmail || !adminPassword) return;
    if (await this.dataSource.getRepository(User).exists({ where: { role: Role.ADMIN } })) return;
    await this.users.create(null, {
      email: adminEmail,
      fullName: this.config.adminFullName,
      role: Role.ADMIN,
      password: adminPassword,
    });
    this.logger.log(`created the first administrator ${adminEmail}`);
  }

  async seedDemo(): Promise<void> {
    if (!(await this.dataSource.getRepository(User).exists({ where: { email: DEMO_USERS[0].email } }))) {
      await this.seedHierarchyAndUsers();
    }
    await this.demoPlan.seed(SEED_DATA_DIR);
    await this.demoPar.seed(PROVINCE_ROOT_CODE);
    await this.demoSurvey.seed(PROVINCE_ROOT_CODE);
    await this.demoInspection.seed(PROVINCE_ROOT_CODE);
  }

  private async seedHierarchyAndUsers(): Promise<void> {
    this.logger.log('seeding demo data (Quảng Nam 2022 hierarchy, demo users)');
    const content = fs.readFileSync(path.join(SEED_DATA_DIR, 'quang-nam-agencies.yaml'), 'utf8');
    const result = await this.importer.import(null, ImportFormat.YAML, content, false);
    if (!result.applied) throw new Error(`demo agencies failed to import: ${JSON.stringify(result.errors)}`);
    await this.seedGroups();
    const agencies = await this.dataSource.getRepository(Agency).find();
    const idByCode = new Map(agencies.map((a) => [a.code, a.id]));
    for (const demo of DEMO_USERS) {
      await this.users.create(null, {
        email: demo.email,
        fullName: demo.fullName,
        role: demo.role,
        agencyId: demo.agencyCode ? idByCode.get(demo.agencyCode) : null,
        password: DEMO_PASSWORD,
      });
    }
  }

  async seedGroups(): Promise<void> {
    const rows = loadYaml(
      fs.readFileSync(path.join(SEED_DATA_DIR, 'quang-nam-agency-groups.yaml'), 'utf8'),
    ) as GroupRow[];
    const repo = this.dataSource.getRepository(AgencyGroup);
    const root = await this.dataSource.getRepository(Agency).findOneByOrFail({ code: PROVINCE_ROOT_CODE });
    for (const row of rows) {
      const members = await this.dataSource.getRepository(Agency).find({ where: { code: In(row.members) } });
      const existing = await repo.findOne({ where: { provinceId: root.id, code: row.code } });
      const aliases = row.aliases ?? [];
      await repo.save({
        ...(existing ?? {}),
        code: row.code,
        name: row.name,
        aliases,
        provinceId: root.id,
        searchText: foldVietnamese([row.code, row.name, ...aliases].join(' | ')),
        members,
      });
    }
  }
}
