import {
  classifyProduct,
  ParsedPlanItem,
  parseDueLabel,
  PlanItemKind,
  ReformAreaCode,
  reformAreaCodeOf,
  reformAreaCodeOfNumeral,
} from '@partrack/shared';
import { formatProblem, PlanFormatProblem } from './plan-format.problems';
import type { CellRead } from '../../common/xlsx/xlsx-cells';
import { kindOfLabel, type PlanColumnKey } from './plan-xlsx.columns';

/** A row below the column titles, its cells keyed by the template column they sit in. */
export interface ItemRow {
  line: number;
  cells: ReadonlyMap<PlanColumnKey, CellRead>;
}

export interface BuiltXlsxItems {
  items: ParsedPlanItem[];
  problems: PlanFormatProblem[];
  /** Rows with content that gave no item (no code, unreadable code or kind). */
  skipped: number;
}

/** plan_item.code is varchar(32) and due_label varchar(120): longer values could not be written. */
const MAX_CODE_LENGTH = 32;
const MAX_DUE_LABEL_LENGTH = 120;

const NOUN: Record<PlanItemKind, string> = {
  [PlanItemKind.RESULT]: 'Result',
  [PlanItemKind.ACTIVITY]: 'Activity',
  [PlanItemKind.TASK]: 'Task',
  [PlanItemKind.PROJECT]: 'Project',
};

/** The numbering of the plan's appendices, which says the kind when the "Loại" cell is empty. */
const KIND_BY_CODE: ReadonlyArray<readonly [RegExp, PlanItemKind]> = [
  [/^1\.\d+$/, PlanItemKind.RESULT],
  [/^2\.\d+$/, PlanItemKind.ACTIVITY],
  [/^3\.\d+$/, PlanItemKind.TASK],
  [/^DA\.\d+$/i, PlanItemKind.PROJECT],
];

const PARENT_KIND: Record<PlanItemKind, PlanItemKind | null> = {
  [PlanItemKind.RESULT]: null,
  [PlanItemKind.ACTIVITY]: PlanItemKind.RESULT,
  [PlanItemKind.TASK]: PlanItemKind.ACTIVITY,
  [PlanItemKind.PROJECT]: null,
};

function kindOfCode(code: string): PlanItemKind | null {
  return KIND_BY_CODE.find(([pattern]) => pattern.test(code))?.[1] ?? null;
}

/** "II", "II.", "II - Cải cách thủ tục hành chính" or the area's name. */
function areaOf(text: string): ReformAreaCode | null {
  const numeral = /^([IVX]{1,4})(?:\s*[.\-–:)]|\s|$)/i.exec(text);
  return (numeral ? reformAreaCodeOfNumeral(numeral[1]) : null) ?? reformAreaCodeOf(text);
}

class RowReader {
  readonly items: ParsedPlanItem[] = [];
  readonly problems: PlanFormatProblem[] = [];
  skipped = 0;
  private readonly kinds = new Map<string, PlanItemKind>();

  constructor(
    /** Code → first row holding it, over all rows, so a parent on a later row is told from a missing one. */
    private readonly codeLines: ReadonlyMap<string, number>,
    private readonly planYear: number | null,
  ) {}

  read(row: ItemRow): void {
    const cell = (key: PlanColumnKey): CellRead => row.cells.get(key) ?? { text: null, numeric: false };
    const text = (key: PlanColumnKey): string | null => cell(key).text;
    const code = text('code');
    if (code === null) return this.skip('MISSING_CODE', row.line, `Row ${row.line} has content but no code`);
    if (code.includes('\n') || code.length > MAX_CODE_LENGTH) {
      return this.skip(
        'INVALID_CODE',
        row.line,
        `Code "${code}" must be one line of at most ${MAX_CODE_LENGTH} characters`,
      );
    }
    const kind = this.kindOf(code, text('kind'), row.line);
    if (kind === null) return;
    if (cell('code').numeric) this.numericCode(code, row.line);
    const dueLabel = text('dueLabel');
    const productText = text('productText');
    const item: ParsedPlanItem = {
      line: row.line,
      kind,
      code,
      parentCode: text('parentCode'),
      title: text('title') ?? '',
      areaCode: this.areaOf(code, text('areaCode'), row.line),
      productText,
      productType: productText === null ? null : classifyProduct(productText),
      leadText: text('leadText'),
      coordinatorText: text('coordinatorText'),
      dueLabel,
      dueDate: dueLabel === null ? null : parseDueLabel(dueLabel, this.planYear).date,
      fundingText: text('fundingText'),
    };
    if (this.kinds.has(code)) this.report('DUPLICATE_CODE', item, `Code ${code} is used twice`);
    else this.kinds.set(code, kind);
    if (cell('parentCode').numeric && item.parentCode !== null) this.numericCode(item.parentCode, row.line);
    this.items.push(item);
    this.checkItem(item);
  }

  private skip(
    code: 'MISSING_CODE' | 'INVALID_CODE' | 'UNKNOWN_KIND',
    line: number,
    message: string,
    itemCode?: string,
  ) {
    this.skipped += 1;
    this.problems.push(formatProblem(code, line, message, itemCode));
  }

  private report(code: Parameters<typeof formatProblem>[0], item: ParsedPlanItem, message: string): void {
    this.problems.push(formatProblem(code, item.line, message, item.code));
  }

  private numericCode(code: string, line: number): void {
    const message = `"${code}" is stored as a number, so a code like 1.10 may have become 1.1; format the column as Text and retype it`;
    this.problems.push(formatProblem('NUMERIC_CODE', line, message, code));
  }

