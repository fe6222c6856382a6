import { AgencyNameIndex } from './agency-name-resolver';
import { loadCandidates } from './quang-nam-catalogue.test-helper';

/**
 * Every distinct lead/coordinating cell of the 2022 Quảng Nam plan (shared/seed/ke-hoach-cchc-2022-quang-nam.txt),
 * copied verbatim, with the rows it appears in and the bodies it names, in order.
 * Appendix I starts at task 3.6 in the seed (3.1–3.5 are missing from the extract); 3.17 has no lead and
 * 3.24 no coordinator (blank cells); in 3.11 and 3.18 the lead and coordinating columns are swapped.
 */
interface CellCase {
  cell: string;
  rows: string;
  expected: string[];
}

const SO_BAN_NGANH = 'QNA-GRP-SO-BAN-NGANH';
const UBND_HUYEN = 'QNA-GRP-UBND-HUYEN';

const SEED_CELLS: CellCase[] = [
  { cell: 'Văn phòng Ủy ban nhân dân tỉnh', rows: 'I 3.6, 3.8, 3.10, 3.23 lead', expected: ['QNA-VP'] },
  {
    cell: 'Các Sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố',
    rows: 'I 3.6, 3.30, 3.32–3.35 coord',
    expected: [SO_BAN_NGANH, UBND_HUYEN],
  },
  { cell: 'Sở Nội vụ; Văn phòng Ủy ban nhân dân tỉnh', rows: 'I 3.7 lead', expected: ['QNA-SNV', 'QNA-VP'] },
  {
    cell: 'Các Sở, ban, ngành, Ủy ban nhân dân huyện, thị xã, thành phố',
    rows: 'I 3.7, 3.8, 3.13–3.21 coord; 3.18 lead',
    expected: [SO_BAN_NGANH, UBND_HUYEN],
  },
  {
    cell: 'Văn phòng Ủy ban nhân dân tỉnh, Sở Nội vụ, Sở Thông tin và Truyền thông',
    rows: 'I 3.9 lead',
    expected: ['QNA-VP', 'QNA-SNV', 'QNA-STTTT'],
  },
  {
    cell: 'Sở, ban ngành liên quan; Ủy ban nhân dân cấp huyện.',
    rows: 'I 3.9, 3.10 coord',
    expected: [SO_BAN_NGANH, UBND_HUYEN],
  },
  {
    cell: 'Các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố',
    rows: 'I 3.11 lead, 3.12 coord',
    expected: [SO_BAN_NGANH, UBND_HUYEN],
  },
  {
    cell: 'Sở Nội vụ',
    rows: 'I 3.11 coord, 3.12–3.16, 3.19, 3.34–3.41 lead; II 3 lead',
    expected: ['QNA-SNV'],
  },
  { cell: 'Sở Tài chính', rows: 'I 3.20 lead', expected: ['QNA-STC'] },
  { cell: 'Sở Tài chính, Sở Kế hoạch và Đầu tư', rows: 'I 3.21 lead', expected: ['QNA-STC', 'QNA-SKHDT'] },
  { cell: 'Sở Thông tin và Truyền thông', rows: 'I 3.22 lead; II 1, 2 lead', expected: ['QNA-STTTT'] },
  { cell: 'Các Sở, ban, ngành,', rows: 'I 3.22, 3.23 coord', expected: [SO_BAN_NGANH] },
  { cell: 'Sở Văn hóa TT&DL', rows: 'I 3.24 lead', expected: ['QNA-SVHTTDL'] },
  { cell: 'Sở Tài nguyên và Môi trường', rows: 'I 3.25 lead', expected: ['QNA-STNMT'] },
  {
    cell: 'Sở Thông tin - Truyền thông tỉnh; Viễn thông Quảng Nam; các địa phương liên quan',
    rows: 'I 3.25 coord',
    expected: ['QNA-STTTT', 'QNA-VNPT', UBND_HUYEN],
  },
  { cell: 'Sở Kế hoạch và Đầu tư', rows: 'I 3.26–3.28 lead', expected: ['QNA-SKHDT'] },
  { cell: 'Các sở, ban, ngành, địa phương', rows: 'I 3.26–3.29 coord', expected: [SO_BAN_NGANH, UBND_HUYEN] },
  { cell: 'Sở Giao thông vận tải', rows: 'I 3.29 lead', expected: ['QNA-SGTVT'] },
  {
    cell: 'Sở: TNMT, Xây dựng, KHĐT, Y tế, LĐTBXH, Ni vụ',
    rows: 'I 3.30 lead ("Ni vụ" is a typo for Nội vụ)',
    expected: ['QNA-STNMT', 'QNA-SXD', 'QNA-SKHDT', 'QNA-SYT', 'QNA-SLDTBXH', 'QNA-SNV'],
  },
  { cell: 'Uỷ ban nhân dân cấp huyện', rows: 'I 3.31 lead', expected: [UBND_HUYEN] },
  { cell: 'Các Sở, ban, ngành thuộc tỉnh', rows: 'I 3.31 coord', expected: [SO_BAN_NGANH] },
  { cell: 'Sở Văn hóa, Thể thao và Du lịch', rows: 'I 3.32 lead; II 7 lead', expected: ['QNA-SVHTTDL'] },
  {
    cell: 'Sở: Thông tin và Truyền thông, Nội vụ, Báo Quảng Nam, Đài Phát thanh và Truyền hình tỉnh và Cổng Thông tin điện tử tỉnh,',
    rows: 'I 3.33 lead',
    expected: ['QNA-STTTT', 'QNA-SNV', 'QNA-BAOQN', 'QNA-DAIPTTH', 'QNA-CONGTTDT'],
  },
  {
    cell: 'Các Sở, Ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố',
    rows: 'I 3.36–3.39 coord',
    expected: [SO_BAN_NGANH, UBND_HUYEN],
  },
  { cell: 'Các cơ quan, đơn vị liên quan', rows: 'I 3.40, 3.41 coord', expected: ['QNA-GRP-CO-QUAN-DON-VI'] },
  { cell: 'Sở Nội vụ, Văn phòng UBND tỉnh', rows: 'II 1 coord', expected: ['QNA-SNV', 'QNA-VP'] },
  {
    cell: 'Các Sở, ban, ngành, UBND các huyện, thị xã, thành phố',
    rows: 'II 2, 3, 4, 5, 7 coord',
    expected: [SO_BAN_NGANH, UBND_HUYEN],
  },
  { cell: 'Sở Y tế', rows: 'II 4 lead', expected: ['QNA-SYT'] },
  { cell: 'Sở Giáo dục và Đào tạo', rows: 'II 5 lead', expected: ['QNA-SGDDT'] },
  { cell: 'UBND huyện, thị xã, thành phố được chọn thí điểm', rows: 'II 6 lead', expected: [UBND_HUYEN] },
  {
    cell: 'Sở Nội vụ và các Sở, ban, ngành liên quan',
    rows: 'II 6 coord',
    expected: ['QNA-SNV', SO_BAN_NGANH],
  },
];

