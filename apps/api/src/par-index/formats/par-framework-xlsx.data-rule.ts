import {
  checkDataRule,
  foldVietnamese,
  isReformAreaCode,
  ParDataRule,
  ParDataRuleProblem,
  ParDataSource,
  ParScoringMethod,
  ParThreshold,
  REFORM_AREAS,
  reformAreaCodeOf,
} from '@partrack/shared';
import { ItemColumnKey, matchKey, PAR_XLSX_LIMITS } from './par-framework-xlsx.columns';
import { ParXlsxMessageKey } from './par-framework-xlsx.messages';
import { formatPoints, parsePointsText } from './par-framework-xlsx.scale';

/**
 * How a DATA item reads partrack's records, in two cells of the items sheet, the way a point table says it:
 *
 *   Nguồn dữ liệu:  Nhiệm vụ đúng hạn; lĩnh vực I
 *   Ngưỡng điểm:    100%: 1; 80%: 0,5; 50%: 0,25
 *
 * The source is "Nhiệm vụ đúng hạn", "Báo cáo đúng hạn" or "Mức đạt chỉ tiêu" (or the English code); tasks
 * may be narrowed to one reform area of the plans after a semicolon (or a comma): "lĩnh vực I" … "lĩnh vực
 * VII", "lĩnh vực 1" or the area's name. Areas are the plans' own codes (I–VII), because the rule filters plan
 * tasks by them. An indicator is named by its code in the plans, after the semicolon: "Mức đạt chỉ tiêu; mã
 * CT-01" ("mã", "chỉ tiêu" or nothing before the code).
 *
 * Thresholds are "percent%: points", separated by semicolons or line breaks (commas are decimal commas); an
 * entry may read "Từ 80% trở lên: 0,5 điểm". Below every threshold an item scores 0. Numbers take a comma or
 * a dot and are written with a comma. Both cells empty: no rule, the council appraises the item.
 */

export const DATA_SOURCE_LABELS: Readonly<Record<ParDataSource, string>> = {
  [ParDataSource.TASKS_ON_TIME]: 'Nhiệm vụ đúng hạn',
  [ParDataSource.REPORTS_ON_TIME]: 'Báo cáo đúng hạn',
  [ParDataSource.INDICATOR_TARGET]: 'Mức đạt chỉ tiêu',
};

/** The area prefix written before the numeral: "lĩnh vực I". */
export const AREA_PREFIX = 'lĩnh vực';

/** The prefix written before an indicator's code: "mã CT-01". */
export const INDICATOR_PREFIX = 'mã';

/** An indicator's code as the API takes it (IsCode): capitals, digits, "_" and "-". */
const INDICATOR_CODE = /^[A-Z0-9][A-Z0-9_-]{0,63}$/;

export function formatDataSource(rule: ParDataRule): string {
  const label = DATA_SOURCE_LABELS[rule.source];
  if (rule.source === ParDataSource.INDICATOR_TARGET)
    return rule.indicatorCode ? `${label}; ${INDICATOR_PREFIX} ${rule.indicatorCode}` : label;
  return rule.areaCode ? `${label}; ${AREA_PREFIX} ${rule.areaCode}` : label;
}

export function formatThresholds(thresholds: readonly ParThreshold[]): string {
  return thresholds.map((t) => `${formatPoints(t.atLeast)}%: ${formatPoints(t.points)}`).join('; ');
}

export type DataSourceRead =
  | { kind: 'source'; source: ParDataSource; areaCode: string | null; indicatorCode?: string }
  | { kind: 'unknownSource'; value: string }
  | { kind: 'unknownArea'; value: string }
  | { kind: 'unknownIndicator'; value: string };

function sourceOf(text: string): ParDataSource | null {
  const key = matchKey(text);
  const found = Object.values(ParDataSource).find(
    (s) => key === s.toLowerCase() || key === matchKey(DATA_SOURCE_LABELS[s]),
  );
  return found ?? null;
}

/** "lĩnh vực I", "lv 1", "I", "Cải cách thể chế" → 'I'; null for anything that names no area. */
export function areaCodeOf(text: string): string | null {
  const key = matchKey(text).replace(/^(?:linh vuc|lv)\s*/, '');
  const numeral = /^(?:[ivx]+|\d+)$/.exec(key)?.[0];
  if (numeral === undefined) return reformAreaCodeOf(key);
  const upper = numeral.toUpperCase();
  if (isReformAreaCode(upper)) return upper;
  // Arabic numbers count the areas in their order, as plans print "1. Cải cách thể chế".
  return REFORM_AREAS.find((a) => String(a.order) === numeral)?.code ?? null;
}

