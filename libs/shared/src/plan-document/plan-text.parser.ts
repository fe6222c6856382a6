import { agencyCellTest } from './agency-cell.heuristic';
import { scanAppendixOne, TableScan } from './appendix-one.scanner';
import { scanAppendixTwo } from './appendix-two.scanner';
import type {
  ParsePlanTextOptions,
  PlanDocumentHeader,
  PlanDocumentParse,
  PlanParseProblem,
} from './plan-document.types';
import { HeaderParse, parseHeader } from './plan-header.parser';
import { buildAppendixOneItems, buildProjectItems, BuildContext, BuiltItems } from './plan-items.builder';
import { classifyLine, PlanLine, splitLines } from './plan-line';
import { planProblem, sortProblems } from './plan-problems';

interface Regions {
  body: PlanLine[];
  appendixOne: PlanLine[] | null;
  appendixTwo: PlanLine[] | null;
  problems: PlanParseProblem[];
}

interface Tables {
  one: TableScan | null;
  two: TableScan | null;
  builtOne: BuiltItems;
  builtTwo: BuiltItems;
}

const EMPTY_HEADER: PlanDocumentHeader = {
  decisionNumber: null,
  decisionDate: null,
  issuerText: null,
  title: null,
  year: null,
  proposerText: null,
};

/** The decision body, then each appendix up to the next "PHỤ LỤC" line. */
function splitRegions(lines: readonly PlanLine[]): Regions {
  const starts = lines.flatMap((l, i) =>
    l.kind === 'APPENDIX' ? [{ i, number: l.appendix, line: l.line }] : [],
  );
  const body = lines.slice(0, starts[0]?.i ?? lines.length);
  const regions: Regions = { body, appendixOne: null, appendixTwo: null, problems: [] };
  starts.forEach((start, n) => {
    const region = lines.slice(start.i + 1, starts[n + 1]?.i ?? lines.length);
    if (start.number === 1 && regions.appendixOne === null) regions.appendixOne = region;
    else if (start.number === 2 && regions.appendixTwo === null) regions.appendixTwo = region;
    else {
      const message = `Appendix ${start.number} ignored: only one Appendix I and one Appendix II are read`;
      regions.problems.push(planProblem('UNKNOWN_APPENDIX', start.line, message));
    }
  });
  return regions;
}

function lastContentLine(lines: readonly PlanLine[]): number {
  return [...lines].reverse().find((l) => l.text !== '')?.line ?? lines.length;
}

function truncationReasons(regions: Regions, tables: Tables, header: HeaderParse): string[] {
  const reasons: string[] = [];
  const lastTable = regions.appendixTwo === null ? tables.builtOne : tables.builtTwo;
  if (lastTable.cutRow !== null)
    reasons.push(`its last row, ${lastTable.cutRow}, stops before its last columns`);
  if (regions.appendixOne !== null && regions.appendixTwo === null && header.announcesAppendixTwo) {
    reasons.push('Appendix II, which the decision refers to, is missing');
  }
  if (tables.two !== null && tables.two.rows.length === 0) reasons.push('Appendix II has no rows');
  return reasons;
}

function documentProblems(regions: Regions, tables: Tables, header: HeaderParse, lastLine: number) {
  const problems = [...regions.problems];
  if (regions.appendixOne === null) {
    const message = 'No "PHỤ LỤC I" task table found: this does not look like a plan decision';
    problems.push(planProblem('NO_APPENDIX', 1, message));
  } else if (tables.one?.rows.length === 0) {
    problems.push(planProblem('NO_ITEMS', 1, 'Appendix I holds no coded rows (1.x, 2.x, 3.x)'));
  }
  const reasons = truncationReasons(regions, tables, header);
  if (reasons.length > 0) {
    problems.push(planProblem('TRUNCATED', lastLine, `The document looks cut short: ${reasons.join('; ')}`));
  }
  return problems;
}

function yearProblems(header: PlanDocumentHeader, year: number | undefined): PlanParseProblem[] {
  if (year === undefined || header.year === null || header.year === year) return [];
  const message = `Plan year ${year} was given but the title says ${header.year}; dating by ${year}`;
  return [planProblem('YEAR_MISMATCH', 1, message)];
}

function buildTables(
  regions: Regions,
  options: ParsePlanTextOptions,
): { tables: Tables; header: HeaderParse } {
  const one = regions.appendixOne && scanAppendixOne(regions.appendixOne);
  const two = regions.appendixTwo && scanAppendixTwo(regions.appendixTwo);
  const header = parseHeader(regions.body, [...(one?.preamble ?? []), ...(two?.preamble ?? [])]);
  const context: BuildContext = {
    planYear: options.year ?? header.header.year,
    isAgency: agencyCellTest(options.classifyAgencyCell),
  };
  const builtOne = buildAppendixOneItems(one?.rows ?? [], context);
  const builtTwo = buildProjectItems(two?.rows ?? [], context);
  return { tables: { one, two, builtOne, builtTwo }, header };
}

/**
 * Parses the text of a plan decision (as extracted from its PDF) into the header, the items of Appendix I
 * (results, activities, tasks) and Appendix II (projects), and every problem found, each with its line.
 * Pure and total: malformed input gives ERROR problems (EMPTY, NO_APPENDIX, TRUNCATED …), never a throw,
 * and nothing absent from the text is filled in.
 */
export function parsePlanText(content: string, options: ParsePlanTextOptions = {}): PlanDocumentParse {
  const rawLines = splitLines(content);
  if (content.trim() === '') {
    const problems = [planProblem('EMPTY', 1, 'The document is empty')];
    return { header: EMPTY_HEADER, items: [], problems, stats: { lines: rawLines.length, skippedLines: 0 } };
  }
  const lines = rawLines.map(classifyLine);
  const regions = splitRegions(lines);
  const { tables, header } = buildTables(regions, options);
  const problems = [
    ...header.problems,
    ...yearProblems(header.header, options.year),
    ...(tables.one?.problems ?? []),
    ...tables.builtOne.problems,
    ...(tables.two?.problems ?? []),
    ...tables.builtTwo.problems,
    ...documentProblems(regions, tables, header, lastContentLine(lines)),
  ];
  return {
    header: header.header,
    items: [...tables.builtOne.items, ...tables.builtTwo.items],
    problems: sortProblems(problems),
    stats: {
      lines: rawLines.length,
      skippedLines: (tables.one?.skippedLines ?? 0) + (tables.two?.skippedLines ?? 0),
    },
  };
}
