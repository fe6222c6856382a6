import type { ReformAreaCode } from '../plan/reform-areas';

/** A cell as read; `text` null is a cell the row shows as empty (a lone tab or no-break space). */
export interface CellDraft {
  text: string | null;
  line: number;
}

export interface RowDraft {
  line: number;
  /** 1, 2, 3 for Appendix I codes; null for an Appendix II project row. */
  level: 1 | 2 | 3 | null;
  number: number;
  titleParts: string[];
  cells: CellDraft[];
  /** Only tasks and projects have product/agency/time/funding columns. */
  hasCells: boolean;
  areaCode: ReformAreaCode | null;
}

/**
 * Gathers the lines of one table row. Rows end at the next row; blank lines at column 0 and page numbers
 * mark page breaks, after which the padding of empty indented lines is not a cell.
 */
export class RowCollector {
  readonly rows: RowDraft[] = [];
  private current: RowDraft | null = null;
  private afterBreak = false;

  get open(): RowDraft | null {
    return this.current;
  }

  start(row: RowDraft): void {
    this.close();
    this.current = row;
  }

  close(): void {
    if (this.current === null) return;
    this.dropTrailingEmpties();
    this.rows.push(this.current);
    this.current = null;
    this.afterBreak = false;
  }

  addCell(text: string, line: number): void {
    this.current?.cells.push({ text, line });
    this.afterBreak = false;
  }

  addEmptyCell(line: number): void {
    if (this.current?.hasCells && !this.afterBreak) this.current.cells.push({ text: null, line });
  }

  pageBreak(): void {
    this.dropTrailingEmpties();
    this.afterBreak = true;
  }

  /** A column-0 line continues the last cell, or the title when the row has no cell yet. */
  continueRow(text: string): boolean {
    const row = this.current;
    if (row === null) return false;
    const last = row.cells.at(-1);
    if (last === undefined) row.titleParts.push(text);
    else last.text = last.text === null ? text : `${last.text}\n${text}`;
    return true;
  }

  private dropTrailingEmpties(): void {
    const cells = this.current?.cells;
    while (cells !== undefined && cells.length > 0 && cells[cells.length - 1].text === null) cells.pop();
  }
}