/** Agency lists in the body of the decision (Part IV, Article 3, recipients). */
const BODY_LISTS: CellCase[] = [
  {
    cell: 'Đối với các Sở, ngành: Kế hoạch và Đầu tư, Tài nguyên và Môi trường, Xây dựng, Y tế, Lao động - Thương binh và Xã hội, Ban Quản lý các Khu kinh tế và Khu công nghiệp',
    rows: 'IV.1.a',
    expected: ['QNA-SKHDT', 'QNA-STNMT', 'QNA-SXD', 'QNA-SYT', 'QNA-SLDTBXH', 'QNA-BQLKKT'],
  },
  {
    cell: 'Ủy ban nhân dân các huyện, thị xã, thành phố: Núi Thành, Thăng Bình, Duy Xuyên, Đại Lộc, Điện Bàn, Hội An, Tam Kỳ',
    rows: 'IV.1.a',
    expected: [
      'QNA-NUITHANH',
      'QNA-THANGBINH',
      'QNA-DUYXUYEN',
      'QNA-DAILOC',
      'QNA-DIENBAN',
      'QNA-HOIAN',
      'QNA-TAMKY',
    ],
  },
  {
    cell: 'Các Sở, Ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố',
    rows: 'IV.1 heading',
    expected: [SO_BAN_NGANH, UBND_HUYEN],
  },
  { cell: 'Các Sở, Ban, ngành;', rows: 'Nơi nhận', expected: [SO_BAN_NGANH] },
  { cell: 'Các cơ quan ngành dọc cấp tỉnh;', rows: 'Nơi nhận', expected: ['QNA-GRP-NGANH-DOC'] },
  { cell: 'Báo Quảng Nam, Đài PT-TH tỉnh;', rows: 'Nơi nhận', expected: ['QNA-BAOQN', 'QNA-DAIPTTH'] },
  { cell: 'Cổng thông tin điện tử tỉnh;', rows: 'Nơi nhận', expected: ['QNA-CONGTTDT'] },
  { cell: 'UBND các huyện, thị xã, thành phố;', rows: 'Nơi nhận', expected: [UBND_HUYEN] },
  // Written "Bộ Nội vụ (b/c)" in the recipients; the note "(b/c)" (for reporting) is left out here.
  { cell: 'Bộ Nội vụ', rows: 'Nơi nhận', expected: [] },
];