/** "mã CT-01", "chỉ tiêu ct-01", "CT-01" → 'CT-01'; null for anything that is not a code. */
export function indicatorCodeOf(text: string): string | null {
  const code = foldVietnamese(text)
    // A prefix is followed by a space or a colon, so a code such as "MA-01" keeps its first letters.
    .replace(/^(?:ma chi tieu|chi tieu|ma)(?:\s*:\s*|\s+)/, '')
    .toUpperCase();
  return INDICATOR_CODE.test(code) ? code : null;
}

/**
 * The source, then after the first semicolon (or comma: no source name or code has one) its parameter: the
 * area filter of tasks, the code of an indicator (required: which would it be otherwise?).
 */
export function parseDataSource(text: string): DataSourceRead {
  const cut = text.search(/[;,]/);
  const head = cut < 0 ? text : text.slice(0, cut);
  const source = sourceOf(head);
  if (source === null) return { kind: 'unknownSource', value: head.trim() };
  const filter = cut < 0 ? '' : text.slice(cut + 1).trim();
  if (source === ParDataSource.INDICATOR_TARGET) {
    const indicatorCode = indicatorCodeOf(filter);
    return indicatorCode === null
      ? { kind: 'unknownIndicator', value: filter }
      : { kind: 'source', source, areaCode: null, indicatorCode };
  }
  if (filter === '') return { kind: 'source', source, areaCode: null };
  const areaCode = areaCodeOf(filter);
  return areaCode === null ? { kind: 'unknownArea', value: filter } : { kind: 'source', source, areaCode };
}

/** An entry that is not "percent%: points"; `position` counts non-blank entries from 1, as the user sees them. */
export interface ThresholdEntryProblem {
  position: number;
  text: string;
}

export type ThresholdsRead =
  | { kind: 'thresholds'; thresholds: ParThreshold[] }
  | { kind: 'problems'; problems: ThresholdEntryProblem[] };

const POINTS_SUFFIX = /\s*(?:điểm|diem)\s*\.?$/iu;

function thresholdOf(entry: string): ParThreshold | null {
  const at = entry.lastIndexOf(':');
  if (at < 0) return null;
  // Folded, so "Từ 80 % trở lên" and "tu 80% tro len" read alike; the number keeps its comma or dot.
  const percentText = foldVietnamese(entry.slice(0, at))
    .replace(/^tu\s+/, '')
    .replace(/\s*tro len$/, '')
    .replace(/\s*%$/, '');
  const atLeast = parsePointsText(percentText);
  const points = parsePointsText(entry.slice(at + 1).replace(POINTS_SUFFIX, ''));
  return atLeast === null || points === null ? null : { atLeast, points };
}

function entriesOf(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((e) => e.trim())
    .filter((e) => e !== '');
}

/**
 * Every entry as a threshold, or every entry that is not one. Whether they make a usable rule (in range,
 * distinct, within the maximum) is `checkDataRule`'s business.
 */
export function parseThresholds(text: string): ThresholdsRead {
  const thresholds: ParThreshold[] = [];
  const problems: ThresholdEntryProblem[] = [];
  entriesOf(text).forEach((entry, i) => {
    const threshold = thresholdOf(entry);
    if (threshold === null) problems.push({ position: i + 1, text: entry });
    else thresholds.push(threshold);
  });
  return problems.length > 0 ? { kind: 'problems', problems } : { kind: 'thresholds', thresholds };
}

export type DataRuleColumn = Extract<ItemColumnKey, 'dataSource' | 'thresholds'>;

/** A problem of the two cells, with the column to fix and the message to show. */
export interface DataRuleCellProblem {
  column: DataRuleColumn;
  key: ParXlsxMessageKey;
  params: Record<string, string | number>;
}

export type DataRuleRead =
  { kind: 'rule'; rule: ParDataRule | null } | { kind: 'problems'; problems: DataRuleCellProblem[] };

