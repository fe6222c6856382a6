// Test-only: a Word version of a plan, written with the `docx` library from a plan's text and its parse,
// laid out the way such decisions are typed in Word. Not used by the application.
import {
  ParsedPlanItem,
  parsePlanText,
  PlanItemKind,
  reformAreaByCode,
  ReformAreaCode,
} from '@partrack/shared';
import {
  AlignmentType,
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';

/**
 * rows: one table row per result, activity and task, code and title in the first of 6 columns.
 * nested: the layout of the original decision, 8 columns (result | activity | task | product | …), the
 * result and activity cells merged down beside their tasks.
 */
export type DocxLayout = 'rows' | 'nested';

export interface PlanDocxOptions {
  layout?: DocxLayout;
  /** full: both appendix tables; heading: "PHỤ LỤC I" and its title but no table; none: the decision only. */
  appendices?: 'full' | 'heading' | 'none';
}

interface FixtureCell {
  text: string | null;
  span?: number;
  merge?: 'restart' | 'continue';
  numbered?: boolean;
}

const DATA_COLUMNS = ['Sản phẩm', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Kinh phí'];
const NUMBERING = 'project-number';

function paragraphs(text: string | null, bold = false): Paragraph[] {
  return (text ?? '')
    .split('\n')
    .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold })] }));
}

function cell(c: FixtureCell, bold = false): TableCell {
  const children = c.numbered
    ? [new Paragraph({ numbering: { reference: NUMBERING, level: 0 }, children: [] })]
    : paragraphs(c.merge === 'continue' ? null : c.text, bold);
  const verticalMerge =
    c.merge === undefined
      ? undefined
      : c.merge === 'restart'
        ? VerticalMergeType.RESTART
        : VerticalMergeType.CONTINUE;
  return new TableCell({ children, columnSpan: c.span, verticalMerge });
}

function table(rows: ReadonlyArray<readonly FixtureCell[]>): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (cells, i) => new TableRow({ tableHeader: i === 0, children: cells.map((c) => cell(c, i === 0)) }),
    ),
  });
}

const numeral = (area: ReformAreaCode): FixtureCell => ({ text: area });
const heading = (item: ParsedPlanItem): string => `${item.code}: ${item.title}`;
const dataCells = (item: ParsedPlanItem): FixtureCell[] =>
  [item.productText, item.leadText, item.coordinatorText, item.dueLabel, item.fundingText].map((text) => ({
    text,
  }));

/** Merges a data cell down over the next rows while they are tasks showing the same text, as Word users do. */
function mergeRepeats(rows: FixtureCell[][], isTask: readonly boolean[], first: number): void {
  for (let column = first; column < first + DATA_COLUMNS.length; column += 1) {
    for (let r = 1; r < rows.length; r += 1) {
      const above = rows[r - 1][column];
      const here = rows[r][column];
      if (!isTask[r] || !isTask[r - 1] || here.text === null || here.text !== above.text) continue;
      above.merge = above.merge ?? 'restart';
      here.merge = 'continue';
    }
  }
}

function areaRow(area: ReformAreaCode, width: number): FixtureCell[] {
  return [numeral(area), { text: reformAreaByCode(area).nameVi, span: width - 1 }];
}

function rowsLayout(items: readonly ParsedPlanItem[]): FixtureCell[][] {
  const rows: FixtureCell[][] = [[{ text: 'Mã/Nội dung' }, ...DATA_COLUMNS.map((text) => ({ text }))]];
  const isTask = [false];
  let area: ReformAreaCode | null = null;
  for (const item of items) {
    if (item.areaCode !== null && item.areaCode !== area) {
      area = item.areaCode;
      rows.push(areaRow(area, 6));
      isTask.push(false);
    }
    const task = item.kind === PlanItemKind.TASK;
    rows.push(task ? [{ text: heading(item) }, ...dataCells(item)] : [{ text: heading(item), span: 6 }]);
    isTask.push(task);
  }
  mergeRepeats(rows, isTask, 1);
  return rows;
}