/**
 * Pieces allowed to stay unresolved, with the reason. The lead/coordinating cells of the appendices have
 * none: every wording in them is a catalogue name, alias or group wording.
 */
const EXPECTED_UNRESOLVED: Record<string, { pieces: string[]; reason: string }> = {
  'Bộ Nội vụ': {
    pieces: ['Bộ Nội vụ'],
    reason: 'the central Ministry of Home Affairs is not in the provincial catalogue, and is not Sở Nội vụ',
  },
};

describe('AgencyNameIndex on the Quảng Nam 2022 plan', () => {
  const { agencies, groups } = loadCandidates();
  const index = new AgencyNameIndex(agencies, groups);

  it('has no alias shared by two bodies', () => {
    expect(index.ambiguousKeys).toEqual([]);
  });

  describe.each([...SEED_CELLS, ...BODY_LISTS])('"$cell" ($rows)', ({ cell, expected }) => {
    const result = index.resolve(cell);

    it('names the expected bodies, in order, once each', () => {
      expect(result.matches.map((m) => m.code)).toEqual(expected);
    });

    it('leaves nothing unresolved except the listed pieces', () => {
      expect(result.unresolved).toEqual(EXPECTED_UNRESOLVED[cell]?.pieces ?? []);
    });

    it('reports each match with the text that named it', () => {
      for (const match of result.matches) {
        expect(cell).toContain(match.text);
        expect(match.id).toBe(match.code);
      }
    });
  });

  it('resolves every seed cell exactly, except the "Ni vụ" typo, which is fuzzy', () => {
    for (const { cell } of SEED_CELLS) {
      for (const match of index.resolve(cell).matches) {
        if (match.text === 'Ni vụ') {
          expect(match.code).toBe('QNA-SNV');
          expect(match.confidence).toBeGreaterThanOrEqual(0.7);
          expect(match.confidence).toBeLessThan(0.9);
        } else {
          expect(match.confidence).toBe(1);
        }
      }
    }
  });

  it('returns groups as GROUP matches and bodies as AGENCY matches', () => {
    const { matches } = index.resolve('Sở Nội vụ và các Sở, ban, ngành liên quan');
    expect(matches.map((m) => [m.kind, m.code])).toEqual([
      ['AGENCY', 'QNA-SNV'],
      ['GROUP', SO_BAN_NGANH],
    ]);
  });

  it('gives the same answer for decomposed (NFD) Unicode, as pasted from some word processors', () => {
    for (const { cell } of SEED_CELLS) {
      expect(index.resolve(cell.normalize('NFD')).matches.map((m) => m.code)).toEqual(
        index.resolve(cell).matches.map((m) => m.code),
      );
    }
  });

  it('resolves the blank cells (I 3.17 lead, I 3.24 coord) to nothing', () => {
    expect(index.resolve(' ')).toEqual({ matches: [], unresolved: [] });
    expect(index.resolve('\u00a0')).toEqual({ matches: [], unresolved: [] });
  });

  it('does not read products as agencies', () => {
    const products = [
      'Quyết định',
      'Kế hoạch',
      'Báo cáo',
      'Hướng dẫn',
      'Công văn',
      'Dữ liệu số hóa',
      'Quyết định của UBND tỉnh',
      'Kế hoạch của UBND tỉnh',
      'Quyết định Ủy ban nhân dân tỉnh',
      'Kế hoạch tổ chức hội nghị của Ủy ban nhân dân tỉnh',
      'Hệ thống cơ sở dữ liệu của Văn phòng Ủy ban nhân dân tỉnh',
      'Cổng Thông tin điện tử được nâng cấp',
      '- Báo cáo tự đánh giá của Ủy ban nhân dân tỉnh',
    ];
    for (const product of products) {
      expect(index.resolve(product).matches).toEqual([]);
    }
  });

  it('splits the I 3.11 product cell into a product and a group', () => {
    const result = index.resolve('Quyết định của UBND tỉnh; UBND cấp huyện');
    expect(result.matches.map((m) => m.code)).toEqual([UBND_HUYEN]);
    expect(result.unresolved).toEqual(['Quyết định của UBND tỉnh']);
  });
});
