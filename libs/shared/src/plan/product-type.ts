import { foldVietnamese } from '../text/normalize';
import { ProductType } from './plan.enums';

type Keyword = readonly [ProductType, RegExp];

/** Document and deliverable kinds as the "Sản phẩm" column words them, on folded text. */
const SPECIFIC_KEYWORDS: readonly Keyword[] = [
  [ProductType.DECISION, /\bquyet dinh\b/],
  [ProductType.PLAN, /\bke hoach\b/],
  [ProductType.REPORT, /\bbao cao\b/],
  [ProductType.GUIDANCE, /\bhuong dan\b/],
  [ProductType.OFFICIAL_LETTER, /\bcong van\b/],
  // Portals and software are delivered as information systems, which the catalogue files with databases.
  [ProductType.DATABASE, /\b(co so du lieu|csdl|he thong|phan mem|cong thong tin|cong dich vu cong)\b/],
  [ProductType.DIGITAL_DATA, /\b(du lieu so|so hoa)\b/],
  [
    ProductType.MEDIA,
    /\b(tin bai|bai bao|ban tin|video|phong su|chuyen trang|chuyen muc|pano|ap phich|to roi|bang ron|an pham|media)\b/,
  ],
];

/**
 * "Văn bản" (a document) is the generic word: "Các văn bản triển khai thực hiện; Báo cáo tự đánh giá" is
 * delivered as the report, so the generic word only decides when nothing more specific is named.
 */
const GENERIC_LETTER: Keyword = [ProductType.OFFICIAL_LETTER, /\bvan ban\b/];

function earliest(folded: string, keywords: readonly Keyword[]): { type: ProductType; index: number } | null {
  let best: { type: ProductType; index: number } | null = null;
  for (const [type, pattern] of keywords) {
    const index = folded.search(pattern);
    if (index >= 0 && (best === null || index < best.index)) best = { type, index };
  }
  return best;
}

/**
 * Classifies a product cell. When a cell lists several deliverables ("Kế hoạch; Quyết định …; Báo cáo …")
 * the first one named decides, as the column lists the main deliverable first.
 */
export function classifyProduct(text: string): ProductType {
  const folded = foldVietnamese(text);
  const specific = earliest(folded, SPECIFIC_KEYWORDS);
  if (specific) return specific.type;
  return GENERIC_LETTER[1].test(folded) ? GENERIC_LETTER[0] : ProductType.OTHER;
}

/**
 * The product kind when the cell *starts* with a deliverable word ("Quyết định của UBND tỉnh"), else
 * null. Agency cells may contain such words further on ("… Cổng Thông tin điện tử tỉnh"), never first.
 */
export function leadingProductType(text: string): ProductType | null {
  const folded = foldVietnamese(text).replace(/^[^a-z0-9]*(cac |nhung )?/, '');
  const first = earliest(folded, [...SPECIFIC_KEYWORDS, GENERIC_LETTER]);
  return first !== null && first.index === 0 ? first.type : null;
}
