import { describe, expect, it } from 'vitest';
import { PlanItemKind, PlanItemStatus } from '@partrack/shared';
import { buildPlanTree } from './plan-tree.util';
import { planItem } from './plan.fixtures';

describe('plan tree', () => {
  it('nests tasks under activities under results, per reform area, with projects apart', () => {
    const tree = buildPlanTree([
      planItem('r1', '1.3', PlanItemKind.RESULT, null, { areaCode: null }),
      planItem('r2', '1.4', PlanItemKind.RESULT, null),
      planItem('a1', '2.5', PlanItemKind.ACTIVITY, 'r2'),
      planItem('t1', '3.6', PlanItemKind.TASK, 'a1', { status: PlanItemStatus.DONE }),
      planItem('t2', '3.7', PlanItemKind.TASK, 'a1'),
      planItem('p1', 'DA.1', PlanItemKind.PROJECT, null),
      planItem('t9', '3.9', PlanItemKind.TASK, 'missing-parent', { areaCode: 'VI' }),
    ]);
    // Areas in their official order, items without an area last.
    expect(tree.main.map((row) => row.key)).toEqual(['area:II', 'area:VI', 'area:NONE']);
    const area = tree.main[0];
    expect(area).toMatchObject({ taskCount: 2, doneCount: 1 });
    const result = area.children?.[0];
    expect(result?.item?.code).toBe('1.4');
    expect(result?.children?.[0]?.children?.map((row) => row.item?.code)).toEqual(['3.6', '3.7']);
    // An item whose parent is not in the plan becomes a root instead of disappearing.
    expect(tree.main[1].children?.map((row) => row.item?.code)).toEqual(['3.9']);
    expect(tree.projects.map((row) => row.item?.code)).toEqual(['DA.1']);
    expect(tree.branchKeys).toEqual(expect.arrayContaining(['r2', 'a1', 'area:II']));
  });
});
