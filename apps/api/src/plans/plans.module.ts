import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '../agencies/agencies.module';
import { PlanItemAgencyResolver } from './plan-item-agency.resolver';
import { TaskUpdateResolver } from './task-update.resolver';
import { PlanImportResolver } from './import/plan-import.resolver';
import { PlanImportService } from './import/plan-import.service';
import { PlanCopyService } from './plan-copy.service';
import { PlanExportService } from './plan-export.service';
import { PlanLoaders } from './plan.loaders';
import { PlanItemAgency } from './plan-item-agency.entity';
import { PlanItem } from './plan-item.entity';
import { PlanItemsResolver } from './plan-items.resolver';
import { PlanItemsService } from './plan-items.service';
import { Plan } from './plan.entity';
import { PlansResolver } from './plans.resolver';
import { PlansService } from './plans.service';
import { ReformArea } from './reform-area.entity';
import { TaskUpdate } from './task-update.entity';
import { TaskUpdatesService } from './task-updates.service';
import { TasksResolver } from './tasks.resolver';
import { TasksService } from './tasks.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Plan, PlanItem, PlanItemAgency, TaskUpdate, ReformArea]),
    AgenciesModule,
  ],
  providers: [
    PlansService,
    PlanItemsService,
    TasksService,
    TaskUpdatesService,
    PlanLoaders,
    PlanCopyService,
    PlanExportService,
    PlanImportService,
    PlanImportResolver,
    PlansResolver,
    PlanItemsResolver,
    TasksResolver,
    PlanItemAgencyResolver,
    TaskUpdateResolver,
  ],
  exports: [PlansService, PlanItemsService, TasksService, PlanImportService],
})
export class PlansModule {}
