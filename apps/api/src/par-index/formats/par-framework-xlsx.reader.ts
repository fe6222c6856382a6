import {
  DEFAULT_PAR_BANDS,
  foldVietnamese,
  ParCriterionDefinition,
  ParFrameworkDefinition,
  ParScoringMethod,
} from '@partrack/shared';
import ExcelJS from 'exceljs';
import {
  assertUnpackedWithin,
  MAX_UNPACKED_BYTES,
  sniffDocument,
  UnpackedTooLargeError,
} from '../../plans/formats/document-sniff';
import { INFO_SHEET, ITEMS_SHEET } from './par-framework-xlsx.columns';
import { frameworkProblems } from './par-framework-xlsx.checks';
import { readInfo } from './par-framework-xlsx.info';
import { ItemRow, readItems } from './par-framework-xlsx.items';
import { ParFrameworkXlsxProblem, parXlsxProblem } from './par-framework-xlsx.messages';

export { PAR_XLSX_MESSAGES } from './par-framework-xlsx.messages';
export type { ParFrameworkXlsxProblem, ParXlsxMessageKey } from './par-framework-xlsx.messages';

export interface ParFrameworkXlsxParse {
  /** Null whenever there is a problem: an import takes the whole framework or nothing. */
  definition: ParFrameworkDefinition | null;
  problems: ParFrameworkXlsxProblem[];
}

/** Parts that say nothing about the framework and only slow exceljs down (the drop-downs span 1000 rows). */
const IGNORED_NODES = ['dataValidations', 'conditionalFormatting', 'extLst'];

function failed(problem: ParFrameworkXlsxProblem): ParFrameworkXlsxParse {
  return { definition: null, problems: [problem] };
}

type Opened = { workbook: ExcelJS.Workbook } | { failure: ParFrameworkXlsxParse };

async function openWorkbook(buffer: Buffer): Promise<Opened> {
  const notAWorkbook = (format: string) =>
    ({ failure: failed(parXlsxProblem('', null, null, 'parXlsx.notAWorkbook', { format })) }) as const;
  const sniffed = await sniffDocument(buffer);
  if (sniffed.format !== 'XLSX' || sniffed.zip === null) return notAWorkbook(sniffed.format);
  try {
    // A small archive can unpack to gigabytes: prove it fits before exceljs inflates it into memory.
    await assertUnpackedWithin(sniffed.zip);
    const workbook = new ExcelJS.Workbook();
    // A copy in its own ArrayBuffer, because exceljs types its `Buffer` parameter as an ArrayBuffer.
    await workbook.xlsx.load(new Uint8Array(buffer).buffer, { ignoreNodes: IGNORED_NODES });
    return { workbook };
  } catch (error) {
    if (!(error instanceof UnpackedTooLargeError)) return notAWorkbook('XLSX');
    const maxMb = Math.round(MAX_UNPACKED_BYTES / 1024 / 1024);
    return { failure: failed(parXlsxProblem('', null, null, 'parXlsx.unpackedTooLarge', { maxMb })) };
  }
}

/** By name, ignoring case and accents: "bo tieu chi" is the sheet a user renamed without diacritics. */
function sheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | null {
  const key = foldVietnamese(name);
  return workbook.worksheets.find((s) => foldVietnamese(s.name) === key) ?? null;
}

const SHEET_ORDER = ['', ITEMS_SHEET, INFO_SHEET];

/** Sheet by sheet, top to bottom, left to right, as the user walks through the file to fix it. */
function sortProblems(problems: ParFrameworkXlsxProblem[]): ParFrameworkXlsxProblem[] {
  const column = (c: string | null) => (c === null ? '' : c.padStart(3, ' '));
  return problems
    .map((p, order) => ({ p, order }))
    .sort(
      (a, b) =>
        SHEET_ORDER.indexOf(a.p.sheet) - SHEET_ORDER.indexOf(b.p.sheet) ||
        (a.p.line ?? 0) - (b.p.line ?? 0) ||
        column(a.p.column).localeCompare(column(b.p.column)) ||
        a.order - b.order,
    )
    .map(({ p }) => p);
}

