import ExcelJS from 'exceljs';
import { cellText, readCell } from './xlsx-cells';

const sheet = () => new ExcelJS.Workbook().addWorksheet('s');

function cellWith(value: ExcelJS.CellValue): ExcelJS.Cell {
  const cell = sheet().getCell('A1');
  cell.value = value;
  return cell;
}

describe('cellText', () => {
  it.each<[string, ExcelJS.CellValue, string | null]>([
    ['an empty cell', null, null],
    ['blank text', '  \r\n ', null],
    ['text, Windows line breaks and ends trimmed', ' a\r\nb ', 'a\nb'],
    ['a number', 12.5, '12.5'],
    ['a boolean as Excel shows it', true, 'TRUE'],
    ['a date as Vietnamese documents write it', new Date(Date.UTC(2022, 5, 30)), '30/6/2022'],
    ['rich text', { richText: [{ text: 'a ' }, { text: 'b', font: { bold: true } }] }, 'a b'],
    ['a formula result', { formula: 'B1*2', result: 4 }, '4'],
    ['a hyperlink', { text: 'x', hyperlink: 'http://x' }, 'x'],
    ['an error as its code', { error: '#N/A' }, '#N/A'],
  ])('reads %s', (_, value, text) => {
    expect(cellText(cellWith(value))).toBe(text);
  });

  it('reads a formula whose result is 0, as a workbook from Excel holds it', () => {
    const cell = sheet().getCell('A1');
    cell.model = { ...cell.model, type: ExcelJS.ValueType.Formula, formula: 'B1-B1', result: 0 };
    expect(readCell(cell)).toEqual({ text: '0', numeric: true });
  });

  it('reads a merged cell as its top-left cell', () => {
    const s = sheet();
    s.getCell('A1').value = 'title';
    s.mergeCells('A1:B1');
    expect(cellText(s.getCell('B1'))).toBe('title');
  });

  it('tells a stored number from text that looks like one', () => {
    expect([readCell(cellWith(12)), readCell(cellWith('12'))]).toEqual([
      { text: '12', numeric: true },
      { text: '12', numeric: false },
    ]);
  });
});
