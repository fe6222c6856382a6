import { reformAreaByCode, type ReformAreaCode } from '../plan/reform-areas';
import type { DraftUnit } from './indicator-draft.types';

interface AreaRule {
  area: ReformAreaCode;
  /** Rank rules only fire for rank targets. */
  rankOnly: boolean;
  pattern: RegExp;
}

const DIGITAL = /truc tuyen|dien tu|ky so|so hoa|xac thuc|dinh danh|chinh (quyen|phu) so|chuyen doi so/;

/*
 * Ordered: the first rule that fires gives the area, later ones become a note. Digital wording outranks
 * procedures because the plan files online public services under area VI (Part II.6), and every ranked
 * index other than the digital one goes to VII because the plan follows rankings under direction and
 * management (Appendix I, 1.15). Boilerplate ("theo quy định của pháp luật") must not fire a rule.
 */
const RULES: readonly AreaRule[] = [
  { area: 'VI', rankOnly: true, pattern: DIGITAL },
  { area: 'VII', rankOnly: true, pattern: /./ },
  { area: 'VI', rankOnly: false, pattern: DIGITAL },
  { area: 'II', rankOnly: false, pattern: /thu tuc hanh chinh|(?<![a-z])tthc(?![a-z])|hai long/ },
  { area: 'IV', rankOnly: false, pattern: /can bo|cong chuc|vien chuc|cong vu/ },
  { area: 'III', rankOnly: false, pattern: /to chuc bo may|don vi su nghiep|bien che|dau moi/ },
  { area: 'V', rankOnly: false, pattern: /tai chinh|ngan sach/ },
  {
    area: 'I',
    rankOnly: false,
    pattern: /quy pham phap luat|the che|(van ban|chinh sach).*(ra soat|sua doi|thay the)/,
  },
  {
    area: 'VII',
    rankOnly: false,
    pattern: /nhiem vu duoc [a-z ]*giao(?![a-z])|kiem tra cai cach|chi dao|tuyen truyen/,
  },
];

export interface AreaInference {
  areaCode: ReformAreaCode | null;
  notes: string[];
}

/** Proposes the reform area a target belongs to from the wording of its subject (folded). */
export function inferReformArea(foldedSubject: string, unit: DraftUnit): AreaInference {
  const fired = RULES.filter((r) => (!r.rankOnly || unit === 'RANK') && r.pattern.test(foldedSubject));
  const areas = [...new Set(fired.map((r) => r.area))];
  if (areas.length === 0) return { areaCode: null, notes: ['No reform area recognised in the wording'] };
  const [chosen, ...others] = areas;
  const notes = others.map((code) => `Wording also fits area ${code} (${reformAreaByCode(code).nameEn})`);
  return { areaCode: chosen, notes };
}
