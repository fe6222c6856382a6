import type ExcelJS from 'exceljs';
import type { PlanColumnKey } from './plan-xlsx.columns';

/** A cell as the reader sees it: its shown text (null when empty) and whether Excel stored a number. */
export interface CellRead {
  text: string | null;
  numeric: boolean;
}

export interface SheetRow {
  /** The Excel row number, reported as the item's `line`. */
  line: number;
  cells: ReadonlyMap<number, CellRead>;
}

export interface ItemRow {
  line: number;
  cells: ReadonlyMap<PlanColumnKey, CellRead>;
}

const EMPTY: CellRead = { text: null, numeric: false };

/** Line breaks as one "\n" (Excel writes "\r\n" for Alt+Enter in some versions); ends trimmed. */
export function cleanText(raw: string): string | null {
  const text = raw.replace(/\r\n?/g, '\n').trim();
  return text === '' ? null : text;
}

/** A typed date ("30/6/2022" becomes a date in Excel) is read back the way Vietnamese plans write it. */
function dateText(date: Date): string {
  return `${date.getUTCDate()}/${date.getUTCMonth() + 1}/${date.getUTCFullYear()}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Rich text, hyperlinks and formula results are read as the text Excel shows. */
function objectText(value: Record<string, unknown>): CellRead {
  const { richText } = value;
  if (Array.isArray(richText)) {
    const parts = richText.map((run: unknown) =>
      isRecord(run) && typeof run.text === 'string' ? run.text : '',
    );
    return { text: cleanText(parts.join('')), numeric: false };
  }
  if ('hyperlink' in value) return readValue(value.text);
  if ('formula' in value || 'sharedFormula' in value) return readValue(value.result);
  if (typeof value.error === 'string') return { text: value.error, numeric: false };
  return EMPTY;
}

function readValue(value: unknown): CellRead {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return { text: cleanText(value), numeric: false };
  if (typeof value === 'number') return { text: String(value), numeric: true };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', numeric: false };
  if (value instanceof Date) return { text: dateText(value), numeric: false };
  return isRecord(value) ? objectText(value) : EMPTY;
}

export function readCell(value: ExcelJS.CellValue): CellRead {
  return readValue(value);
}

/** Non-empty rows of the sheet; merged cells read as their top-left cell's value, as Excel shows them. */
export function readRows(sheet: ExcelJS.Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells = new Map<number, CellRead>();
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const read = readCell(cell.value);
      if (read.text !== null) cells.set(column, read);
    });
    if (cells.size > 0) rows.push({ line, cells });
  });
  return rows;
}