  private kindOf(code: string, label: string | null, line: number): PlanItemKind | null {
    const byCode = kindOfCode(code);
    if (label === null) {
      if (byCode === null)
        this.skip('UNKNOWN_KIND', line, `${code}: no kind given, and the code does not tell it`, code);
      return byCode;
    }
    const kind = kindOfLabel(label);
    if (kind === null) {
      this.skip(
        'UNKNOWN_KIND',
        line,
        `${code}: kind "${label}" is none of Kết quả, Hoạt động, Nhiệm vụ, Đề án`,
        code,
      );
    } else if (byCode !== null && byCode !== kind) {
      const message = `${code} is marked ${NOUN[kind]} but its code numbers a ${NOUN[byCode].toLowerCase()}`;
      this.problems.push(formatProblem('KIND_CODE_MISMATCH', line, message, code));
    }
    return kind;
  }

  private areaOf(code: string, text: string | null, line: number): ReformAreaCode | null {
    if (text === null) return null;
    const area = areaOf(text);
    if (area === null) {
      this.problems.push(
        formatProblem('UNKNOWN_AREA', line, `${code}: area "${text}" is none of I–VII`, code),
      );
    }
    return area;
  }

  private checkItem(item: ParsedPlanItem): void {
    this.checkParent(item);
    if (item.title === '') this.report('EMPTY_TITLE', item, `${NOUN[item.kind]} ${item.code} has no title`);
    if (item.areaCode === null && item.kind !== PlanItemKind.PROJECT) {
      this.report('ITEM_WITHOUT_AREA', item, `${item.code} has no reform area; its area is unknown`);
    }
    if (item.dueLabel !== null && item.dueLabel.length > MAX_DUE_LABEL_LENGTH) {
      const message = `${item.code}: completion time is longer than ${MAX_DUE_LABEL_LENGTH} characters`;
      this.report('VALUE_TOO_LONG', item, message);
    }
    if (item.dueLabel !== null && item.dueDate === null) this.undated(item, item.dueLabel);
    if (item.kind === PlanItemKind.TASK || item.kind === PlanItemKind.PROJECT) this.checkCells(item);
  }

  private checkParent(item: ParsedPlanItem): void {
    const { parentCode, kind, code } = item;
    const expected = PARENT_KIND[kind];
    if (parentCode === null) {
      if (expected === null) return;
      return this.report(
        'ORPHAN_ITEM',
        item,
        `${code} has no parent (Mã cha); it should hang under a ${NOUN[expected].toLowerCase()}`,
      );
    }
    const parentLine = this.codeLines.get(parentCode);
    if (parentLine === undefined || parentCode === code) {
      return this.report(
        'PARENT_NOT_FOUND',
        item,
        `${code}: parent ${parentCode} is not a code of this sheet`,
      );
    }
    if (parentLine > item.line) {
      const message = `${code}: parent ${parentCode} is on row ${parentLine}, below its child; move it above`;
      return this.report('PARENT_AFTER_CHILD', item, message);
    }
    const parentKind = this.kinds.get(parentCode);
    if (parentKind !== undefined && parentKind !== expected) {
      const wanted = expected === null ? 'no parent' : `a ${NOUN[expected].toLowerCase()} as parent`;
      const message = `${NOUN[kind]} ${code} should have ${wanted}, but ${parentCode} is a ${NOUN[parentKind].toLowerCase()}`;
      this.report('PARENT_KIND_MISMATCH', item, message);
    }
  }

  private undated(item: ParsedPlanItem, label: string): void {
    // Any year would date it, so the label is fine and only the plan year is missing.
    const needsYear = this.planYear === null && parseDueLabel(label, 2000).date !== null;
    const reason = needsYear
      ? `completion time "${label}" names no year, and the plan year is unknown`
      : `completion time "${label}" not understood`;
    this.report('UNKNOWN_DEADLINE', item, `${NOUN[item.kind]} ${item.code}: ${reason}`);
  }

  private checkCells(item: ParsedPlanItem): void {
    const checks = [
      ['EMPTY_PRODUCT', 'product', item.productText],
      ['EMPTY_LEAD', 'lead agency', item.leadText],
      ['EMPTY_COORDINATOR', 'coordinating agency', item.coordinatorText],
      ['EMPTY_DEADLINE', 'completion time', item.dueLabel],
    ] as const;
    for (const [code, what, value] of checks) {
      if (value === null)
        this.report(code, item, `${NOUN[item.kind]} ${item.code} has no ${what} (the cell is empty)`);
    }
  }
}

/** Results without activities and activities without tasks, as `parsePlanText` reports them. */
function childlessProblems(items: readonly ParsedPlanItem[]): PlanFormatProblem[] {
  const parents = new Set(items.map((i) => i.parentCode));
  return items
    .filter(
      (i) => (i.kind === PlanItemKind.RESULT || i.kind === PlanItemKind.ACTIVITY) && !parents.has(i.code),
    )
    .map((i) => {
      const below = i.kind === PlanItemKind.RESULT ? 'activities' : 'tasks';
      return formatProblem('NO_CHILDREN', i.line, `${NOUN[i.kind]} ${i.code} has no ${below}`, i.code);
    });
}

/** Turns template rows into items, in row order; nothing absent from a cell is filled in. */
export function buildXlsxItems(rows: readonly ItemRow[], planYear: number | null): BuiltXlsxItems {
  const codeLines = new Map<string, number>();
  for (const row of rows) {
    const code = row.cells.get('code')?.text;
    if (code != null && !codeLines.has(code)) codeLines.set(code, row.line);
  }
  const reader = new RowReader(codeLines, planYear);
  rows.forEach((row) => reader.read(row));
  const problems = [...reader.problems, ...childlessProblems(reader.items)];
  return { items: reader.items, problems, skipped: reader.skipped };
}
