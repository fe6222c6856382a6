import { foldVietnamese } from '../text/normalize';

export type ReformAreaCode = 'I' | 'II' | 'III' | 'IV' | 'V' | 'VI' | 'VII';

export interface ReformArea {
  code: ReformAreaCode;
  order: number;
  /** As Part II of the 2022 Quảng Nam plan names the area. */
  nameVi: string;
  nameEn: string;
}

export const REFORM_AREAS: readonly ReformArea[] = [
  { code: 'I', order: 1, nameVi: 'Cải cách thể chế', nameEn: 'Institutional reform' },
  {
    code: 'II',
    order: 2,
    nameVi: 'Cải cách thủ tục hành chính',
    nameEn: 'Administrative procedure reform',
  },
  {
    code: 'III',
    order: 3,
    nameVi: 'Cải cách tổ chức bộ máy hành chính nhà nước',
    nameEn: 'Reform of the state administrative apparatus',
  },
  { code: 'IV', order: 4, nameVi: 'Cải cách chế độ công vụ', nameEn: 'Civil service reform' },
  { code: 'V', order: 5, nameVi: 'Cải cách tài chính công', nameEn: 'Public finance reform' },
  {
    code: 'VI',
    order: 6,
    nameVi: 'Xây dựng và phát triển chính quyền điện tử, chính quyền số',
    nameEn: 'E-government and digital government',
  },
  {
    code: 'VII',
    order: 7,
    nameVi: 'Công tác chỉ đạo, điều hành cải cách hành chính',
    nameEn: 'Direction and management of administrative reform',
  },
];

/**
 * Wordings seen for each area, on folded text with punctuation removed. The appendix of the seed says
 * "Chính phủ điện tử, Chính phủ số" where Part II says "chính quyền điện tử, chính quyền số", and drops
 * the comma in "chỉ đạo điều hành"; "hiện đại hóa hành chính" is the name area VI had before 2021.
 */
const AREA_PATTERNS: ReadonlyArray<[ReformAreaCode, RegExp]> = [
  ['I', /^cai cach the che$/],
  ['II', /^cai cach (cac )?thu tuc hanh chinh$/],
  ['III', /^cai cach to chuc bo may( hanh chinh)?( nha nuoc)?$/],
  ['IV', /^cai cach che do cong vu$/],
  ['V', /^cai cach tai chinh cong$/],
  [
    'VI',
    /^((xay dung|phat trien|xay dung va phat trien) )?(chinh quyen|chinh phu) dien tu( (chinh quyen|chinh phu) so)?$|^hien dai hoa (nen )?hanh chinh$/,
  ],
  ['VII', /^(cong tac )?chi dao dieu hanh( (cong tac )?cai cach hanh chinh)?$/],
];

function headingKey(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function matchKey(key: string): ReformAreaCode | null {
  return AREA_PATTERNS.find(([, pattern]) => pattern.test(key))?.[0] ?? null;
}

/**
 * Maps an area heading as written ("CẢI CÁCH THỂ CHẾ", "3. Cải cách tổ chức bộ máy hành chính nhà nước",
 * "Công tác chỉ đạo, điều hành…") to its code. The whole heading must name the area, so a sentence that
 * merely mentions one ("Kinh phí cải cách thủ tục hành chính") is not a heading.
 */
export function reformAreaCodeOf(heading: string): ReformAreaCode | null {
  const key = headingKey(heading);
  // A leading ordinal ("III.", "3.") numbers the heading; it is not part of the name.
  return matchKey(key) ?? matchKey(key.replace(/^([ivx]+|\d+) /, ''));
}

/** "III" → 'III'; anything that is not the numeral of a known area → null. */
export function reformAreaCodeOfNumeral(numeral: string): ReformAreaCode | null {
  const upper = numeral.trim().replace(/\.$/, '').toUpperCase();
  return isReformAreaCode(upper) ? upper : null;
}

export function isReformAreaCode(text: string): text is ReformAreaCode {
  return REFORM_AREAS.some((a) => a.code === text);
}

export function reformAreaByCode(code: ReformAreaCode): ReformArea {
  const area = REFORM_AREAS.find((a) => a.code === code);
  if (!area) throw new RangeError(`Unknown reform area ${code}`);
  return area;
}
