import { checkFramework, ParFrameworkProblem, ParScaleProblem } from '@partrack/shared';
import { columnLetter } from '../../indicators/formats/measurement-xlsx.columns';
import {
  INFO_SHEET,
  INFO_VALUE_COLUMN,
  ItemColumnKey,
  ITEMS_SHEET,
  PAR_XLSX_LIMITS,
} from './par-framework-xlsx.columns';
import { ItemRow } from './par-framework-xlsx.items';
import { ParFrameworkXlsxProblem, parXlsxProblem, ParXlsxMessageKey } from './par-framework-xlsx.messages';

type Params = Record<string, string | number>;

const SCALE_KEYS: Readonly<Record<ParScaleProblem['kind'], ParXlsxMessageKey>> = {
  tooFewOptions: 'parXlsx.scaleTooFewOptions',
  optionAboveMaximum: 'parXlsx.scaleOptionAboveMaximum',
  invalidOptionPoints: 'parXlsx.scaleInvalidOptionPoints',
  duplicateOptionLabel: 'parXlsx.scaleDuplicateOptionLabel',
  maximumUnreachable: 'parXlsx.scaleMaximumUnreachable',
};

/**
 * Where a problem of `checkFramework` shows: the item's column and message, with the params it names.
 * Duplicate codes, unknown parents, wrong levels and invalid maxima are caught row by row before the
 * framework is checked; they are mapped here too so that no problem of the shared rules is ever dropped.
 */
function placeOf(
  p: Exclude<ParFrameworkProblem, { kind: 'totalDoesNotAddUp' }>,
  first: ReadonlyMap<string, ItemRow>,
): {
  column: ItemColumnKey;
  key: ParXlsxMessageKey;
  params: Params;
} {
  switch (p.kind) {
    case 'duplicateCode': {
      const firstLine = first.get(p.code)?.line ?? 0;
      return { column: 'code', key: 'parXlsx.duplicateCode', params: { code: p.code, firstLine } };
    }
    case 'unknownParent':
      return {
        column: 'code',
        key: 'parXlsx.unknownParent',
        params: { code: p.code, parentCode: p.parentCode },
      };
    // Levels come from the codes, so a wrong level means a code the tree cannot hold.
    case 'wrongLevel':
      return { column: 'code', key: 'parXlsx.code', params: { code: p.code } };
    case 'invalidMaxPoints': {
      const value = first.get(p.code)?.item.maxPoints ?? '';
      return { column: 'maxPoints', key: 'parXlsx.points', params: { value, max: PAR_XLSX_LIMITS.points } };
    }
    case 'childrenDoNotAddUp': {
      const { code, maxPoints, childrenTotal } = p;
      return {
        column: 'maxPoints',
        key: 'parXlsx.childrenDoNotAddUp',
        params: { code, maxPoints, childrenTotal },
      };
    }
    case 'leafWithoutMethod':
      return { column: 'method', key: 'parXlsx.leafWithoutMethod', params: { code: p.code } };
    case 'methodOnParent':
      return { column: 'method', key: 'parXlsx.methodOnParent', params: { code: p.code } };
    case 'scale': {
      // Options count from 1, as the user sees the lines of the cell.
      const params: Params = { code: p.code };
      if ('index' in p.problem) params.position = p.problem.index + 1;
      return { column: 'scale', key: SCALE_KEYS[p.problem.kind], params };
    }
  }
}

/**
 * The framework's own rules (`checkFramework`) on items that all read cleanly, each problem on the row of
 * the item it names, in the column to fix; a total the items do not reach goes on the "Tổng điểm" row.
 * `declaredTotal` null (the total cell itself is wrong, and reported) leaves that comparison out.
 */
export function frameworkProblems(
  rows: readonly ItemRow[],
  letters: ReadonlyMap<ItemColumnKey, string>,
  declaredTotal: number | null,
  totalLine: number | null,
): ParFrameworkXlsxProblem[] {
  const first = new Map<string, ItemRow>();
  for (const r of rows) if (!first.has(r.item.code)) first.set(r.item.code, r);
  const items = rows.map((r) => r.item);
  return checkFramework(items, declaredTotal ?? 0).flatMap((p): ParFrameworkXlsxProblem[] => {
    if (p.kind === 'totalDoesNotAddUp') {
      if (declaredTotal === null) return [];
      const column = totalLine === null ? null : columnLetter(INFO_VALUE_COLUMN);
      const params = { total: p.total, declaredTotal: p.declaredTotal };
      return [parXlsxProblem(INFO_SHEET, totalLine, column, 'parXlsx.totalDoesNotAddUp', params)];
    }
    const { column, key, params } = placeOf(p, first);
    const line = first.get(p.code)?.line ?? null;
    return [parXlsxProblem(ITEMS_SHEET, line, letters.get(column) ?? null, key, params)];
  });
}
