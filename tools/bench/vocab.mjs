// Words the benchmark data set is made of: the 34 provinces (after the 2025 merger), the usual provincial
// departments, place names, and the pieces of task titles. Each list is passed to SQL as an array together
// with its folded (lower-case, no diacritics) form, so names and search_text are built set-based in Postgres.

/** Same folding as libs/shared foldVietnamese (kept in sync by hand: this file must run without a build). */
export function fold(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** [code, name, centrally-run city?] */
export const PROVINCES = [
  ['HNI', 'Hà Nội', true],
  ['HUE', 'Huế', true],
  ['LCU', 'Lai Châu', false],
  ['DBN', 'Điện Biên', false],
  ['SLA', 'Sơn La', false],
  ['LSN', 'Lạng Sơn', false],
  ['QNH', 'Quảng Ninh', false],
  ['THA', 'Thanh Hóa', false],
  ['NAN', 'Nghệ An', false],
  ['HTH', 'Hà Tĩnh', false],
  ['CBG', 'Cao Bằng', false],
  ['TQG', 'Tuyên Quang', false],
  ['LCI', 'Lào Cai', false],
  ['TNN', 'Thái Nguyên', false],
  ['PTO', 'Phú Thọ', false],
  ['BNH', 'Bắc Ninh', false],
  ['HYN', 'Hưng Yên', false],
  ['HPG', 'Hải Phòng', true],
  ['NBH', 'Ninh Bình', false],
  ['QTI', 'Quảng Trị', false],
  ['DNG', 'Đà Nẵng', true],
  ['QNI', 'Quảng Ngãi', false],
  ['GLI', 'Gia Lai', false],
  ['KHA', 'Khánh Hòa', false],
  ['LDG', 'Lâm Đồng', false],
  ['DLK', 'Đắk Lắk', false],
  ['HCM', 'Hồ Chí Minh', true],
  ['DNI', 'Đồng Nai', false],
  ['TNH', 'Tây Ninh', false],
  ['CTO', 'Cần Thơ', true],
  ['VLG', 'Vĩnh Long', false],
  ['DTP', 'Đồng Tháp', false],
  ['CMU', 'Cà Mau', false],
  ['AGG', 'An Giang', false],
];

/** [code suffix, name, agency_kind]; the first one (Sở Nội vụ) coordinates administrative reform. */
export const DEPARTMENTS = [
  ['SNV', 'Sở Nội vụ', 'DEPARTMENT'],
  ['STC', 'Sở Tài chính', 'DEPARTMENT'],
  ['STP', 'Sở Tư pháp', 'DEPARTMENT'],
  ['SXD', 'Sở Xây dựng', 'DEPARTMENT'],
  ['SCT', 'Sở Công Thương', 'DEPARTMENT'],
  ['SNNMT', 'Sở Nông nghiệp và Môi trường', 'DEPARTMENT'],
  ['SGDDT', 'Sở Giáo dục và Đào tạo', 'DEPARTMENT'],
  ['SYT', 'Sở Y tế', 'DEPARTMENT'],
  ['SKHCN', 'Sở Khoa học và Công nghệ', 'DEPARTMENT'],
  ['SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 'DEPARTMENT'],
  ['SDTTG', 'Sở Dân tộc và Tôn giáo', 'DEPARTMENT'],
  ['SNGV', 'Sở Ngoại vụ', 'DEPARTMENT'],
  ['TTT', 'Thanh tra tỉnh', 'DEPARTMENT'],
  ['VPUB', 'Văn phòng UBND tỉnh', 'DEPARTMENT'],
  ['CAT', 'Công an tỉnh', 'SECTOR_BRANCH'],
  ['BCHQS', 'Bộ Chỉ huy Quân sự tỉnh', 'SECTOR_BRANCH'],
  ['BHXH', 'Bảo hiểm xã hội tỉnh', 'SECTOR_BRANCH'],
  ['BQLKCN', 'Ban Quản lý các Khu công nghiệp', 'OTHER'],
  ['TTPVHCC', 'Trung tâm Phục vụ hành chính công', 'PUBLIC_SERVICE_UNIT'],
  ['DPTTH', 'Đài Phát thanh và Truyền hình', 'PUBLIC_SERVICE_UNIT'],
];

export const PLACES = [
  'An',
  'Bình',
  'Phú',
  'Tân',
  'Hòa',
  'Long',
  'Thạnh',
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
  'Trung',
  'Quang',
  'Minh',
  'Thành',
  'Hưng',
  'Phước',
  'Lộc',
  'Xuân',
  'Hải',
  'Sơn',
  'Giang',
  'Vĩnh',
  'Mỹ',
  'Thuận',
  'Đức',
  'Hiệp',
  'Khánh',
  'Lợi',
  'Nghĩa',
  'Hội',
  'Lâm',
  'Thới',
  'Điền',
  'Cường',
  'Thắng',
  'Lạc',
  'Tiến',
  'Hậu',
  'Yên',
];

export const TITLE_VERBS = [
  'Rà soát, đánh giá',
  'Xây dựng và ban hành',
  'Triển khai',
  'Tổ chức thực hiện',
  'Kiểm tra',
  'Hoàn thiện',
  'Tuyên truyền về',
  'Số hóa',
  'Nâng cấp',
  'Đơn giản hóa',
  'Công khai',
  'Tổng kết, đánh giá',
];

export const TITLE_OBJECTS = [
  'thủ tục hành chính',
  'cơ sở dữ liệu chuyên ngành',
  'văn bản quy phạm pháp luật',
  'hệ thống thông tin giải quyết thủ tục hành chính',
  'bộ chỉ số cải cách hành chính',
  'vị trí việc làm',
  'dịch vụ công trực tuyến toàn trình',
  'quy trình nội bộ',
  'cơ chế tự chủ tài chính',
  'nền tảng chính quyền số',
  'kết quả giải quyết hồ sơ',
  'chế độ báo cáo định kỳ',
];

export const TITLE_FIELDS = [
  'lĩnh vực đất đai',
  'lĩnh vực xây dựng',
  'lĩnh vực y tế',
  'lĩnh vực giáo dục',
  'lĩnh vực tư pháp',
  'lĩnh vực đầu tư',
  'lĩnh vực nông nghiệp',
  'lĩnh vực tài chính',
  'lĩnh vực lao động',
  'lĩnh vực giao thông',
  'lĩnh vực văn hóa',
  'lĩnh vực nội vụ',
  'cấp xã',
  'cấp tỉnh',
];

/** [product_type, product cell as written] */
export const PRODUCTS = [
  ['DECISION', 'Quyết định của UBND tỉnh'],
  ['PLAN', 'Kế hoạch'],
  ['REPORT', 'Báo cáo kết quả'],
  ['GUIDANCE', 'Văn bản hướng dẫn'],
  ['OFFICIAL_LETTER', 'Công văn'],
  ['DATABASE', 'Cơ sở dữ liệu'],
  ['DIGITAL_DATA', 'Dữ liệu số'],
  ['MEDIA', 'Tin, bài tuyên truyền'],
  ['OTHER', 'Sản phẩm khác'],
];

/** Agency groups of every province: [code suffix, name, which agencies are members]. */
export const GROUPS = [
  ['SBN', 'Các Sở, ban, ngành tỉnh', 'departments'],
  ['UBNDH', 'UBND các huyện, thị xã, thành phố', 'districts'],
  ['UBNDX', 'UBND các xã, phường, thị trấn', 'communes'],
  ['KNC', 'Khối nội chính', 'justice'],
];

/** Province list for `count` provinces: the 34 real ones, then made-up ones. */
export function provinces(count) {
  const out = [];
  for (let i = 0; i < count; i++) {
    const real = PROVINCES[i];
    out.push(real ?? [`P${String(i + 1).padStart(2, '0')}`, `Tỉnh số ${i + 1}`, false]);
  }
  return out;
}

/** How a province's `n` agencies split: 1 root, departments, districts, communes under the districts. */
export function agencyLayout(n) {
  if (n < 4) throw new Error('--agencies must be at least 4 (root, department, district, commune)');
  const departments = Math.min(DEPARTMENTS.length, Math.max(1, Math.round(n * 0.02)));
  const districts = Math.max(1, Math.round(n * 0.015));
  const communes = n - 1 - departments - districts;
  return { departments, districts, communes: Math.max(1, communes) };
}
