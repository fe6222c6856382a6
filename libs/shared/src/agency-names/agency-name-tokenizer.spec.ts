import { AgencyTextSegment, phraseWords, tokenizeAgencyText } from './agency-name-tokenizer';
import { distributedHeads } from './agency-name-vocabulary';

/** A compact view of a segment: words joined, conjunctions as "+", colons as ":". */
function shape(segment: AgencyTextSegment): string {
  return segment.tokens
    .map((t) => {
      if (t.kind === 'CONJ') return '+';
      if (t.kind === 'COLON') return ':';
      return t.words.length > 0 ? t.words.join('_') : '∅';
    })
    .join(' ');
}

function shapes(text: string): string[] {
  return tokenizeAgencyText(text).map(shape);
}

describe('tokenizeAgencyText', () => {
  it('folds case and diacritics, including đ', () => {
    expect(shapes('Sở GIÁO DỤC và Đào tạo')).toEqual(['so giao duc + dao tao']);
  });

  it('treats ",", "và", "&", "hoặc" and a spaced dash as possible separators', () => {
    expect(shapes('A, B và C & D hoặc E - F')).toEqual(['a + b + c + d + e + f']);
  });

  it('splits hard segments on ";", line breaks, brackets and "/"', () => {
    expect(shapes('Sở Nội vụ; Sở Tư pháp\nSở Y tế (SYT) / Sở Xây dựng')).toEqual([
      'so noi vu',
      'so tu phap',
      'so y te',
      'syt',
      'so xay dung',
    ]);
  });

  it('keeps the colon of a distributed prefix', () => {
    expect(shapes('Sở: TNMT, Xây dựng')).toEqual(['so : tai_nguyen_moi_truong + xay dung']);
  });

  it('ignores periods and stray symbols', () => {
    expect(shapes('Ủy ban nhân dân cấp huyện.')).toEqual(['uy ban nhan dan cap huyen']);
    expect(shapes('TP. Tam Kỳ')).toEqual(['thanh_pho tam ky']);
    expect(shapes('“Sở Nội vụ”…')).toEqual(['so noi vu']);
  });

  it('expands known abbreviations, with or without joiners', () => {
    expect(phraseWords('Sở TN&MT')).toEqual(['so', 'tai', 'nguyen', 'moi', 'truong']);
    expect(phraseWords('Sở TNMT')).toEqual(phraseWords('Sở TN&MT'));
    expect(phraseWords('Sở KH&ĐT')).toEqual(phraseWords('Sở Kế hoạch và Đầu tư'));
    expect(phraseWords('KHĐT')).toEqual(phraseWords('Kế hoạch và Đầu tư'));
    expect(phraseWords('LĐ-TB&XH')).toEqual(phraseWords('Lao động - Thương binh và Xã hội'));
    expect(phraseWords('Sở TT&TT')).toEqual(phraseWords('Sở Thông tin và Truyền thông'));
    expect(phraseWords('TTTT')).toEqual(phraseWords('Thông tin và Truyền thông'));
    expect(phraseWords('GTVT')).toEqual(phraseWords('Giao thông vận tải'));
    expect(phraseWords('NN&PTNT')).toEqual(phraseWords('Nông nghiệp và Phát triển nông thôn'));
    expect(phraseWords('VHTTDL')).toEqual(phraseWords('Văn hóa, Thể thao và Du lịch'));
    expect(phraseWords('Sở Văn hóa TT&DL')).toEqual(phraseWords('Sở Văn hóa, Thể thao và Du lịch'));
    expect(phraseWords('GD&ĐT')).toEqual(phraseWords('Giáo dục và Đào tạo'));
    expect(phraseWords('KH&CN')).toEqual(phraseWords('Khoa học và Công nghệ'));
    expect(phraseWords('VP UBND tỉnh')).toEqual(phraseWords('Văn phòng Ủy ban nhân dân tỉnh'));
    expect(phraseWords('Đài PT-TH tỉnh')).toEqual(phraseWords('Đài Phát thanh và Truyền hình tỉnh'));
  });

  it('glues an abbreviation written with spaces around its joiner', () => {
    expect(phraseWords('Sở TN & MT')).toEqual(phraseWords('Sở Tài nguyên và Môi trường'));
    expect(shapes('Sở Nội vụ & Sở Tư pháp')).toEqual(['so noi vu + so tu phap']);
  });

  it('splits words that lost the spaces around a dash, unless they form an abbreviation', () => {
    expect(shapes('Lao động-Thương binh và Xã hội')).toEqual(['lao dong + thuong binh + xa hoi']);
    expect(shapes('PT-TH')).toEqual(['phat_thanh_truyen_hinh']);
    expect(shapes('AB-CD')).toEqual(['abcd']);
  });

  it('drops "các" from keys but keeps its offsets', () => {
    const [segment] = tokenizeAgencyText('các Sở');
    expect(shape(segment)).toBe('∅ so');
    expect(segment.tokens[0]).toMatchObject({ start: 0, end: 3 });
  });

  it('records offsets into the original text', () => {
    const text = '  Sở Nội vụ,  Sở Y tế';
    const [segment] = tokenizeAgencyText(text);
    const words = segment.tokens.filter((t) => t.kind === 'WORD');
    expect(text.slice(words[0].start, words[2].end)).toBe('Sở Nội vụ');
    expect(text.slice(words[3].start, words[5].end)).toBe('Sở Y tế');
  });

  it('handles decomposed Unicode and the alternative placement of the tone mark (Uỷ / Ủy)', () => {
    expect(phraseWords('Sở Nội vụ'.normalize('NFD'))).toEqual(['so', 'noi', 'vu']);
    expect(phraseWords('Uỷ ban nhân dân')).toEqual(phraseWords('Ủy ban nhân dân'));
  });

  it('drops apostrophes inside place names', () => {
    expect(phraseWords("Xã Ka'Dăng")).toEqual(['xa', 'kadang']);
  });

  it('returns no segment for blank or punctuation-only text', () => {
    expect(tokenizeAgencyText('')).toEqual([]);
    expect(tokenizeAgencyText(' \t ')).toEqual([]);
    expect(tokenizeAgencyText(';;')).toEqual([]);
  });
});

describe('distributedHeads', () => {
  it('distributes "Sở" and "Ban"', () => {
    expect(distributedHeads(phraseWords('Sở'))).toEqual([['so']]);
    expect(distributedHeads(phraseWords('Các Sở, Ban, ngành'))).toEqual([['so'], ['ban']]);
  });

  it('distributes a People’s Committee prefix over each unit level it lists', () => {
    expect(
      distributedHeads(phraseWords('Ủy ban nhân dân các huyện, thị xã, thành phố')).map((h) => h.join(' ')),
    ).toEqual([
      'uy ban nhan dan huyen',
      'uy ban nhan dan thi xa',
      'uy ban nhan dan thanh pho',
      'uy ban nhan dan',
    ]);
  });

  it('finds no head in a label', () => {
    expect(distributedHeads(phraseWords('Cơ quan chủ trì'))).toEqual([]);
  });
});
