import { parseDueLabel } from '../plan/due-label';
import { PlanItemKind } from '../plan/plan.enums';
import { classifyProduct } from '../plan/product-type';
import type { ParsedPlanItem, PlanParseProblem } from './plan-document.types';
import { CodeSequence } from './plan-numbering';
import { planProblem, PlanProblemCode } from './plan-problems';
import { assignProjectCells, assignTaskCells, RowCells } from './row-cells';
import type { CellDraft, RowDraft } from './row-collector';

export interface BuildContext {
  planYear: number | null;
  isAgency: (text: string) => boolean;
}

export interface BuiltItems {
  items: ParsedPlanItem[];
  problems: PlanParseProblem[];
  /** Code of the last row when it stops short of its last required column (no cell at all). */
  cutRow: string | null;
}

const KIND_BY_LEVEL = { 1: PlanItemKind.RESULT, 2: PlanItemKind.ACTIVITY, 3: PlanItemKind.TASK } as const;
const NOUN: Record<PlanItemKind, string> = {
  [PlanItemKind.RESULT]: 'Result',
  [PlanItemKind.ACTIVITY]: 'Activity',
  [PlanItemKind.TASK]: 'Task',
  [PlanItemKind.PROJECT]: 'Project',
};

function textOf(cell: CellDraft | null): string | null {
  return cell?.text ?? null;
}

function emptyCellProblem(code: PlanProblemCode, what: string, cell: CellDraft | null, item: ParsedPlanItem) {
  const where = cell === null ? 'no such cell in the row' : 'the cell is empty';
  const message = `${NOUN[item.kind]} ${item.code} has no ${what} (${where})`;
  return planProblem(code, cell?.line ?? item.line, message, item.code);
}

function undatedReason(label: string, planYear: number | null): string {
  // Any year would date it, so the label is fine and only the plan year is missing.
  const needsYear = planYear === null && parseDueLabel(label, 2000).date !== null;
  return needsYear
    ? `completion time "${label}" names no year, and the plan year is unknown`
    : `completion time "${label}" not understood`;
}

function cellProblems(item: ParsedPlanItem, cells: RowCells, planYear: number | null): PlanParseProblem[] {
  const problems: PlanParseProblem[] = [];
  const checks: Array<[PlanProblemCode, string, CellDraft | null]> = [
    ['EMPTY_PRODUCT', 'product', cells.product],
    ['EMPTY_LEAD', 'lead agency', cells.lead],
    ['EMPTY_COORDINATOR', 'coordinating agency', cells.coordinator],
    ['EMPTY_DEADLINE', 'completion time', cells.due],
  ];
  for (const [code, what, cell] of checks) {
    if (textOf(cell) === null) problems.push(emptyCellProblem(code, what, cell, item));
  }
  if (item.dueLabel !== null && item.dueDate === null) {
    const message = `${NOUN[item.kind]} ${item.code}: ${undatedReason(item.dueLabel, planYear)}`;
    problems.push(planProblem('UNKNOWN_DEADLINE', cells.due?.line ?? item.line, message, item.code));
  }
  if (cells.ambiguity !== null) {
    problems.push(planProblem('AMBIGUOUS_CELLS', item.line, `${item.code}: ${cells.ambiguity}`, item.code));
  }
  return problems;
}

function withCells(item: ParsedPlanItem, cells: RowCells, planYear: number | null): ParsedPlanItem {
  const productText = textOf(cells.product);
  const dueLabel = textOf(cells.due);
  return {
    ...item,
    productText,
    productType: productText === null ? null : classifyProduct(productText),
    leadText: textOf(cells.lead),
    coordinatorText: textOf(cells.coordinator),
    dueLabel,
    dueDate: dueLabel === null ? null : parseDueLabel(dueLabel, planYear).date,
    fundingText: textOf(cells.funding),
  };
}

function bareItem(
  row: RowDraft,
  kind: PlanItemKind,
  code: string,
  parentCode: string | null,
): ParsedPlanItem {
  return {
    line: row.line,
    kind,
    code,
    parentCode,
    title: row.titleParts.join('\n').trim(),
    areaCode: row.areaCode,
    productText: null,
    productType: null,
    leadText: null,
    coordinatorText: null,
    dueLabel: null,
    dueDate: null,
    fundingText: null,
  };
}

