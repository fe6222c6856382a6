import { parseDecimal, recognizeTargetPhrases, type TargetPhrase } from './target-phrase.recognizer';

function only(text: string): TargetPhrase {
  const phrases = recognizeTargetPhrases(text);
  expect(phrases).toHaveLength(1);
  return phrases[0];
}

function covered(text: string): string {
  const { start, end } = only(text);
  return text.slice(start, end);
}

describe('recognizeTargetPhrases: percentages', () => {
  it.each([
    ['đạt 85% trở lên', 85, 'AT_LEAST', false],
    ['đạt từ 50% trở lên', 50, 'AT_LEAST', false],
    ['Phấn đấu tối thiểu 90% cán bộ', 90, 'AT_LEAST', false],
    ['ít nhất 60% hồ sơ', 60, 'AT_LEAST', false],
    ['không dưới 70% xã', 70, 'AT_LEAST', false],
    ['trên 50% hồ sơ', 50, 'AT_LEAST', true],
    ['100% văn bản', 100, 'AT_LEAST', false],
    ['tối đa 5% hồ sơ trễ hạn', 5, 'AT_MOST', false],
    ['không quá 3% hồ sơ', 3, 'AT_MOST', false],
    ['dưới 10% hồ sơ', 10, 'AT_MOST', true],
    ['giảm xuống còn 20% hồ sơ giấy', 20, 'AT_MOST', false],
    ['hồ sơ quá hạn 2% trở xuống', 2, 'AT_MOST', false],
  ] as const)('"%s" → %d %s (strict %s)', (text, value, direction, strict) => {
    expect(only(text)).toMatchObject({ unit: 'PERCENT', value, direction, strict });
  });

  it('reads decimal commas and points, with or without a space before %', () => {
    expect(only('đạt 80,5%').value).toBe(80.5);
    expect(only('đạt 80.5 %').value).toBe(80.5);
    expect(parseDecimal('80,5')).toBe(80.5);
    expect(parseDecimal('7')).toBe(7);
  });

  it('covers the qualifier and the closing words, not the subject', () => {
    expect(covered('Mức độ hài lòng đạt 85% trở lên')).toBe('đạt 85% trở lên');
    expect(covered('Phấn đấu tối thiểu 90% cán bộ')).toBe('tối thiểu 90%');
    expect(covered('tỷ lệ hồ sơ đạt từ 50% trở lên')).toBe('đạt từ 50% trở lên');
  });

  it('tells whether the subject comes before or after the phrase', () => {
    expect(only('Mức độ hài lòng đạt 85% trở lên').subjectFirst).toBe(true);
    expect(only('tỷ lệ số hóa hồ sơ 60%').subjectFirst).toBe(true);
    expect(only('90% cán bộ, công chức').subjectFirst).toBe(false);
    expect(only('Hoàn thành 100% nhiệm vụ').subjectFirst).toBe(false);
  });

  it('reads decomposed (NFD) text and capitals like composed text', () => {
    expect(only('ĐẠT 85% TRỞ LÊN'.normalize('NFD'))).toMatchObject({ value: 85, direction: 'AT_LEAST' });
  });

  it('ignores numbers that are not percentages', () => {
    expect(recognizeTargetPhrases('dịch vụ công trực tuyến mức độ 3, mức độ 4')).toEqual([]);
    expect(recognizeTargetPhrases('Nghị quyết số 76/NQ-CP ngày 15/7/2021')).toEqual([]);
  });

  it('finds several targets in order, with offsets into the text given', () => {
    const text = '80% hồ sơ tại tỉnh, 70% hồ sơ tại cấp huyện và 40% hồ sơ tại cấp xã';
    const phrases = recognizeTargetPhrases(text);
    expect(phrases.map((p) => p.value)).toEqual([80, 70, 40]);
    expect(phrases.map((p) => text.slice(p.start, p.end))).toEqual(['80%', '70%', '40%']);
  });
});

describe('recognizeTargetPhrases: ranks', () => {
  it('"nhóm 25 tỉnh, thành phố đứng đầu" is a rank of at most 25', () => {
    const text = 'Chỉ số cải cách hành chính thuộc nhóm 25 tỉnh, thành phố đứng đầu cả nước';
    expect(only(text)).toMatchObject({ unit: 'RANK', value: 25, direction: 'AT_MOST', subjectFirst: true });
    expect(covered(text)).toBe('thuộc nhóm 25 tỉnh, thành phố đứng đầu cả nước');
  });

  it.each([
    ['PCI trong nhóm 10 tỉnh, thành phố đứng đầu', 10],
    ['Quảng Nam thuộc nhóm 20 tỉnh, thành phố dẫn đầu về chính quyền số', 20],
    ['Chỉ số PAPI vào top 10', 10],
    ['Chỉ số PCI nằm trong Top 15 cả nước', 15],
    ['Chỉ số SIPAS thuộc nhóm 30 địa phương dẫn đầu', 30],
    ['Chỉ số PAR Index xếp thứ 12', 12],
    ['Chỉ số PAR Index xếp hạng thứ 8', 8],
  ] as const)('"%s" → rank %d', (text, value) => {
    expect(only(text)).toMatchObject({ unit: 'RANK', value, direction: 'AT_MOST' });
  });

  it('"nhóm N" that groups things other than provinces is not a rank', () => {
    expect(recognizeTargetPhrases('rà soát nhóm 3 thủ tục hành chính')).toEqual([]);
  });

  it('a rank phrase that opens the text has its subject after it', () => {
    expect(only('Top 10 tỉnh về chỉ số PCI').subjectFirst).toBe(false);
  });
});
