import { assertNever } from '../auth/roles';
import { AreaTracker } from './area-tracker';
import type { PlanParseProblem } from './plan-document.types';
import { isBlank, PlanLine } from './plan-line';
import { planProblem } from './plan-problems';
import { RowCollector, RowDraft } from './row-collector';

export interface TableScan {
  rows: RowDraft[];
  /** Lines between the appendix heading and the table (subtitle with the decision number, title). */
  preamble: PlanLine[];
  problems: PlanParseProblem[];
  skippedLines: number;
}

type LineOf<K extends PlanLine['kind']> = Extract<PlanLine, { kind: K }>;

/**
 * Appendix I: code lines open rows (1.x result, 2.x activity, 3.x task); a task's cells follow as
 * indented lines; numeral and area-name lines set the area of the rows below them.
 */
class AppendixOneScanner {
  private readonly collector = new RowCollector();
  private readonly areas = new AreaTracker();
  private readonly preamble: PlanLine[] = [];
  private readonly problems: PlanParseProblem[] = [];
  private skippedLines = 0;
  private started = false;

  constructor(private readonly lines: readonly PlanLine[]) {}

  scan(): TableScan {
    this.lines.forEach((line, i) => this.handle(line, i));
    this.collector.close();
    const { preamble, problems, skippedLines } = this;
    return { rows: this.collector.rows, preamble, problems, skippedLines };
  }

  private handle(line: PlanLine, i: number): void {
    if (!this.started && !['CODE', 'ROMAN', 'HEADING'].includes(line.kind)) {
      if (!isBlank(line)) this.preamble.push(line);
      return;
    }
    this.started = true;
    switch (line.kind) {
      case 'CODE':
        return this.onCode(line);
      case 'ROMAN':
        this.collector.close();
        return this.areas.onNumeral(line.numeral, line.area);
      case 'HEADING':
        this.collector.close();
        return this.record(this.areas.onHeading(line.text, line.area, line.line));
      case 'NUMBER':
        return this.onNumber(line, i);
      case 'BREAK':
        return this.collector.pageBreak();
      case 'EMPTY_CELL':
        return this.collector.addEmptyCell(line.line);
      case 'APPENDIX':
      case 'TEXT':
        return this.onText(line, i);
      default:
        return assertNever(line);
    }
  }

  private onCode(line: LineOf<'CODE'>): void {
    const { level, number, title } = line;
    const hasCells = level === 3;
    const row = {
      line: line.line,
      level,
      number,
      titleParts: [title],
      cells: [],
      hasCells,
      areaCode: this.areas.area,
    };
    this.collector.start(row);
  }

  /** Page numbers stand alone after a blank line; any other bare number is cell content. */
  private onNumber(line: LineOf<'NUMBER'>, i: number): void {
    if (i === 0 || isBlank(this.lines[i - 1])) {
      this.skippedLines += 1;
      return this.collector.pageBreak();
    }
    this.onText(line, i);
  }

  private onText(line: PlanLine, i: number): void {
    const row = this.collector.open;
    if (line.indented && row?.hasCells) return this.collector.addCell(line.text, line.line);
    if (!line.indented && this.collector.continueRow(line.text)) return;
    if (this.looksLikeHeading(line, i)) {
      this.collector.close();
      return this.record(this.areas.onUnknownHeading(line.text, line.line));
    }
    this.skippedLines += 1;
    this.problems.push(
      planProblem('LINE_SKIPPED', line.line, `Skipped a line that fits no row or column: "${line.text}"`),
    );
  }

  /** Area names come right after the numeral and are repeated on the next line (one per column). */
  private looksLikeHeading(line: PlanLine, i: number): boolean {
    const previous = this.lines[i - 1];
    return (
      previous?.kind === 'ROMAN' ||
      this.lines[i + 1]?.text === line.text ||
      this.areas.lastUnknownHeading === line.text
    );
  }

  private record(event: { problems: PlanParseProblem[]; repeat: boolean }): void {
    this.problems.push(...event.problems);
    if (event.repeat) this.skippedLines += 1;
  }
}

export function scanAppendixOne(lines: readonly PlanLine[]): TableScan {
  return new AppendixOneScanner(lines).scan();
}
