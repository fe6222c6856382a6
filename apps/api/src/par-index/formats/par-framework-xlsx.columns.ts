import { foldVietnamese, ParScoringMethod, ParTargetGroup } from '@partrack/shared';

/**
 * The XLSX format of a PAR Index criteria framework (bộ tiêu chí Chỉ số CCHC). Sheet "Bộ tiêu chí" holds the
 * column titles in row 1 and one item per row below, in the framework's order; sheet "Thông tin" holds the
 * name, the target group, the total and the bands as label | value rows; sheet "Hướng dẫn" explains it all.
 * The reader finds columns and labels by their titles, so columns may be moved and rows added above.
 */
export const ITEMS_SHEET = 'Bộ tiêu chí';
export const INFO_SHEET = 'Thông tin';
export const GUIDE_SHEET = 'Hướng dẫn';
export const HEADER_ROW = 1;
export const FIRST_ITEM_ROW = 2;
/** How far down the reader looks for the column titles, in case a title row was added above them. */
export const HEADER_SEARCH_ROWS = 10;

/** The limits of the framework editor (MAX_CRITERIA_PER_FRAMEWORK and the DTOs), checked before the import. */
export const PAR_XLSX_LIMITS = {
  items: 500,
  bands: 10,
  scaleOptions: 20,
  /** As ArrayMaxSize of ParDataRule.thresholds */
  thresholds: 10,
  points: 1000,
  name: 300,
  title: 2000,
  guidance: 4000,
  optionLabel: 300,
  bandCode: 20,
  bandLabel: 100,
} as const;

export type ItemColumnKey =
  'code' | 'title' | 'maxPoints' | 'method' | 'scale' | 'dataSource' | 'thresholds' | 'evidence' | 'guidance';

export interface ItemColumn {
  key: ItemColumnKey;
  header: string;
  width: number;
  /** Codes must stay text: Excel would turn "1.10" into the number 1.1. */
  text: boolean;
  /** A file without an optional column reads it as empty everywhere. */
  required: boolean;
  /** Other titles accepted, folded (English, longer Vietnamese forms). */
  aliases: readonly string[];
}

export const ITEM_COLUMNS: readonly ItemColumn[] = [
  { key: 'code', header: 'Mã', width: 10, text: true, required: true, aliases: ['code', 'ma so'] },
  {
    key: 'title',
    header: 'Nội dung',
    width: 60,
    text: false,
    required: true,
    aliases: ['title', 'tieu chi', 'noi dung tieu chi', 'linh vuc/tieu chi'],
  },
  {
    key: 'maxPoints',
    header: 'Điểm tối đa',
    width: 11,
    text: false,
    required: true,
    aliases: ['max points', 'maximum', 'diem', 'diem toi da'],
  },
  {
    key: 'method',
    header: 'Cách chấm',
    width: 17,
    text: true,
    required: true,
    aliases: ['method', 'scoring method', 'cach cham diem', 'phuong phap cham'],
  },
  {
    key: 'scale',
    header: 'Thang điểm',
    width: 45,
    text: true,
    required: true,
    aliases: ['scale', 'thang diem cham'],
  },
  // Next to the scale: what a DATA item needs where a MANUAL one has its scale (par-framework-xlsx.data-rule.ts).
  {
    key: 'dataSource',
    header: 'Nguồn dữ liệu',
    width: 26,
    text: true,
    required: false,
    aliases: ['data source', 'source', 'nguon'],
  },
  {
    key: 'thresholds',
    header: 'Ngưỡng điểm',
    width: 26,
    text: true,
    required: false,
    aliases: ['thresholds', 'nguong', 'nguong tinh diem', 'muc diem'],
  },
  {
    key: 'evidence',
    header: 'Cần tài liệu kiểm chứng',
    width: 14,
    text: true,
    required: false,
    aliases: ['evidence required', 'evidence', 'tai lieu kiem chung'],
  },
  {
    key: 'guidance',
    header: 'Hướng dẫn',
    width: 60,
    text: false,
    required: false,
    aliases: ['guidance', 'huong dan cham diem', 'ghi chu'],
  },
];

export const METHOD_LABELS: Readonly<Record<ParScoringMethod, string>> = {
  [ParScoringMethod.MANUAL]: 'Thang điểm',
  [ParScoringMethod.DATA]: 'Dữ liệu partrack',
  [ParScoringMethod.SURVEY]: 'Khảo sát',
  [ParScoringMethod.BONUS]: 'Điểm thưởng',
  [ParScoringMethod.PENALTY]: 'Điểm trừ',
};

export const TARGET_GROUP_LABELS: Readonly<Record<ParTargetGroup, string>> = {
  [ParTargetGroup.DEPARTMENT]: 'Sở, ban, ngành',
  [ParTargetGroup.DISTRICT]: 'UBND cấp huyện',
  [ParTargetGroup.COMMUNE]: 'UBND cấp xã, phường',
  [ParTargetGroup.PROVINCE]: 'Tỉnh (Chỉ số CCHC quốc gia)',
};

