import { agencyCellTest, looksLikeAgencyCell, looksLikeFundingCell } from './agency-cell.heuristic';

/** Every lead and coordinator cell of the seed (Appendices I and II), verbatim. */
const SEED_AGENCY_CELLS = [
  'Văn phòng Ủy ban nhân dân tỉnh',
  'Các Sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố',
  'Sở Nội vụ; Văn phòng Ủy ban nhân dân tỉnh',
  'Các Sở, ban, ngành, Ủy ban nhân dân huyện, thị xã, thành phố',
  'Văn phòng Ủy ban nhân dân tỉnh, Sở Nội vụ, Sở Thông tin và Truyền thông',
  'Sở, ban ngành liên quan; Ủy ban nhân dân cấp huyện.',
  'Các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố',
  'Sở Nội vụ',
  'Sở Tài chính',
  'Sở Tài chính, Sở Kế hoạch và Đầu tư',
  'Sở Thông tin và Truyền thông',
  'Các Sở, ban, ngành,',
  'Sở Văn hóa TT&DL',
  'Sở Tài nguyên và Môi trường',
  'Sở Thông tin - Truyền thông tỉnh; Viễn thông Quảng Nam; các địa phương liên quan',
  'Sở Kế hoạch và Đầu tư',
  'Các sở, ban, ngành, địa phương',
  'Sở Giao thông vận tải',
  'Sở: TNMT, Xây dựng, KHĐT, Y tế, LĐTBXH, Ni vụ',
  'Uỷ ban nhân dân cấp huyện',
  'Các Sở, ban, ngành thuộc tỉnh',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở: Thông tin và Truyền thông, Nội vụ, Báo Quảng Nam, Đài Phát thanh và Truyền hình tỉnh và Cổng Thông tin điện tử tỉnh,',
  'Các Sở, Ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố',
  'Các cơ quan, đơn vị liên quan',
  'Sở Nội vụ, Văn phòng UBND tỉnh',
  'Các Sở, ban, ngành, UBND các huyện, thị xã, thành phố',
  'Sở Y tế',
  'Sở Giáo dục và Đào tạo',
  'UBND huyện, thị xã, thành phố được chọn thí điểm',
  'Sở Nội vụ và các Sở, ban, ngành liên quan',
];

/** Every product cell of the seed, verbatim (multi-line ones by their first line). */
const SEED_PRODUCT_CELLS = [
  'Quyết định',
  'Kế hoạch',
  'Dữ liệu số hóa',
  'Hướng dẫn',
  'Quyết định của UBND tỉnh; UBND cấp huyện',
  'Báo cáo',
  'Công văn',
  'Quyết định, Công văn',
  'Cổng Thông tin điện tử được nâng cấp',
  'Hệ thống cơ sở dữ liệu của Văn phòng Ủy ban nhân dân tỉnh',
  'Hệ thống cơ sở dữ liệu',
  'Phần mềm và cơ sở dữ liệu về đất đai, xây dựng, đầu tư, y tế',
  'Trung tâm IOC của huyện, thị xã, thành phố',
  'Pano, áp phích',
  'Video, bài báo, bản tin…',
  '- Các văn bản triển khai thực hiện',
  'Kế hoạch tổ chức hội nghị của Ủy ban nhân dân tỉnh',
  'Văn bản chỉ đạo triển khai; Kế hoạch',
  'Quyết định Ủy ban nhân dân tỉnh',
];

describe('looksLikeAgencyCell', () => {
  it.each(SEED_AGENCY_CELLS)('%j is an agency cell', (cell) => {
    expect(looksLikeAgencyCell(cell)).toBe(true);
  });

  it.each(SEED_PRODUCT_CELLS)('%j is not', (cell) => {
    expect(looksLikeAgencyCell(cell)).toBe(false);
  });

  it.each(['Số hóa hồ sơ', 'Số liệu thống kê', 'Bản đồ GIS', '2022', 'Kinh phí chi thường xuyên'])(
    '%j is not',
    (cell) => {
      expect(looksLikeAgencyCell(cell)).toBe(false);
    },
  );
});

describe('agencyCellTest', () => {
  it('defaults to the heuristic', () => {
    expect(agencyCellTest()).toBe(looksLikeAgencyCell);
  });

  it('lets a caller classifier decide, except for cells that start with a deliverable', () => {
    const test = agencyCellTest((text) => text.includes('Văn phòng'));
    expect(test('Văn phòng Ủy ban nhân dân tỉnh')).toBe(true);
    expect(test('Hệ thống cơ sở dữ liệu của Văn phòng Ủy ban nhân dân tỉnh')).toBe(false);
  });
});

describe('looksLikeFundingCell', () => {
  it.each([
    ['Kinh phí chi thường xuyên', true],
    ['Kinh phí cải cách hành chính năm 2022 bố trí trong dự toán Sở Nội vụ', true],
    ['Theo Đề án', true],
    ['Ngân sách tỉnh', true],
    ['Sở Nội vụ', false],
    ['Quý I', false],
  ])('%j → %s', (cell, expected) => {
    expect(looksLikeFundingCell(cell)).toBe(expected);
  });
});
