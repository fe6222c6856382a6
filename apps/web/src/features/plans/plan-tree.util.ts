import { PlanItemKind, PlanItemStatus, REFORM_AREAS } from '@partrack/shared';
import type { PlanOverviewQuery } from '../../gql/graphql';

export type PlanTreeItem = PlanOverviewQuery['plan']['items'][number];

export interface PlanTreeRow {
  key: string;
  /** null for the heading row of a reform area. */
  item: PlanTreeItem | null;
  /** The area a heading row stands for (null: items without an area). */
  areaCode: string | null;
  /** Tasks and projects at or below this row, and how many of them are done. */
  taskCount: number;
  doneCount: number;
  children?: PlanTreeRow[];
}

export interface PlanTree {
  /** Reform areas → results → activities → tasks, in document order. */
  main: PlanTreeRow[];
  /** Projects (đề án) come from their own appendix. */
  projects: PlanTreeRow[];
  /** Keys of rows with children, for "expand all". */
  branchKeys: string[];
}

export function isTrackedKind(kind: PlanItemKind): boolean {
  return kind === PlanItemKind.TASK || kind === PlanItemKind.PROJECT;
}

function areaOrder(code: string | null): number {
  return REFORM_AREAS.find((area) => area.code === code)?.order ?? 99;
}

/**
 * plan.items arrives flat in document order; children keep that order under their parent. An item whose
 * parent is missing (a derived plan copies only what an agency needs) becomes a root instead of vanishing.
 * Roots other than projects are grouped under a heading row per reform area.
 */
export function buildPlanTree(items: readonly PlanTreeItem[]): PlanTree {
  const rows = new Map<string, PlanTreeRow>();
  const childrenOf = new Map<string, PlanTreeRow[]>();
  for (const item of items) {
    rows.set(item.id, { key: item.id, item, areaCode: item.areaCode, taskCount: 0, doneCount: 0 });
  }
  const roots: PlanTreeRow[] = [];
  for (const item of items) {
    const row = rows.get(item.id);
    if (!row) continue;
    if (item.parentId && rows.has(item.parentId)) {
      childrenOf.set(item.parentId, [...(childrenOf.get(item.parentId) ?? []), row]);
    } else roots.push(row);
  }
  const branchKeys: string[] = [];
  const finish = (row: PlanTreeRow, children: PlanTreeRow[]): PlanTreeRow => {
    const own = row.item && isTrackedKind(row.item.kind) ? 1 : 0;
    const ownDone = own && row.item?.status === PlanItemStatus.DONE ? 1 : 0;
    row.taskCount = children.reduce((sum, child) => sum + child.taskCount, own);
    row.doneCount = children.reduce((sum, child) => sum + child.doneCount, ownDone);
    if (children.length > 0) {
      row.children = children;
      branchKeys.push(row.key);
    }
    return row;
  };
  const finishItem = (row: PlanTreeRow): PlanTreeRow =>
    finish(row, (childrenOf.get(row.key) ?? []).map(finishItem));
  const finished = roots.map(finishItem);

  const byArea = new Map<string | null, PlanTreeRow[]>();
  for (const row of finished) {
    if (row.item?.kind === PlanItemKind.PROJECT) continue;
    byArea.set(row.areaCode, [...(byArea.get(row.areaCode) ?? []), row]);
  }
  const main = [...byArea.entries()]
    .sort(([a], [b]) => areaOrder(a) - areaOrder(b))
    .map(([areaCode, children]) =>
      finish(
        { key: `area:${areaCode ?? 'NONE'}`, item: null, areaCode, taskCount: 0, doneCount: 0 },
        children,
      ),
    );
  return {
    main,
    projects: finished.filter((row) => row.item?.kind === PlanItemKind.PROJECT),
    branchKeys,
  };
}