function titleProblems(item: ParsedPlanItem): PlanParseProblem[] {
  if (item.title !== '') return [];
  return [planProblem('EMPTY_TITLE', item.line, `${NOUN[item.kind]} ${item.code} has no title`, item.code)];
}

interface Parents {
  result: string | null;
  activity: string | null;
}

/** The nearest result above an activity, the nearest activity (under that result) above a task. */
function parentOf(level: 1 | 2 | 3, code: string, parents: Parents): string | null {
  switch (level) {
    case 1:
      Object.assign(parents, { result: code, activity: null });
      return null;
    case 2:
      parents.activity = code;
      return parents.result;
    case 3:
      return parents.activity;
  }
}

function orphanProblems(item: ParsedPlanItem): PlanParseProblem[] {
  if (item.kind === PlanItemKind.RESULT || item.parentCode !== null) return [];
  const above =
    item.kind === PlanItemKind.ACTIVITY ? 'result (1.x)' : 'activity (2.x) under the current result';
  return [planProblem('ORPHAN_ITEM', item.line, `${item.code} has no ${above} above it`, item.code)];
}

/** Builds result → activity → task items from Appendix I rows. */
export function buildAppendixOneItems(rows: readonly RowDraft[], context: BuildContext): BuiltItems {
  const sequence = new CodeSequence();
  const parents: Parents = { result: null, activity: null };
  const built: BuiltItems = { items: [], problems: [], cutRow: null };
  for (const row of rows) {
    if (row.level === null) continue;
    const code = `${row.level}.${row.number}`;
    const bare = bareItem(row, KIND_BY_LEVEL[row.level], code, parentOf(row.level, code, parents));
    const cells = row.hasCells ? assignTaskCells(row.cells, context.isAgency) : null;
    const item = cells === null ? bare : withCells(bare, cells, context.planYear);
    built.items.push(item);
    built.problems.push(
      ...sequence.check(String(row.level), row.number, row.line),
      ...orphanProblems(item),
      ...(cells === null ? [] : cellProblems(item, cells, context.planYear)),
      ...titleProblems(item),
    );
    // A task row with nothing from its completion time column on is what a cut copy leaves behind.
    built.cutRow = cells !== null && cells.due === null && cells.funding === null ? code : null;
  }
  built.problems.push(...structureProblems(built.items));
  return built;
}

/** Results without activities, activities without tasks, and items no area heading covers. */
function structureProblems(items: readonly ParsedPlanItem[]): PlanParseProblem[] {
  const parents = new Set(items.map((i) => i.parentCode));
  const problems: PlanParseProblem[] = [];
  for (const item of items) {
    if (item.kind !== PlanItemKind.TASK && !parents.has(item.code)) {
      const below = item.kind === PlanItemKind.RESULT ? 'activities' : 'tasks';
      problems.push(
        planProblem('NO_CHILDREN', item.line, `${NOUN[item.kind]} ${item.code} has no ${below}`, item.code),
      );
    }
    if (item.areaCode === null) {
      const message = `${item.code} is under no recognised area heading; its area is unknown`;
      problems.push(planProblem('ITEM_WITHOUT_AREA', item.line, message, item.code));
    }
  }
  return problems;
}

/** Builds the projects of Appendix II, coded DA.<row number> after the table's own "TT" column. */
export function buildProjectItems(rows: readonly RowDraft[], context: BuildContext): BuiltItems {
  const sequence = new CodeSequence();
  const built: BuiltItems = { items: [], problems: [], cutRow: null };
  for (const row of rows) {
    const code = `DA.${row.number}`;
    const cells = assignProjectCells(row.cells);
    const title = [...row.titleParts, textOf(cells.title) ?? ''].join('\n').trim();
    const item = withCells(
      { ...bareItem(row, PlanItemKind.PROJECT, code, null), title },
      cells,
      context.planYear,
    );
    built.items.push(item);
    built.problems.push(
      ...sequence.check('DA', row.number, row.line),
      ...cellProblems(item, cells, context.planYear),
      ...titleProblems(item),
    );
    // The coordinating agency is the last column of a project row.
    built.cutRow = cells.coordinator === null || cells.due === null ? code : null;
  }
  return built;
}
