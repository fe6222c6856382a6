import ExcelJS from 'exceljs';

/**
 * A cell's value once formulas, hyperlinks and rich text are reduced to what Excel shows. Not ExcelJS's
 * `cell.text`, which prints a date as Date#toString() and a formula whose result is 0 as "".
 */
export type ShownValue = string | number | boolean | Date | { error: string } | null;

/** A cell as an import reads it: its shown text (null when empty) and whether Excel stored a number. */
export interface CellRead {
  text: string | null;
  numeric: boolean;
}

export interface SheetRow {
  /** The Excel row number, which problems report as the line. */
  line: number;
  cells: ReadonlyMap<number, CellRead>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

function shown(value: unknown): ShownValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (!isRecord(value)) return null;
  const { richText } = value;
  if (Array.isArray(richText)) {
    return richText
      .map((run: unknown) => (isRecord(run) && typeof run.text === 'string' ? run.text : ''))
      .join('');
  }
  // A hyperlink's text may itself be rich text.
  if ('hyperlink' in value) return shown(value.text);
  return typeof value.error === 'string' ? { error: value.error } : null;
}

/** Merged cells read as their top-left cell, as Excel shows them. */
export function shownValue(cell: ExcelJS.Cell): ShownValue {
  const { master } = cell;
  // `value` leaves out a formula's result when it is falsy (0, "", FALSE); `result` keeps it.
  return shown(master.type === ExcelJS.ValueType.Formula ? master.result : master.value);
}

/** Line breaks as one "\n" (Excel writes "\r\n" for Alt+Enter in some versions); ends trimmed. */
function cleanText(raw: string): string | null {
  const text = raw.replace(/\r\n?/g, '\n').trim();
  return text === '' ? null : text;
}

/** A typed date ("30/6/2022" becomes a date in Excel) read back the way Vietnamese documents write it. */
export function dateText(date: Date): string {
  return `${date.getUTCDate()}/${date.getUTCMonth() + 1}/${date.getUTCFullYear()}`;
}

function textOf(value: ShownValue): string | null {
  if (value === null) return null;
  if (typeof value === 'string') return cleanText(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  return value.error;
}

/** The cell's text as Excel shows it (an error as its code, "#N/A"), cleaned; null when empty. */
export function cellText(cell: ExcelJS.Cell): string | null {
  return textOf(shownValue(cell));
}

export function readCell(cell: ExcelJS.Cell): CellRead {
  const value = shownValue(cell);
  return { text: textOf(value), numeric: typeof value === 'number' };
}

/** Non-empty rows of the sheet. */
export function readRows(sheet: ExcelJS.Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells = new Map<number, CellRead>();
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const read = readCell(cell);
      if (read.text !== null) cells.set(column, read);
    });
    if (cells.size > 0) rows.push({ line, cells });
  });
  return rows;
}
