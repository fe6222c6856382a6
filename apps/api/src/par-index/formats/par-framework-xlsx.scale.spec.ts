import { PAR_XLSX_MESSAGES } from './par-framework-xlsx.messages';
import { formatScale, parsePointsText, parseScale } from './par-framework-xlsx.scale';

describe('scale text and messages', () => {
  it('reads "label: points" lines, the last colon splitting, and writes them back with a comma', () => {
    const options = [
      { label: 'Tỷ lệ: từ 80%', points: 0.75 },
      { label: 'Dưới 80%', points: 0 },
    ];
    expect(formatScale(options)).toBe('Tỷ lệ: từ 80%: 0,75\nDưới 80%: 0');
    expect(parseScale('Tỷ lệ: từ 80%: 0.75\n  \nDưới 80%: 0 điểm')).toEqual({ kind: 'options', options });
    expect(parseScale('Đạt: 1\nKhông đạt\n: 0\nSai: -1')).toEqual({
      kind: 'problems',
      problems: [
        { position: 2, text: 'Không đạt' },
        { position: 3, text: ': 0' },
        { position: 4, text: 'Sai: -1' },
      ],
    });
    expect([parsePointsText(' 1,5 '), parsePointsText('.5'), parsePointsText('1.000,5')]).toEqual([
      1.5,
      0.5,
      null,
    ]);
  });

  it('has every message in Vietnamese and English with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, { vi, en }] of Object.entries(PAR_XLSX_MESSAGES)) {
      expect([key, placeholders(vi)]).toEqual([key, placeholders(en)]);
    }
  });
});
