import {
  isReformAreaCode,
  REFORM_AREAS,
  reformAreaByCode,
  reformAreaCodeOf,
  reformAreaCodeOfNumeral,
} from './reform-areas';

describe('REFORM_AREAS', () => {
  it('lists the seven areas of the plan, I to VII, in order', () => {
    expect(REFORM_AREAS.map((a) => [a.code, a.order])).toEqual([
      ['I', 1],
      ['II', 2],
      ['III', 3],
      ['IV', 4],
      ['V', 5],
      ['VI', 6],
      ['VII', 7],
    ]);
  });

  it('names each area as Part II of the seed does, and each name maps back to its code', () => {
    expect(REFORM_AREAS.map((a) => a.nameVi)).toEqual([
      'Cải cách thể chế',
      'Cải cách thủ tục hành chính',
      'Cải cách tổ chức bộ máy hành chính nhà nước',
      'Cải cách chế độ công vụ',
      'Cải cách tài chính công',
      'Xây dựng và phát triển chính quyền điện tử, chính quyền số',
      'Công tác chỉ đạo, điều hành cải cách hành chính',
    ]);
    for (const area of REFORM_AREAS) expect(reformAreaCodeOf(area.nameVi)).toBe(area.code);
  });

  it('has an English name for every area', () => {
    for (const area of REFORM_AREAS) expect(area.nameEn).toMatch(/^[A-Z][a-z -]+$/);
  });

  it('looks areas up by code', () => {
    expect(reformAreaByCode('IV').nameVi).toBe('Cải cách chế độ công vụ');
    expect(isReformAreaCode('VII')).toBe(true);
    expect(isReformAreaCode('VIII')).toBe(false);
  });
});

describe('reformAreaCodeOf', () => {
  it.each([
    // Part II headings of the seed, with their numbers.
    ['1. Cải cách thể chế', 'I'],
    ['2. Cải cách thủ tục hành chính', 'II'],
    ['3. Cải cách tổ chức bộ máy hành chính nhà nước', 'III'],
    ['4. Cải cách chế độ công vụ', 'IV'],
    ['5. Cải cách tài chính công', 'V'],
    ['6. Xây dựng và phát triển chính quyền điện tử, chính quyền số', 'VI'],
    ['7. Công tác chỉ đạo, điều hành cải cách hành chính', 'VII'],
    // Appendix I headings of the seed, as repeated in the flattened table.
    ['Cải cách thủ tục hành chính', 'II'],
    ['Cải cách tổ chức bộ máy hành chính nhà nước', 'III'],
    ['Cải cách chế độ công vụ', 'IV'],
    ['Cải cách tài chính công', 'V'],
    ['Xây dựng và phát triển Chính phủ điện tử, Chính phủ số', 'VI'],
    ['Công tác chỉ đạo điều hành', 'VII'],
    // Other spellings an operator may type or another year's plan may use.
    ['Cải cách thể chế', 'I'],
    ['CẢI CÁCH THỂ CHẾ', 'I'],
    ['cai cach the che', 'I'],
    ['III. Cải cách tổ chức bộ máy', 'III'],
    ['Xây dựng và phát triển Chính quyền điện tử, chính quyền số', 'VI'],
    ['Xây dựng chính quyền điện tử', 'VI'],
    ['Hiện đại hóa hành chính', 'VI'],
    ['Công tác chỉ đạo, điều hành…', 'VII'],
    ['  Công tác chỉ đạo,   điều hành cải cách hành chính.  ', 'VII'],
  ])('%j → %s', (heading, code) => {
    expect(reformAreaCodeOf(heading)).toBe(code);
  });

  it('reads decomposed (NFD) Unicode the same way', () => {
    expect(reformAreaCodeOf('Cải cách tài chính công'.normalize('NFD'))).toBe('V');
  });

  it.each([
    '',
    'Cải cách',
    'Cải cách hành chính',
    'Kinh phí cải cách thủ tục hành chính',
    'Tuyên truyền cải cách thủ tục hành chính',
    'Sở Nội vụ',
    'Quý I',
    'III',
  ])('is null for %j, which names no area by itself', (text) => {
    expect(reformAreaCodeOf(text)).toBeNull();
  });
});

describe('reformAreaCodeOfNumeral', () => {
  it.each([
    ['I', 'I'],
    ['III', 'III'],
    [' VII. ', 'VII'],
    ['vi', 'VI'],
  ])('%j → %s', (numeral, code) => {
    expect(reformAreaCodeOfNumeral(numeral)).toBe(code);
  });

  it.each(['VIII', 'IIII', '3', '', 'Quý I'])('is null for %j', (text) => {
    expect(reformAreaCodeOfNumeral(text)).toBeNull();
  });
});
