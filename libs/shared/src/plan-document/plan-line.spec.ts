import { classifyLine, splitLines } from './plan-line';

function kindOf(raw: string) {
  const { line: _line, ...rest } = classifyLine(raw, 0);
  return rest;
}

describe('classifyLine', () => {
  it.each([
    [
      ' \t1.3: Hoàn thành 100% Kế hoạch',
      { kind: 'CODE', level: 1, number: 3, title: 'Hoàn thành 100% Kế hoạch' },
    ],
    ['\t2.15 Thực hiện chuyển đổi', { kind: 'CODE', level: 2, number: 15, title: 'Thực hiện chuyển đổi' }],
    ['\t3.41: “Triển khai', { kind: 'CODE', level: 3, number: 41, title: '“Triển khai' }],
    ['\t3.6:', { kind: 'CODE', level: 3, number: 6, title: '' }],
  ])('%j is a code line', (raw, expected) => {
    expect(kindOf(raw)).toMatchObject(expected);
  });

  it.each([
    ['\tIII', { kind: 'ROMAN', numeral: 'III', area: 'III' }],
    ['\tVIII', { kind: 'ROMAN', numeral: 'VIII', area: null }],
    ['\t27', { kind: 'NUMBER', value: 27 }],
    [' PHỤ LỤC I', { kind: 'APPENDIX', appendix: 1 }],
    ['PHỤ LỤC II', { kind: 'APPENDIX', appendix: 2 }],
    ['\tCải cách tài chính công', { kind: 'HEADING', area: 'V' }],
    ['\tXây dựng và phát triển Chính phủ điện tử, Chính phủ số', { kind: 'HEADING', area: 'VI' }],
  ])('%j is structure', (raw, expected) => {
    expect(kindOf(raw)).toMatchObject(expected);
  });

  it.each([
    ['\t\u00a0', 'EMPTY_CELL', true],
    ['\t', 'EMPTY_CELL', true],
    ['', 'BREAK', false],
    ['\u00a0', 'BREAK', false],
    ['\tSở Nội vụ', 'TEXT', true],
    ['- Báo cáo tự đánh giá của Ủy ban nhân dân tỉnh', 'TEXT', false],
    [
      '2. Các đề án ban hành, triển khai thực hiện trong năm 2022 (Chi tiết tại Phụ lục II kèm theo)',
      'TEXT',
      false,
    ],
    ['\t2022', 'TEXT', true],
    ['\t2.500.000 đồng', 'TEXT', true],
  ])('%j is %s (indented: %s)', (raw, kind, indented) => {
    expect(kindOf(raw)).toMatchObject({ kind, indented });
  });

  it('numbers lines from 1 and trims no-break spaces', () => {
    expect(classifyLine('\t\u00a0Quý I\u00a0', 4)).toEqual({
      line: 5,
      text: 'Quý I',
      indented: true,
      kind: 'TEXT',
    });
  });
});

describe('splitLines', () => {
  it.each([
    ['', []],
    ['a', ['a']],
    ['a\n', ['a']],
    ['a\r\nb\r\n', ['a', 'b']],
    ['a\rb', ['a', 'b']],
    ['a\n\n', ['a', '']],
  ])('%j → %j', (content, lines) => {
    expect(splitLines(content)).toEqual(lines);
  });
});