const RULE_KEYS: Readonly<Record<ParDataRuleProblem['kind'], ParXlsxMessageKey>> = {
  noThresholds: 'parXlsx.thresholdsMissing',
  percentOutOfRange: 'parXlsx.thresholdPercent',
  duplicatePercent: 'parXlsx.thresholdDuplicate',
  invalidPoints: 'parXlsx.thresholdPoints',
  aboveMaximum: 'parXlsx.thresholdAboveMaximum',
  // The source cell is read before the thresholds are checked: these never reach the thresholds' check.
  indicatorCodeMissing: 'parXlsx.dataIndicator',
  indicatorCodeNotIndicator: 'parXlsx.dataIndicator',
  areaNotTasks: 'parXlsx.dataAreaNotTasks',
};

/** What the rest of the row says, as the reader has it: undefined method or null points were unreadable. */
export interface DataRuleItem {
  /** The code as typed, to name the item */
  code: string;
  method: ParScoringMethod | null | undefined;
  maxPoints: number | null;
}

function sourceProblems(text: string | null, code: string, out: DataRuleCellProblem[]) {
  const at = (key: ParXlsxMessageKey, params: Record<string, string | number>) =>
    out.push({ column: 'dataSource', key, params });
  if (text === null) {
    at('parXlsx.dataSourceMissing', { code });
    return null;
  }
  const read = parseDataSource(text);
  if (read.kind === 'unknownSource') at('parXlsx.dataSource', { value: read.value });
  else if (read.kind === 'unknownArea') at('parXlsx.dataArea', { value: read.value });
  else if (read.kind === 'unknownIndicator') at('parXlsx.dataIndicator', { code, value: read.value });
  // Reports belong to no reform area: a filter there would silently match nothing.
  else if (read.areaCode !== null && read.source !== ParDataSource.TASKS_ON_TIME)
    at('parXlsx.dataAreaNotTasks', { code });
  else return read;
  return null;
}

function thresholdProblems(text: string | null, item: DataRuleItem, out: DataRuleCellProblem[]) {
  const { code } = item;
  const at = (key: ParXlsxMessageKey, params: Record<string, string | number>) =>
    out.push({ column: 'thresholds', key, params });
  const max = PAR_XLSX_LIMITS.thresholds;
  // Counted before reading, so a pasted column of junk gives one problem rather than thousands.
  if (text !== null && entriesOf(text).length > max) {
    at('parXlsx.tooManyThresholds', { code, max });
    return null;
  }
  const read = parseThresholds(text ?? '');
  if (read.kind === 'problems') {
    for (const p of read.problems) at('parXlsx.thresholdLine', { code, position: p.position, text: p.text });
    return null;
  }
  const rule = { source: ParDataSource.TASKS_ON_TIME, thresholds: read.thresholds };
  // Unreadable maximum points are reported on their own cell; the other checks still run.
  const problems = checkDataRule(rule, item.maxPoints ?? Number.POSITIVE_INFINITY);
  for (const p of problems) {
    const params: Record<string, string | number> = { code };
    if ('index' in p) params.position = p.index + 1;
    if (p.kind === 'aboveMaximum' && item.maxPoints !== null) params.maxPoints = item.maxPoints;
    at(RULE_KEYS[p.kind], params);
  }
  return problems.length > 0 ? null : read.thresholds;
}

/**
 * The rule of one row from its "Nguồn dữ liệu" and "Ngưỡng điểm" cells: null when both are empty, the rule
 * when both read and pass `checkDataRule`, else every problem of both cells. Only DATA items take a rule;
 * with an unreadable method (reported elsewhere) that is left unsaid.
 */
export function readDataRule(
  cells: { source: string | null; thresholds: string | null },
  item: DataRuleItem,
): DataRuleRead {
  if (cells.source === null && cells.thresholds === null) return { kind: 'rule', rule: null };
  if (item.method !== undefined && item.method !== ParScoringMethod.DATA) {
    const column: DataRuleColumn = cells.source !== null ? 'dataSource' : 'thresholds';
    return {
      kind: 'problems',
      problems: [{ column, key: 'parXlsx.dataRuleNotData', params: { code: item.code } }],
    };
  }
  const problems: DataRuleCellProblem[] = [];
  const source = sourceProblems(cells.source, item.code, problems);
  const thresholds = thresholdProblems(cells.thresholds, item, problems);
  if (source === null || thresholds === null) return { kind: 'problems', problems };
  const { indicatorCode } = source;
  return {
    kind: 'rule',
    rule: {
      source: source.source,
      areaCode: source.areaCode,
      // Only on an indicator's rule, so the other sources' rules read back as they were written.
      ...(indicatorCode !== undefined ? { indicatorCode } : {}),
      thresholds,
    },
  };
}
