import { leadingProductType } from '../plan/product-type';
import { foldVietnamese } from '../text/normalize';

/**
 * How agency cells of Vietnamese plans begin: a body type (Sở, Ban …, Ủy ban / UBND, Văn phòng, Thanh
 * tra, Báo, Đài, Viễn thông, Công an …) or a collective ("Các cơ quan, đơn vị", "các địa phương").
 * "Ban" and "Sở" are narrowed because "Bản đồ" and "Số hóa/Số liệu" fold to the same letters.
 */
const AGENCY_START = new RegExp(
  [
    String.raw`^(cac |nhung )?(`,
    String.raw`so\b(?! (hoa|lieu|luong|do)\b)`,
    String.raw`|ban (dan toc|quan ly|chi dao|to chuc|tuyen giao|chi huy)\b`,
    String.raw`|uy ban\b|ubnd\b|van phong\b|thanh tra\b|bao quang nam\b|dai phat thanh\b|dai pt`,
    String.raw`|vien thong\b|cong an\b|bo chi huy\b|kho bac\b|cuc\b|chi cuc\b|bao hiem xa hoi\b|bhxh\b`,
    String.raw`|co quan\b|don vi\b|dia phuong\b|hoi dong\b|truong\b|toa an\b|vien kiem sat\b|lien doan\b`,
    String.raw`)`,
  ].join(''),
);

/** Default agency-cell test: starts like an agency name and not like a deliverable. */
export function looksLikeAgencyCell(text: string): boolean {
  return leadingProductType(text) === null && AGENCY_START.test(foldVietnamese(text));
}

/** A caller's classifier (e.g. backed by the agency catalogue), guarded against product cells. */
export function agencyCellTest(classify?: (text: string) => boolean): (text: string) => boolean {
  if (classify === undefined) return looksLikeAgencyCell;
  // "Hệ thống cơ sở dữ liệu của Văn phòng UBND tỉnh" names an agency but is a product.
  return (text) => leadingProductType(text) === null && classify(text);
}

const FUNDING_START = /^(kinh phi|ngan sach|nguon|von|theo de an|xa hoi hoa)\b/;

/** Funding cells: "Kinh phí chi thường xuyên", "Ngân sách tỉnh", "Theo Đề án". */
export function looksLikeFundingCell(text: string): boolean {
  return FUNDING_START.test(foldVietnamese(text));
}
