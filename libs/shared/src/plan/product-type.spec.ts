import { ProductType } from './plan.enums';
import { classifyProduct, leadingProductType } from './product-type';

/** Every distinct product cell of the seed, copied verbatim, with the rows that use it. */
const SEED_PRODUCTS: ReadonlyArray<[string, string, ProductType]> = [
  ['Quyết định', 'I 3.6, 3.7, 3.18, 3.19', ProductType.DECISION],
  ['Kế hoạch', 'I 3.8, 3.15, 3.16', ProductType.PLAN],
  ['Dữ liệu số hóa', 'I 3.9', ProductType.DIGITAL_DATA],
  ['Hướng dẫn', 'I 3.10', ProductType.GUIDANCE],
  ['Quyết định của UBND tỉnh; UBND cấp huyện', 'I 3.11', ProductType.DECISION],
  ['Quyết định của UBND tỉnh', 'I 3.12', ProductType.DECISION],
  ['Kế hoạch của UBND tỉnh', 'I 3.13', ProductType.PLAN],
  ['Báo cáo', 'I 3.14, 3.17', ProductType.REPORT],
  ['Công văn', 'I 3.20', ProductType.OFFICIAL_LETTER],
  ['Quyết định, Công văn', 'I 3.21', ProductType.DECISION],
  ['Cổng Thông tin điện tử được nâng cấp', 'I 3.22', ProductType.DATABASE],
  ['Hệ thống cơ sở dữ liệu của Văn phòng Ủy ban nhân dân tỉnh', 'I 3.23', ProductType.DATABASE],
  ['Hệ thống cơ sở dữ liệu', 'I 3.24–3.29', ProductType.DATABASE],
  [
    'Phần mềm và cơ sở dữ liệu về đất đai, xây dựng, đầu tư, y tế, lao động - thương binh và xã hội, cán bộ, công chức, viên chức',
    'I 3.30',
    ProductType.DATABASE,
  ],
  ['Trung tâm IOC của huyện, thị xã, thành phố', 'I 3.31', ProductType.OTHER],
  ['Pano, áp phích', 'I 3.32', ProductType.MEDIA],
  ['Video, bài báo, bản tin…', 'I 3.33', ProductType.MEDIA],
  [
    '- Các văn bản triển khai thực hiện\n- Báo cáo tự đánh giá của Ủy ban nhân dân tỉnh',
    'I 3.34 (generic "văn bản" yields to the report)',
    ProductType.REPORT,
  ],
  [
    '- Các văn bản triển khai thực hiện.\n- Quyết định công bố kết quả xếp hạng Chỉ số cải cách hành chính năm 2021 của UBND tỉnh',
    'I 3.35',
    ProductType.DECISION,
  ],
  ['Kế hoạch tổ chức hội nghị của Ủy ban nhân dân tỉnh', 'I 3.36', ProductType.PLAN],
  ['Kế hoạch của Ủy ban nhân dân tỉnh', 'I 3.37', ProductType.PLAN],
  ['Văn bản chỉ đạo triển khai; Kế hoạch', 'I 3.38, 3.40, 3.41', ProductType.PLAN],
  [
    'Kế hoạch; Quyết định của Ủy ban nhân dân tỉnh; Báo cáo kết quả kiểm tra; Kết luận kiểm tra',
    'I 3.39 (first named wins)',
    ProductType.PLAN,
  ],
  ['Quyết định Ủy ban nhân dân tỉnh', 'II 1–7', ProductType.DECISION],
];

describe('classifyProduct', () => {
  it.each(SEED_PRODUCTS)('%j (%s) → %s', (cell, _rows, type) => {
    expect(classifyProduct(cell)).toBe(type);
  });

  it.each([
    ['Văn bản', ProductType.OFFICIAL_LETTER],
    ['Văn bản Ủy ban nhân dân tỉnh chỉ đạo', ProductType.OFFICIAL_LETTER],
    ['CSDL cán bộ, công chức', ProductType.DATABASE],
    ['Số hóa hồ sơ', ProductType.DIGITAL_DATA],
    ['Dữ liệu số', ProductType.DIGITAL_DATA],
    ['Phóng sự', ProductType.MEDIA],
    ['Chuyên trang, chuyên mục', ProductType.MEDIA],
    ['tin bài', ProductType.MEDIA],
    ['QUYẾT ĐỊNH', ProductType.DECISION],
    ['quyet dinh', ProductType.DECISION],
    ['Hội nghị', ProductType.OTHER],
    ['', ProductType.OTHER],
  ])('%j → %s', (cell, type) => {
    expect(classifyProduct(cell)).toBe(type);
  });

  it('does not read "báo cáo" into "bài báo" or "văn bản" into "Văn phòng"', () => {
    expect(classifyProduct('Bài báo')).toBe(ProductType.MEDIA);
    expect(classifyProduct('Văn phòng')).toBe(ProductType.OTHER);
  });
});

describe('leadingProductType', () => {
  it.each([
    ['Quyết định của UBND tỉnh', ProductType.DECISION],
    ['- Các văn bản triển khai thực hiện', ProductType.OFFICIAL_LETTER],
    ['Hệ thống cơ sở dữ liệu', ProductType.DATABASE],
    ['Báo cáo', ProductType.REPORT],
  ])('%j starts with a %s', (cell, type) => {
    expect(leadingProductType(cell)).toBe(type);
  });

  it.each([
    'Văn phòng Ủy ban nhân dân tỉnh',
    'Sở: Thông tin và Truyền thông, Nội vụ, Báo Quảng Nam, Đài Phát thanh và Truyền hình tỉnh và Cổng Thông tin điện tử tỉnh,',
    'Báo Quảng Nam',
    'Trung tâm IOC của huyện, thị xã, thành phố',
    '',
  ])('is null for %j, which does not start with a deliverable', (cell) => {
    expect(leadingProductType(cell)).toBeNull();
  });
});