/** Longer forms people type instead of the abbreviations of the list. */
const TARGET_GROUP_ALIASES: Readonly<Record<ParTargetGroup, readonly string[]>> = {
  [ParTargetGroup.DEPARTMENT]: ['so ban nganh', 'cac so ban nganh'],
  [ParTargetGroup.DISTRICT]: ['uy ban nhan dan cap huyen', 'cap huyen'],
  [ParTargetGroup.COMMUNE]: ['uy ban nhan dan cap xa phuong', 'ubnd cap xa', 'cap xa'],
  [ParTargetGroup.PROVINCE]: ['tinh', 'chi so cchc quoc gia', 'par index'],
};

export const YES = 'Có';
export const NO = 'Không';
const YES_WORDS = new Set(['co', 'x', 'yes', 'true', '1']);
const NO_WORDS = new Set(['khong', 'no', 'false', '0']);

/** Info sheet labels (column A); the value is in column B. */
export const INFO_LABELS = {
  name: 'Tên bộ tiêu chí',
  targetGroup: 'Nhóm đối tượng',
  total: 'Tổng điểm',
  year: 'Năm áp dụng',
  revision: 'Phiên bản',
  note: 'Lưu ý',
  bands: 'Xếp loại',
} as const;
export type InfoField = 'name' | 'targetGroup' | 'total';
const INFO_ALIASES: Readonly<Record<InfoField, readonly string[]>> = {
  name: ['name', 'ten'],
  targetGroup: ['target group', 'doi tuong', 'nhom doi tuong danh gia'],
  total: ['total', 'total points', 'tong diem toi da'],
};
export const INFO_VALUE_COLUMN = 2;
/** The band table's column titles, in columns A–C under the "Xếp loại" label. */
export const BAND_HEADERS = ['Mã', 'Tên', 'Từ chỉ số'] as const;
export const DEFAULT_TOTAL = 100;

/** Folded, punctuation as spaces: "Sở, ban, ngành" and "so ban nganh" are the same words. */
export function matchKey(text: string): string {
  return foldVietnamese(text.replace(/[.,;:()/–-]+/g, ' '));
}

/** Folded column title: first line only, without "(…)" notes and "*" marks, so "Mã (*)" is "ma". */
export function headerKey(text: string): string {
  const firstLine = text.split('\n')[0] ?? '';
  return foldVietnamese(firstLine.replace(/\([^)]*\)|\*/g, ' ')).replace(/[:.]+$/, '');
}

const COLUMN_BY_KEY = new Map<string, ItemColumnKey>(
  ITEM_COLUMNS.flatMap((c) =>
    [headerKey(c.header), ...c.aliases].map((k): [string, ItemColumnKey] => [k, c.key]),
  ),
);

export function columnOfHeader(text: string): ItemColumnKey | null {
  return COLUMN_BY_KEY.get(headerKey(text)) ?? null;
}

const INFO_BY_KEY = new Map<string, InfoField>(
  (Object.keys(INFO_ALIASES) as InfoField[]).flatMap((f) =>
    [headerKey(INFO_LABELS[f]), ...INFO_ALIASES[f]].map((k): [string, InfoField] => [k, f]),
  ),
);

export function infoFieldOf(label: string): InfoField | null {
  return INFO_BY_KEY.get(headerKey(label)) ?? null;
}

/** A Vietnamese label or the English enum code, in any case: files written by hand use either. */
export function methodOf(text: string): ParScoringMethod | null {
  const key = matchKey(text);
  const found = Object.values(ParScoringMethod).find(
    (m) => key === m.toLowerCase() || key === matchKey(METHOD_LABELS[m]),
  );
  return found ?? null;
}

export function targetGroupOf(text: string): ParTargetGroup | null {
  const key = matchKey(text);
  const found = Object.values(ParTargetGroup).find(
    (g) =>
      key === g.toLowerCase() ||
      key === matchKey(TARGET_GROUP_LABELS[g]) ||
      TARGET_GROUP_ALIASES[g].includes(key),
  );
  return found ?? null;
}

/** Empty is "Không": most items need no evidence file. Null when the text is neither. */
export function yesNoOf(text: string | null): boolean | null {
  if (text === null) return false;
  const key = matchKey(text);
  if (YES_WORDS.has(key)) return true;
  return NO_WORDS.has(key) ? false : null;
}

/**
 * "1" area, "1.2" criterion, "1.2.3" sub-criterion: letters and digits (as PAR_CODE_PATTERN of the editor,
 * "IV.2a"), three levels at most because the framework has three. One trailing dot ("1.2.") is dropped:
 * documents number their headings that way.
 */
const CODE_PATTERN = /^[0-9A-Za-z]{1,6}(\.[0-9A-Za-z]{1,6}){0,2}$/;

export function normaliseCode(text: string): string | null {
  const code = text.trim().replace(/\.$/, '');
  return CODE_PATTERN.test(code) ? code : null;
}

export function parentCodeOf(code: string): string | null {
  const at = code.lastIndexOf('.');
  return at < 0 ? null : code.slice(0, at);
}
