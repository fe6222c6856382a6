import { FuzzyMatcher } from './agency-name-fuzzy';
import { AgencyNameIndex } from './agency-name-resolver';
import { loadCandidates } from './quang-nam-catalogue.test-helper';

const { agencies, groups } = loadCandidates();
const index = new AgencyNameIndex(agencies, groups);

function codes(text: string): string[] {
  return index.resolve(text).matches.map((m) => m.code);
}

describe('AgencyNameIndex.resolve', () => {
  describe('exact names', () => {
    it.each([
      ['Sở Nội vụ', 'QNA-SNV'],
      ['SNV', 'QNA-SNV'],
      ['Ủy ban nhân dân tỉnh Quảng Nam', 'QNA'],
      ['UBND tỉnh', 'QNA'],
      ['Ủy ban nhân dân thành phố Tam Kỳ', 'QNA-TAMKY'],
      ['UBND TP Tam Kỳ', 'QNA-TAMKY'],
      ['UBND phường An Sơn', 'QNA-TAMKY-ANSON'],
      ['Viễn thông Quảng Nam', 'QNA-VNPT'],
    ])('%s → %s with confidence 1', (text, code) => {
      expect(index.resolve(text)).toEqual({
        matches: [{ text, kind: 'AGENCY', id: code, code, confidence: 1 }],
        unresolved: [],
      });
    });

    it.each([
      'so noi vu',
      'SO NOI VU',
      'SỞ NỘI VỤ',
      '  Sở   Nội  vụ  ',
      'Sở Nội vụ.',
      'Sở Nội vụ;',
      '- Sở Nội vụ,',
      'Sở Nội vụ tỉnh Quảng Nam',
    ])('ignores case, diacritics, spacing and punctuation: %j', (text) => {
      const { matches, unresolved } = index.resolve(text);
      expect(matches.map((m) => [m.code, m.confidence])).toEqual([['QNA-SNV', 1]]);
      expect(unresolved).toEqual([]);
    });

    it('reports the matched piece as written, trimmed and with runs of spaces collapsed', () => {
      expect(index.resolve('  Sở   Nội vụ ;').matches[0].text).toBe('Sở Nội vụ');
    });
  });

  describe('abbreviations', () => {
    it.each([
      ['TNMT', 'QNA-STNMT'],
      ['Sở TN&MT', 'QNA-STNMT'],
      ['Sở TN - MT', 'QNA-STNMT'],
      ['KHĐT', 'QNA-SKHDT'],
      ['Sở KH&ĐT', 'QNA-SKHDT'],
      ['LĐTBXH', 'QNA-SLDTBXH'],
      ['Sở LĐ-TB&XH', 'QNA-SLDTBXH'],
      ['Sở TT&TT', 'QNA-STTTT'],
      ['TTTT', 'QNA-STTTT'],
      ['Sở GTVT', 'QNA-SGTVT'],
      ['Sở NN&PTNT', 'QNA-SNNPTNT'],
      ['VHTTDL', 'QNA-SVHTTDL'],
      ['Sở VH,TT&DL', 'QNA-SVHTTDL'],
      ['Sở GD&ĐT', 'QNA-SGDDT'],
      ['Sở KH&CN', 'QNA-SKHCN'],
      ['UBND tỉnh', 'QNA'],
      ['VP UBND tỉnh', 'QNA-VP'],
      ['Đài PT-TH tỉnh', 'QNA-DAIPTTH'],
      ['Cổng TTĐT tỉnh', 'QNA-CONGTTDT'],
      ['BQL các KKT và KCN', 'QNA-BQLKKT'],
    ])('%s → %s', (text, code) => {
      expect(index.resolve(text)).toMatchObject({ matches: [{ code, confidence: 1 }], unresolved: [] });
    });
  });

  describe('names containing separators', () => {
    it.each([
      ['Sở Tài nguyên và Môi trường', 'QNA-STNMT'],
      ['Sở Kế hoạch và Đầu tư', 'QNA-SKHDT'],
      ['Sở Văn hóa, Thể thao và Du lịch', 'QNA-SVHTTDL'],
      ['Sở Lao động - Thương binh và Xã hội', 'QNA-SLDTBXH'],
      ['Sở Lao động, Thương binh và Xã hội', 'QNA-SLDTBXH'],
      ['Sở Lao động-Thương binh và Xã hội', 'QNA-SLDTBXH'],
      ['Sở Thông tin - Truyền thông', 'QNA-STTTT'],
      ['Ban Quản lý các Khu kinh tế và Khu công nghiệp', 'QNA-BQLKKT'],
      ['Đài Phát thanh và Truyền hình tỉnh', 'QNA-DAIPTTH'],
    ])('keeps %s whole', (text, code) => {
      expect(codes(text)).toEqual([code]);
    });
  });

  describe('lists', () => {
    it('splits on ",", ";", "và" and "&" between bodies, keeping the order', () => {
      expect(codes('Sở Y tế, Sở Tư pháp; Sở Nội vụ và Sở Tài chính & Sở Xây dựng')).toEqual([
        'QNA-SYT',
        'QNA-STP',
        'QNA-SNV',
        'QNA-STC',
        'QNA-SXD',
      ]);
    });

    it('tells a "và" between two names from one inside a name', () => {
      expect(codes('Sở Kế hoạch và Đầu tư và Sở Tài nguyên và Môi trường')).toEqual([
        'QNA-SKHDT',
        'QNA-STNMT',
      ]);
      expect(codes('Sở Tài nguyên và Môi trường và các địa phương')).toEqual([
        'QNA-STNMT',
        'QNA-GRP-UBND-HUYEN',
      ]);
    });

    it('distributes a "Sở:" prefix over the items', () => {
      expect(codes('Sở: TNMT, Xây dựng, KHĐT, Y tế, LĐTBXH, Nội vụ')).toEqual([
        'QNA-STNMT',
        'QNA-SXD',
        'QNA-SKHDT',
        'QNA-SYT',
        'QNA-SLDTBXH',
        'QNA-SNV',
      ]);
    });

    it('reads the items after a shared head written once', () => {
      const { matches } = index.resolve('Sở Tài chính, Kế hoạch và Đầu tư');
      expect(matches.map((m) => [m.code, m.text])).toEqual([
        ['QNA-STC', 'Sở Tài chính'],
        ['QNA-SKHDT', 'Kế hoạch và Đầu tư'],
      ]);
      expect(codes('UBND huyện Núi Thành, Thăng Bình')).toEqual(['QNA-NUITHANH', 'QNA-THANGBINH']);
    });

    it('distributes a People’s Committee prefix over place names', () => {
      expect(codes('UBND các huyện, thị xã, thành phố: Tây Giang, Điện Bàn, Hội An')).toEqual([
        'QNA-TAYGIANG',
        'QNA-DIENBAN',
        'QNA-HOIAN',
      ]);
    });

    it('treats a colon after an agency name, or after a label, as a plain separator', () => {
      expect(index.resolve('Sở Nội vụ: Phòng Cải cách hành chính')).toMatchObject({
        matches: [{ code: 'QNA-SNV' }],
        unresolved: ['Phòng Cải cách hành chính'],
      });
      expect(index.resolve('Cơ quan chủ trì: Sở Nội vụ')).toMatchObject({
        matches: [{ code: 'QNA-SNV' }],
        unresolved: ['Cơ quan chủ trì'],
      });
    });

    it('splits names written one after the other without a separator, with lower confidence', () => {
      expect(index.resolve('Sở Nội vụ Sở Tư pháp').matches.map((m) => [m.code, m.confidence])).toEqual([
        ['QNA-SNV', 0.9],
        ['QNA-STP', 0.9],
      ]);
    });

    it('lists each body once, at its first mention, with its best confidence', () => {
      const { matches } = index.resolve('Ni vụ, Sở Tư pháp, SNV, Sở Nội vụ');
      expect(matches.map((m) => [m.code, m.text, m.confidence])).toEqual([
        ['QNA-SNV', 'Ni vụ', 1],
        ['QNA-STP', 'Sở Tư pháp', 1],
      ]);
    });
  });

  describe('groups', () => {
    it.each([
      ['Các Sở, ban, ngành', 'QNA-GRP-SO-BAN-NGANH'],
      ['Sở, ban ngành liên quan', 'QNA-GRP-SO-BAN-NGANH'],
      ['các Sở, ban, ngành có liên quan', 'QNA-GRP-SO-BAN-NGANH'],
      ['Ủy ban nhân dân cấp huyện', 'QNA-GRP-UBND-HUYEN'],
      ['UBND các huyện, thị xã, TP', 'QNA-GRP-UBND-HUYEN'],
      ['UBND cấp xã', 'QNA-GRP-UBND-XA'],
      ['Các cơ quan ngành dọc cấp tỉnh', 'QNA-GRP-NGANH-DOC'],
      ['các cơ quan, đơn vị', 'QNA-GRP-CO-QUAN-DON-VI'],
    ])('%s → group %s', (text, code) => {
      expect(index.resolve(text)).toMatchObject({
        matches: [{ kind: 'GROUP', code, id: code }],
        unresolved: [],
      });
    });

    it('reads a list of group wordings as groups, not as fragments', () => {
      expect(index.resolve('Các Sở, ban, ngành, UBND các huyện, thị xã, thành phố')).toMatchObject({
        matches: [{ code: 'QNA-GRP-SO-BAN-NGANH' }, { code: 'QNA-GRP-UBND-HUYEN' }],
        unresolved: [],
      });
    });

    it('absorbs a qualifier such as "được chọn thí điểm" into the match', () => {
      expect(index.resolve('UBND huyện, thị xã, thành phố được chọn thí điểm').matches).toEqual([
        {
          text: 'UBND huyện, thị xã, thành phố được chọn thí điểm',
          kind: 'GROUP',
          id: 'QNA-GRP-UBND-HUYEN',
          code: 'QNA-GRP-UBND-HUYEN',
          confidence: 1,
        },
      ]);
    });
  });

  describe('typos and truncations', () => {
    it('matches "Ni vụ" to Sở Nội vụ with lower confidence', () => {
      const [match] = index.resolve('Ni vụ').matches;
      expect(match.code).toBe('QNA-SNV');
      expect(match.confidence).toBeLessThan(0.9);
      expect(match.confidence).toBeGreaterThan(0.6);
    });

    it('matches a typo in a long name even when its first half is a known prefix', () => {
      expect(index.resolve('Sở Tài nguyên và Môi trườg')).toMatchObject({
        matches: [{ code: 'QNA-STNMT' }],
        unresolved: [],
      });
      expect(index.resolve('Sở Giáo duc va Đao tao').matches[0].confidence).toBe(1);
    });

    it('matches a uniquely truncated name with lower confidence', () => {
      expect(index.resolve('Sở Lao động').matches.map((m) => [m.code, m.confidence])).toEqual([
        ['QNA-SLDTBXH', 0.85],
      ]);
      expect(codes('Ban Quản lý các Khu kinh tế')).toEqual(['QNA-BQLKKT']);
    });

    it.each([
      ['Sở Tài', 'prefix of two departments'],
      ['Sở Ngoi vụ', 'as close to Nội vụ as to Ngoại vụ'],
      ['Bộ Nội vụ', 'the ministry, not the department'],
      ['STT', 'too short to guess'],
      ['Phòng Nội vụ huyện Núi Thành', 'a district office, not in the catalogue'],
      ['Ủy ban nhân dân', 'which one?'],
    ])('leaves %s unresolved (%s)', (text) => {
      expect(index.resolve(text)).toEqual({ matches: [], unresolved: [text] });
    });
  });

  describe('pieces that are not agencies', () => {
    it('does not find "UBND tỉnh" inside "Quyết định của UBND tỉnh"', () => {
      expect(index.resolve('Quyết định của UBND tỉnh')).toEqual({
        matches: [],
        unresolved: ['Quyết định của UBND tỉnh'],
      });
    });

    it('reports unknown pieces as written, between the matches', () => {
      expect(index.resolve('Sở Nội vụ, Hội Nông dân tỉnh và Sở Y tế')).toMatchObject({
        matches: [{ code: 'QNA-SNV' }, { code: 'QNA-SYT' }],
        unresolved: ['Hội Nông dân tỉnh'],
      });
    });

    it('keeps an unknown name with an inner "và" in one piece', () => {
      expect(index.resolve('Trung tâm Văn hóa và Thể thao huyện').unresolved).toEqual([
        'Trung tâm Văn hóa và Thể thao huyện',
      ]);
    });
  });

  it('uses edit distance only for pieces that exact and prefix lookups could not place', () => {
    const find = jest.spyOn(FuzzyMatcher.prototype, 'find');
    try {
      index.resolve(
        'Các Sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố; Sở: TNMT, Xây dựng, KHĐT',
      );
      expect(find).not.toHaveBeenCalled();
      index.resolve('Sở: Y tế, Ni vụ');
      expect(find).toHaveBeenCalled();
    } finally {
      find.mockRestore();
    }
  });

  it('resolves a cell in well under a millisecond on average', () => {
    const cell =
      'Sở: Thông tin và Truyền thông, Nội vụ, Báo Quảng Nam, Đài Phát thanh và Truyền hình tỉnh và Cổng Thông tin điện tử tỉnh,';
    const started = performance.now();
    for (let i = 0; i < 2000; i++) index.resolve(cell);
    expect((performance.now() - started) / 2000).toBeLessThan(1);
  });
});
