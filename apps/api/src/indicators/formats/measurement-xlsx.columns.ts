import { IndicatorAggregation, IndicatorUnit, parsePeriod } from '@partrack/shared';

/**
 * The measurement entry template: sheet "Số liệu" holds the plan title in row 1, the reporting period in
 * row 2, a two-level header in rows 3–4 (indicator groups, then their parts) and one agency per row from
 * row 5. The very hidden sheet "_meta" says which column holds which indicator part, so the reader never
 * has to interpret header text; sheet "Hướng dẫn" explains the rules in Vietnamese.
 */
export const MEASUREMENT_SHEET = 'Số liệu';
export const META_SHEET = '_meta';
export const GUIDE_SHEET = 'Hướng dẫn';
/** Written in the meta sheet and checked first: a workbook without it is some other file. */
export const TEMPLATE_ID = 'partrack/measurement-xlsx@1';

export const TITLE_ROW = 1;
export const PERIOD_ROW = 2;
export const GROUP_ROW = 3;
export const PART_ROW = 4;
export const FIRST_AGENCY_ROW = 5;

export interface FixedColumn {
  key: 'agencyCode' | 'agencyName' | 'level';
  header: string;
  width: number;
}

/** Columns A–C; the reader only needs the code, the name and level are there for the person filling in. */
export const FIXED_COLUMNS: readonly FixedColumn[] = [
  { key: 'agencyCode', header: 'Mã cơ quan', width: 14 },
  { key: 'agencyName', header: 'Tên cơ quan', width: 40 },
  { key: 'level', header: 'Cấp', width: 10 },
];
export const AGENCY_CODE_COLUMN = 1;
export const FIRST_INDICATOR_COLUMN = FIXED_COLUMNS.length + 1;
export const NOTE_HEADER = 'Ghi chú';

/** Shown in cells of pairs that need no figure; read as blank, like "-" and "–" typed by hand. */
export const NOT_EXPECTED_MARK = '—';

export type MeasurementPart = 'value' | 'numerator' | 'denominator';

/** Second header row; also how problems name a column, so the user finds it by the same words. */
export const PART_LABELS: Readonly<Record<MeasurementPart, string>> = {
  value: 'Giá trị',
  numerator: 'Tử số',
  denominator: 'Mẫu số',
};

/** Unit shown after "Giá trị"; for yes/no indicators it says how to type the answer. */
export const UNIT_LABELS: Readonly<Record<IndicatorUnit, string>> = {
  [IndicatorUnit.PERCENT]: '%',
  [IndicatorUnit.COUNT]: 'số lượng',
  [IndicatorUnit.SCORE]: 'điểm',
  [IndicatorUnit.RANK]: 'thứ hạng',
  [IndicatorUnit.BOOLEAN]: '1 = có, 0 = không',
};

export interface MeasurementXlsxIndicator {
  id: string;
  code: string;
  name: string;
  unit: IndicatorUnit;
  aggregation: IndicatorAggregation;
}

export interface MeasurementXlsxAgency {
  id: string;
  code: string;
  name: string;
  level: string;
}

export interface MeasurementXlsxExisting {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  note: string | null;
  status: 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'RETURNED';
}

export interface MeasurementXlsxInput {
  planCode: string;
  planTitle: string;
  /** Period text as `parsePeriod` reads it, e.g. '2022-Q1'. */
  period: string;
  indicators: readonly MeasurementXlsxIndicator[];
  agencies: readonly MeasurementXlsxAgency[];
  /** key `${indicatorId}:${agencyId}` (see {@link pairKey}) */
  existing: ReadonlyMap<string, MeasurementXlsxExisting>;
  /** Pairs that must be filled, keyed as above; other pairs are greyed "—" and ignored on import. */
  expected: ReadonlySet<string>;
}

export interface MeasurementXlsxRow {
  /** 1-based Excel row number. */
  line: number;
  agencyCode: string;
  indicatorCode: string;
  /** Null for RATIO indicators: their value is derived from numerator ÷ denominator. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** The row's "Ghi chú" cell, shared by every indicator of the row. */
  note: string | null;
}

export type MeasurementXlsxProblemCode =
  | 'UNREADABLE'
  | 'MISSING_COLUMNS'
  | 'WRONG_TEMPLATE'
  | 'NOT_A_NUMBER'
  | 'MISSING_AGENCY_CODE'
  | 'DUPLICATE_AGENCY'
  | 'UNKNOWN_INDICATOR';

export interface MeasurementXlsxProblem {
  line: number;
  /** Column letter ("E"), or null for problems of the whole workbook or row. */
  column: string | null;
  code: MeasurementXlsxProblemCode;
  message: string;
}

export interface MeasurementXlsxParse {
  period: string | null;
  planCode: string | null;
  indicatorCodes: string[];
  rows: MeasurementXlsxRow[];
  problems: MeasurementXlsxProblem[];
}

/** One data column of an indicator, as the meta sheet records it. */
export interface IndicatorColumn {
  column: number;
  indicatorCode: string;
  part: MeasurementPart;
}

export function pairKey(indicatorId: string, agencyId: string): string {
  return `${indicatorId}:${agencyId}`;
}

/** RATIO indicators are entered as their two counts; the value is derived, so typing it would conflict. */
export function partsOf(indicator: Pick<MeasurementXlsxIndicator, 'aggregation'>): MeasurementPart[] {
  return indicator.aggregation === IndicatorAggregation.RATIO ? ['numerator', 'denominator'] : ['value'];
}

/** Indicator columns left to right from column D, in the order the indicators are given. */
export function indicatorColumns(indicators: readonly MeasurementXlsxIndicator[]): IndicatorColumn[] {
  const columns: IndicatorColumn[] = [];
  for (const indicator of indicators) {
    for (const part of partsOf(indicator)) {
      columns.push({ column: FIRST_INDICATOR_COLUMN + columns.length, indicatorCode: indicator.code, part });
    }
  }
  return columns;
}

/** 1 → "A", 27 → "AA": problems name columns the way Excel shows them. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** '2022-Q1' → 'Quý I/2022', the way Vietnamese reports name periods; unknown text is shown as given. */
export function periodLabel(text: string): string {
  const period = parsePeriod(text);
  if (period === null) return text;
  if (period.kind === 'QUARTER') return `Quý ${ROMAN[period.index - 1]}/${period.year}`;
  if (period.kind === 'HALF_YEAR') {
    return `6 tháng ${period.index === 1 ? 'đầu' : 'cuối'} năm ${period.year}`;
  }
  return `Năm ${period.year}`;
}

/** Characters XML 1.0 cannot hold (C0 controls but tab and line breaks): Excel would refuse the file. */
export function xmlSafe(text: string): string {
  return Array.from(text)
    .filter((ch) => {
      const c = ch.codePointAt(0) ?? 0;
      return c >= 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
    })
    .join('');
}
