import { describe, expect, it } from 'vitest';
import { hasFormatting, parseInline, parseNarrative } from './report-format.util';

describe('parseInline', () => {
  it('makes **text** bold and keeps the text around it regular', () => {
    expect(parseInline('Đã ban hành **12 văn bản** trong quý')).toEqual([
      { text: 'Đã ban hành ', bold: false },
      { text: '12 văn bản', bold: true },
      { text: ' trong quý', bold: false },
    ]);
  });

  it('handles several bold parts and bold at the edges', () => {
    expect(parseInline('**A** và **B**')).toEqual([
      { text: 'A', bold: true },
      { text: ' và ', bold: false },
      { text: 'B', bold: true },
    ]);
  });

  it('leaves an unpaired ** as typed, like the Word export', () => {
    expect(parseInline('Tỷ lệ **95% chưa đóng')).toEqual([{ text: 'Tỷ lệ **95% chưa đóng', bold: false }]);
    expect(parseInline('****')).toEqual([{ text: '****', bold: false }]);
  });
});

describe('parseNarrative', () => {
  it('returns no block for empty text', () => {
    expect(parseNarrative('')).toEqual([]);
    expect(parseNarrative(null)).toEqual([]);
    expect(parseNarrative('  \n \n')).toEqual([]);
  });

  it('makes one paragraph per non-empty line and groups consecutive "- " lines into one list', () => {
    const blocks = parseNarrative(
      'Sở đã triển khai:\r\n- Ban hành kế hoạch\n-   Tổ chức **tập huấn**\n\nKết quả tốt.\n- Một ý khác',
    );
    expect(blocks).toEqual([
      { kind: 'paragraph', segments: [{ text: 'Sở đã triển khai:', bold: false }] },
      {
        kind: 'bullets',
        items: [
          [{ text: 'Ban hành kế hoạch', bold: false }],
          [
            { text: 'Tổ chức ', bold: false },
            { text: 'tập huấn', bold: true },
          ],
        ],
      },
      { kind: 'paragraph', segments: [{ text: 'Kết quả tốt.', bold: false }] },
      { kind: 'bullets', items: [[{ text: 'Một ý khác', bold: false }]] },
    ]);
  });

  it('needs the space after the dash: "-5%" and "--" are text, not bullets', () => {
    expect(parseNarrative('-5% so với cùng kỳ\n--')).toEqual([
      { kind: 'paragraph', segments: [{ text: '-5% so với cùng kỳ', bold: false }] },
      { kind: 'paragraph', segments: [{ text: '--', bold: false }] },
    ]);
  });

  it('tells whether the text uses any formatting', () => {
    expect(hasFormatting('Chỉ là văn bản thường')).toBe(false);
    expect(hasFormatting('- một ý')).toBe(true);
    expect(hasFormatting('có **đậm**')).toBe(true);
    expect(hasFormatting(undefined)).toBe(false);
  });
});
