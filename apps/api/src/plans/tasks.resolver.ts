import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@partrack/shared';
import { RequirePermission, CurrentCaller } from '../common/auth/auth.decorators';
import { Caller } from '../common/context/caller';
import { badField } from '../common/errors/domain-error';
import { ConnectionType, PageArgs } from '../common/graphql/connection';
import { paginate } from '../common/graphql/keyset-pagination';
import { PostTaskUpdateInput, TaskFilter, TaskOrder, TaskStatsGroupBy } from './dto/task.input';
import { PlanItem } from './plan-item.entity';
import { TaskStatsRow } from './task-stats.model';
import { TaskUpdate } from './task-update.entity';
import { TaskUpdatesService } from './task-updates.service';
import { TasksService } from './tasks.service';
import { PlanExportService } from './plan-export.service';
import { ExportedFile } from '../common/graphql/exported-file.model';

const PlanItemConnection = ConnectionType(PlanItem);

@Resolver()
export class TasksResolver {
  constructor(
    private readonly taskService: TasksService,
    private readonly updates: TaskUpdatesService,
    private readonly exports: PlanExportService,
  ) {}

  @Query(() => ExportedFile, {
    description: 'The filtered task list as an XLSX workbook (at most 5,000 rows)',
  })
  @RequirePermission(Permission.PLAN_READ)
  exportTasksXlsx(
    @CurrentCaller() caller: Caller,
    @Args('filter', { type: () => TaskFilter, nullable: true }) filter?: TaskFilter,
    @Args('orderBy', { type: () => TaskOrder, nullable: true }) orderBy?: TaskOrder,
  ): Promise<ExportedFile> {
    return this.exports.taskListXlsx(caller.actor, filter ?? {}, orderBy);
  }

  @Query(() => ExportedFile, { description: 'The plan in the XLSX import template (export → edit → import)' })
  @RequirePermission(Permission.PLAN_READ)
  exportPlanXlsx(
    @CurrentCaller() caller: Caller,
    @Args('planId', { type: () => ID }) planId: string,
  ): Promise<ExportedFile> {
    return this.exports.planXlsx(caller.actor, planId);
  }

  @Query(() => PlanItemConnection, {
    description: 'Tasks and projects (by default) across the plans you may read',
  })
  @RequirePermission(Permission.PLAN_READ)
  tasks(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('filter', { type: () => TaskFilter, nullable: true }) filter?: TaskFilter,
    @Args('orderBy', { type: () => TaskOrder, nullable: true }) orderBy?: TaskOrder,
  ) {
    return this.taskService.list(caller.actor, filter ?? {}, orderBy, page);
  }

  @Query(() => PlanItemConnection, {
    description: 'Tasks your agency leads or coordinates, directly or through a group',
  })
  @RequirePermission(Permission.PLAN_READ)
  myTasks(
    @CurrentCaller() caller: Caller,
    @Args() page: PageArgs,
    @Args('filter', { type: () => TaskFilter, nullable: true }) filter?: TaskFilter,
  ) {
    const actor = caller.actor;
    if (!actor.agencyId) throw badField('agencyId', 'user.agencyRequired');
    const query = this.taskService.query(actor, filter ?? {}).andWhere(
      `EXISTS (SELECT 1 FROM plan_item_agency mine LEFT JOIN agency_group_member mgm ON mgm.group_id = mine.group_id
                  WHERE mine.item_id = item.id AND (mine.agency_id = :me OR mgm.agency_id = :me))`,
      { me: actor.agencyId },
    );
    return paginate(
      query,
      [
        { expression: `COALESCE(item.due_date, '9999-12-31')`, value: (i) => i.dueDate ?? '9999-12-31' },
        { expression: 'item.id', value: (i) => i.id },
      ],
      page,
    );
  }

  @Query(() => [TaskStatsRow], {
    description: 'Counts by status, overdue and average progress, computed in SQL',
  })
  @RequirePermission(Permission.PLAN_READ)
  taskStats(
    @CurrentCaller() caller: Caller,
    @Args('planId', { type: () => ID }) planId: string,
    @Args('groupBy', { type: () => TaskStatsGroupBy }) groupBy: TaskStatsGroupBy,
    @Args('filter', { type: () => TaskFilter, nullable: true }) filter?: TaskFilter,
  ): Promise<TaskStatsRow[]> {
    return this.taskService.stats(caller.actor, planId, groupBy, filter ?? {});
  }

  @Mutation(() => TaskUpdate, {
    description: 'Progress from the lead agency, or a contribution from a coordinating one',
  })
  @RequirePermission(Permission.TASK_UPDATE)
  postTaskUpdate(
    @CurrentCaller() caller: Caller,
    @Args('input') input: PostTaskUpdateInput,
  ): Promise<TaskUpdate> {
    return this.updates.post(caller, input);
  }
}