/** A leaf of the tree is a row: tasks, activities without tasks, results without activities. */
function nestedLayout(items: readonly ParsedPlanItem[]): FixtureCell[][] {
  const rows: FixtureCell[][] = [
    [
      { text: 'Kết quả' },
      { text: 'Hoạt động' },
      { text: 'Nhiệm vụ' },
      ...DATA_COLUMNS.map((text) => ({ text })),
    ],
  ];
  const isTask = [false];
  const hasChild = new Set(items.map((i) => i.parentCode));
  const written = new Set<string>();
  const byCode = new Map(items.map((i) => [i.code, i]));
  const mergedCell = (item: ParsedPlanItem | undefined): FixtureCell => {
    if (item === undefined) return { text: null };
    if (written.has(item.code)) return { text: null, merge: 'continue' };
    written.add(item.code);
    return { text: heading(item), merge: 'restart' };
  };
  let area: ReformAreaCode | null = null;
  for (const item of items.filter((i) => !hasChild.has(i.code))) {
    if (item.areaCode !== null && item.areaCode !== area) {
      area = item.areaCode;
      rows.push(areaRow(area, 8));
      isTask.push(false);
      written.clear();
    }
    const activity = item.kind === PlanItemKind.ACTIVITY ? item : byCode.get(item.parentCode ?? '');
    const result = item.kind === PlanItemKind.RESULT ? item : byCode.get(activity?.parentCode ?? '');
    const task = item.kind === PlanItemKind.TASK;
    const empty = (n: number): FixtureCell[] => Array.from({ length: n }, () => ({ text: null }));
    rows.push([
      mergedCell(result),
      result === item ? { text: null } : mergedCell(activity),
      ...(task ? [{ text: heading(item) }, ...dataCells(item)] : empty(6)),
    ]);
    isTask.push(task);
  }
  mergeRepeats(rows, isTask, 3);
  return rows;
}

function projectTable(projects: readonly ParsedPlanItem[], numbered: boolean): Table {
  const header = [
    'TT',
    'Tên đề án',
    'Sản phẩm',
    'Thời gian hoàn thành',
    'Cơ quan chủ trì thực hiện',
    'Cơ quan phối hợp thực hiện',
  ];
  const rows = projects.map((p, i): FixtureCell[] => [
    numbered ? { text: null, numbered: true } : { text: String(i + 1) },
    ...[p.title, p.productText, p.dueLabel, p.leadText, p.coordinatorText].map((text) => ({ text })),
  ]);
  return table([header.map((text) => ({ text })), ...rows]);
}

/** Lines of the text from `from` (exclusive) while `until` has not matched, trimmed, blank ones dropped. */
function linesBetween(lines: readonly string[], from: number, until: (line: string) => boolean): string[] {
  const end = lines.findIndex((l, i) => i > from && until(l));
  return lines
    .slice(from + 1, end < 0 ? lines.length : end)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** Builds the .docx of a plan from the text `parsePlanText` reads, e.g. the seed. */
export async function buildPlanDocxFixture(text: string, options: PlanDocxOptions = {}): Promise<Buffer> {
  const { layout = 'rows', appendices = 'full' } = options;
  const lines = text.replace(/\n$/, '').split('\n');
  const one = lines.findIndex((l) => l.trim() === 'PHỤ LỤC I');
  const two = lines.findIndex((l) => l.trim() === 'PHỤ LỤC II');
  const items = parsePlanText(text).items;
  const body = lines.slice(0, one).map((l) => new Paragraph({ children: [new TextRun(l.trim())] }));
  const blocks: Array<Paragraph | Table> = [...body];
  if (appendices !== 'none') {
    const preamble = linesBetween(lines, one, (l) => /^\s*\t[123]\./.test(l));
    blocks.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: 'PHỤ LỤC I', bold: true })],
      }),
    );
    blocks.push(...preamble.flatMap((l) => paragraphs(l, true)));
  }
  if (appendices === 'full') {
    const appendixOne = items.filter((i) => i.kind !== PlanItemKind.PROJECT);
    blocks.push(table(layout === 'rows' ? rowsLayout(appendixOne) : nestedLayout(appendixOne)));
    blocks.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: 'PHỤ LỤC II', bold: true })],
      }),
    );
    blocks.push(...linesBetween(lines, two, (l) => l.trim() === 'TT').flatMap((l) => paragraphs(l, true)));
    blocks.push(
      projectTable(
        items.filter((i) => i.kind === PlanItemKind.PROJECT),
        layout === 'rows',
      ),
    );
  }
  const numbering = {
    config: [{ reference: NUMBERING, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }] }],
  };
  const document = new Document({ creator: 'partrack tests', numbering, sections: [{ children: blocks }] });
  return Packer.toBuffer(document);
}