/**
 * Reads a framework file (see par-framework-xlsx.columns.ts) into a definition, all or nothing: every
 * problem is named with its sheet, Excel row and column, and any problem leaves `definition` null. Total:
 * bytes that are no readable workbook give one 'parXlsx.notAWorkbook' problem, never a throw. The file size
 * is the caller's to check.
 *
 * Cells are read first, row by row; the framework's rules (parents' sums, methods, scales, the total) only
 * once every row reads, because a row that could not be read would throw its parent's sum and the total
 * off and report mistakes that are not there. A file without items (the blank template) is refused with
 * 'parXlsx.noItems' rather than read as an empty framework: importing it would only wipe a draft.
 *
 * The definition is in the form {@link canonicalParFramework} gives.
 */
export async function parseParFrameworkXlsx(buffer: Buffer): Promise<ParFrameworkXlsxParse> {
  const opened = await openWorkbook(buffer);
  if ('failure' in opened) return opened.failure;
  const itemsSheet = sheetNamed(opened.workbook, ITEMS_SHEET);
  const infoSheet = sheetNamed(opened.workbook, INFO_SHEET);
  const problems: ParFrameworkXlsxProblem[] = [];
  for (const [sheet, name] of [
    [itemsSheet, ITEMS_SHEET],
    [infoSheet, INFO_SHEET],
  ] as const) {
    if (sheet === null)
      problems.push(parXlsxProblem(name, null, null, 'parXlsx.missingSheet', { sheet: name }));
  }
  if (itemsSheet === null || infoSheet === null) return { definition: null, problems };
  const info = readInfo(infoSheet);
  const items = readItems(itemsSheet);
  problems.push(...info.problems, ...items.problems);
  const headerFound =
    items.headerLine !== null && !items.problems.some((p) => p.key === 'parXlsx.missingHeader');
  if (headerFound && items.problems.length === 0 && items.rows.length === 0) {
    const line = (items.headerLine ?? 0) + 1;
    problems.push(parXlsxProblem(ITEMS_SHEET, line, null, 'parXlsx.noItems'));
  } else if (items.problems.length === 0) {
    problems.push(...frameworkProblems(items.rows, items.letters, info.totalPoints, info.totalLine));
  }
  if (problems.length > 0 || info.name === null || info.targetGroup === null || info.totalPoints === null)
    return { definition: null, problems: sortProblems(problems) };
  const definition: ParFrameworkDefinition = {
    name: info.name,
    targetGroup: info.targetGroup,
    totalPoints: info.totalPoints,
    bands: info.bands,
    criteria: items.rows.map((r: ItemRow) => r.item),
  };
  return { definition, problems: [] };
}

/**
 * The one form of a definition the reader returns, so definitions from anywhere compare equal when they say
 * the same: `guidance` null when absent or empty, `evidenceRequired` false when absent (an empty cell),
 * `options` present only on MANUAL items, `dataRule` only on DATA items that have one (its `areaCode` null
 * when absent or blank, its `indicatorCode` present only when not blank), and no bands meaning the default
 * bands.
 */
export function canonicalParFramework(definition: ParFrameworkDefinition): ParFrameworkDefinition {
  const criterion = (c: ParCriterionDefinition): ParCriterionDefinition => {
    const { options, guidance, evidenceRequired, dataRule, ...rest } = c;
    const manual = c.method === ParScoringMethod.MANUAL && options !== undefined;
    const rule = c.method === ParScoringMethod.DATA && dataRule !== undefined && dataRule !== null;
    return {
      ...rest,
      ...(manual ? { options: options.map((o) => ({ label: o.label, points: o.points })) } : {}),
      ...(rule
        ? {
            dataRule: {
              source: dataRule.source,
              areaCode: dataRule.areaCode?.trim() || null,
              // Only on an indicator's rule, so other rules compare as they always did.
              ...(dataRule.indicatorCode?.trim() ? { indicatorCode: dataRule.indicatorCode.trim() } : {}),
              thresholds: dataRule.thresholds.map((t) => ({ atLeast: t.atLeast, points: t.points })),
            },
          }
        : {}),
      guidance: guidance === undefined || guidance === '' ? null : guidance,
      evidenceRequired: evidenceRequired ?? false,
    };
  };
  const bands = definition.bands.length === 0 ? DEFAULT_PAR_BANDS : definition.bands;
  return {
    ...definition,
    bands: bands.map((b) => ({ code: b.code, label: b.label, minIndex: b.minIndex })),
    criteria: definition.criteria.map(criterion),
  };
}
