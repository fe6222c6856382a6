import { assertNever } from '../auth/roles';
import { AreaTracker } from './area-tracker';
import type { TableScan } from './appendix-one.scanner';
import type { PlanParseProblem } from './plan-document.types';
import { isBlank, PlanLine } from './plan-line';
import { planProblem } from './plan-problems';
import { RowCollector } from './row-collector';

type LineOf<K extends PlanLine['kind']> = Extract<PlanLine, { kind: K }>;

/** Columns of the projects table: name, product, completion time, lead, coordinator. */
const PROJECT_COLUMNS = 5;

/**
 * Appendix II: each project row starts with its number in the "TT" column, then one indented line per
 * cell. The seed has no area rows here, but they are honoured if a plan groups its projects by area.
 */
class AppendixTwoScanner {
  private readonly collector = new RowCollector();
  private readonly areas = new AreaTracker();
  private readonly preamble: PlanLine[] = [];
  private readonly problems: PlanParseProblem[] = [];
  private skippedLines = 0;
  private lastNumber = 0;

  constructor(private readonly lines: readonly PlanLine[]) {}

  scan(): TableScan {
    this.lines.forEach((line, i) => this.handle(line, i));
    this.collector.close();
    const { preamble, problems, skippedLines } = this;
    return { rows: this.collector.rows, preamble, problems, skippedLines };
  }

  private handle(line: PlanLine, i: number): void {
    switch (line.kind) {
      case 'NUMBER':
        return this.onNumber(line, i);
      case 'ROMAN':
        this.collector.close();
        return this.areas.onNumeral(line.numeral, line.area);
      case 'HEADING': {
        const { problems, repeat } = this.areas.onHeading(line.text, line.area, line.line);
        return this.onArea(problems, repeat);
      }
      case 'BREAK':
        return this.collector.pageBreak();
      case 'EMPTY_CELL':
        return this.collector.addEmptyCell(line.line);
      case 'CODE':
      case 'APPENDIX':
      case 'TEXT':
        return this.onText(line);
      default:
        return assertNever(line);
    }
  }

  /**
   * The next row number opens a row. Any other number is a page number, unless it follows a complete row
   * and is followed by a name: then it is a row numbered out of sequence (reported later).
   */
  private onNumber(line: LineOf<'NUMBER'>, i: number): void {
    const row = this.collector.open;
    const rowComplete = row === null || row.cells.length >= PROJECT_COLUMNS;
    const inSequence = this.lastNumber === 0 || line.value === this.lastNumber + 1;
    if (!inSequence && !(rowComplete && this.nextContentIsText(i))) {
      this.skippedLines += 1;
      return this.collector.pageBreak();
    }
    this.lastNumber = Math.max(this.lastNumber, line.value);
    this.collector.start({
      line: line.line,
      level: null,
      number: line.value,
      titleParts: [],
      cells: [],
      hasCells: true,
      areaCode: this.areas.area,
    });
  }

  private nextContentIsText(i: number): boolean {
    return this.lines.slice(i + 1).find((l) => !isBlank(l))?.kind === 'TEXT';
  }

  private onArea(problems: PlanParseProblem[], repeat: boolean): void {
    this.collector.close();
    this.problems.push(...problems);
    if (repeat) this.skippedLines += 1;
  }

  private onText(line: PlanLine): void {
    const row = this.collector.open;
    if (row === null && this.lastNumber === 0) {
      this.preamble.push(line);
      return;
    }
    if (line.indented && row !== null) return this.collector.addCell(line.text, line.line);
    if (!line.indented && this.collector.continueRow(line.text)) return;
    this.skippedLines += 1;
    this.problems.push(
      planProblem('LINE_SKIPPED', line.line, `Skipped a line that fits no row or column: "${line.text}"`),
    );
  }
}

export function scanAppendixTwo(lines: readonly PlanLine[]): TableScan {
  return new AppendixTwoScanner(lines).scan();
}
