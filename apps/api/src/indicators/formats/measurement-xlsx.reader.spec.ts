import ExcelJS from 'exceljs';
import { parseNumberText } from './measurement-xlsx.cells';
import { editWorkbook, INPUT, setCells } from './measurement-xlsx.fixture';
import { parseMeasurementXlsx } from './measurement-xlsx.reader';
import { buildMeasurementXlsx } from './measurement-xlsx.template';

/** The fixture template with every pre-filled figure cleared, so each test sees only what it types. */
let blank: Buffer;

beforeAll(async () => {
  blank = await buildMeasurementXlsx({ ...INPUT, existing: new Map() });
});

const typed = async (values: Readonly<Record<string, ExcelJS.CellValue>>) =>
  parseMeasurementXlsx(await editWorkbook(blank, setCells(values)));
const summary = (rows: ReadonlyArray<{ line: number; agencyCode: string; indicatorCode: string }>) =>
  rows.map((r) => `${r.line} ${r.agencyCode} ${r.indicatorCode}`);
const codes = (problems: ReadonlyArray<{ line: number; column: string | null; code: string }>) =>
  problems.map((p) => `${p.line} ${p.column ?? '-'} ${p.code}`);

describe('parseMeasurementXlsx: figures', () => {
  it('reads a RATIO indicator as numerator and denominator, others as one value', async () => {
    const parsed = await typed({ D5: 45, E5: 60, F5: 91.2, G5: 3, H5: 'Theo báo cáo quý' });
    expect(parsed.rows).toEqual([
      row(5, 'SNV', 'ONLINE-DOSSIERS', { numerator: 45, denominator: 60, note: 'Theo báo cáo quý' }),
      row(5, 'SNV', 'SATISFACTION', { value: 91.2, note: 'Theo báo cáo quý' }),
      row(5, 'SNV', 'INSPECTIONS', { value: 3, note: 'Theo báo cáo quý' }),
    ]);
    expect(parsed.problems).toEqual([]);
  });

  it('takes a comma as the decimal separator, as Vietnamese users type it', async () => {
    const parsed = await typed({ F5: '12,5', F6: '0,75' });
    expect(parsed.rows.map((r) => r.value)).toEqual([12.5, 0.75]);
  });

  it('reads numbers typed as text with spaces, a dot or a trailing %', async () => {
    const parsed = await typed({ D5: ' 1 234 ', E5: '2000\u00a0', F5: '87.5', F6: '90 %', G6: '+4' });
    expect(parsed.rows.map((r) => [r.numerator, r.denominator, r.value])).toEqual([
      [1234, 2000, null],
      [null, null, 87.5],
      [null, null, 90],
      [null, null, 4],
    ]);
    expect(parsed.problems).toEqual([]);
  });

  it('reads what Excel shows: % formatted cells, formula results, rich text and yes/no', async () => {
    const edited = await editWorkbook(blank, (sheet) => {
      sheet.getCell('F5').value = 0.125;
      formatCell(sheet.getCell('F5'), '0.0%');
      sheet.getCell('D5').value = { formula: '40+5', result: 45 };
      sheet.getCell('E5').value = { richText: [{ text: '6' }, { text: '0', font: { bold: true } }] };
      sheet.getCell('G5').value = true;
    });
    const parsed = await parseMeasurementXlsx(edited);
    expect(parsed.rows.map((r) => [r.numerator, r.denominator, r.value])).toEqual([
      [45, 60, null],
      [null, null, 12.5],
      [null, null, 1],
    ]);
  });

  it('skips blank cells and rows without a problem, and dashes count as blank', async () => {
    const parsed = await typed({ D5: 10, E5: null, F5: '  ', G5: '-', F8: '–', G8: 2 });
    expect(summary(parsed.rows)).toEqual(['5 SNV ONLINE-DOSSIERS', '8 01 INSPECTIONS']);
    expect(parsed.rows[0]).toMatchObject({ numerator: 10, denominator: null });
    expect(parsed.problems).toEqual([]);
  });

  it('gives the note of the row to every indicator of it, null when blank', async () => {
    const parsed = await typed({ F5: 1, G5: 2, F6: 3, H5: '  Số liệu\r\nước tính ' });
    expect(parsed.rows.map((r) => r.note)).toEqual(['Số liệu\nước tính', 'Số liệu\nước tính', null]);
  });

  it('returns submitted and approved figures too: the service tells changed ones from unchanged', async () => {
    const parsed = await parseMeasurementXlsx(await buildMeasurementXlsx(INPUT));
    expect(parsed.rows.filter((r) => r.line === 6)).toEqual([
      row(6, 'STP', 'ONLINE-DOSSIERS', { numerator: 30, denominator: 40 }),
      row(6, 'STP', 'INSPECTIONS', { value: 4 }),
    ]);
  });

  it('ignores the greyed cells of pairs that need no figure, even typed over', async () => {
    const parsed = await typed({ G7: 5, F7: 80 });
    expect(summary(parsed.rows)).toEqual(['7 UBND-HDA SATISFACTION']);
  });

  it('keeps agency codes as text, and leaves unknown agencies to the service', async () => {
    const parsed = await typed({ G8: 1, A8: '01', A6: 'SO-MOI', F6: 50 });
    expect(summary(parsed.rows)).toEqual(['6 SO-MOI SATISFACTION', '8 01 INSPECTIONS']);
  });

  it('does not check ranges: negative and over 100 come through for validateMeasurement', async () => {
    const parsed = await typed({ F5: 150, G5: -2 });
    expect(parsed.rows.map((r) => r.value)).toEqual([150, -2]);
    expect(parsed.problems).toEqual([]);
  });
});

describe('parseMeasurementXlsx: problems', () => {
  it('names the exact row and column of a non-number and leaves that figure out', async () => {
    const parsed = await typed({ D7: 12, E7: 'abc', F7: 70 });
    expect(parsed.problems).toEqual([
      {
        line: 7,
        column: 'E',
        code: 'NOT_A_NUMBER',
        message: 'Row 7, column E (Mẫu số of ONLINE-DOSSIERS): "abc" is not a number.',
      },
    ]);
    expect(summary(parsed.rows)).toEqual(['7 UBND-HDA SATISFACTION']);
  });

  it('refuses a thousands separator together with a decimal one, and dates Excel made of a number', async () => {
    const edited = await editWorkbook(blank, (sheet) => {
      setCells({ F5: '1.234,5', F6: new Date(Date.UTC(2022, 4, 1)), G6: { error: '#N/A' } })(sheet);
      formatCell(sheet.getCell('F6'), 'd/m/yyyy');
    });
    const parsed = await parseMeasurementXlsx(edited);
    expect(codes(parsed.problems)).toEqual(['5 F NOT_A_NUMBER', '6 F NOT_A_NUMBER', '6 G NOT_A_NUMBER']);
    expect(parsed.problems[1].message).toBe(
      'Row 6, column F (Giá trị of SATISFACTION): "1/5/2022" is not a number.',
    );
    expect(parsed.rows).toEqual([]);
  });

  it('reports a row with figures but no agency code, and skips it', async () => {
    const parsed = await typed({ A5: null, F5: 80, A9: null, G9: 3, B10: 'Cơ quan chưa có mã' });
    expect(codes(parsed.problems)).toEqual(['5 A MISSING_AGENCY_CODE', '9 A MISSING_AGENCY_CODE']);
    expect(parsed.problems[0].message).toBe(
      'Row 5: figures are entered but column A (Mã cơ quan) holds no agency code.',
    );
    expect(parsed.rows).toEqual([]);
  });

  it('reports an agency entered twice on the second row and keeps the first', async () => {
    const parsed = await typed({ F5: 80, A9: 'snv', F9: 90, G6: 1 });
    expect(codes(parsed.problems)).toEqual(['9 A DUPLICATE_AGENCY']);
    expect(parsed.problems[0].message).toContain('"snv" already has figures on row 5');
    expect(summary(parsed.rows)).toEqual(['5 SNV SATISFACTION', '6 STP INSPECTIONS']);
  });

  it('reports indicators the plan does not know and reads only the others', async () => {
    const parsed = await parseMeasurementXlsx(await editWorkbook(blank, setCells({ F5: 80, G5: 3 })), {
      indicatorCodes: ['ONLINE-DOSSIERS', 'SATISFACTION'],
    });
    expect(codes(parsed.problems)).toEqual(['3 G UNKNOWN_INDICATOR']);
    expect(parsed.indicatorCodes).toEqual(['ONLINE-DOSSIERS', 'SATISFACTION']);
    expect(summary(parsed.rows)).toEqual(['5 SNV SATISFACTION']);
  });

  it('refuses a sheet whose columns moved since the template was made, rather than misplace figures', async () => {
    const edited = await editWorkbook(blank, (sheet) => {
      sheet.getCell('F3').value = 'INSPECTIONS\nSố cuộc kiểm tra';
      sheet.getCell('G3').value = 'Ghi chú';
    });
    const parsed = await parseMeasurementXlsx(edited);
    expect(codes(parsed.problems)).toEqual(['3 F MISSING_COLUMNS', '3 G MISSING_COLUMNS']);
    expect(parsed.rows).toEqual([]);
    expect(parsed.period).toBe('2022-Q1');
  });

  it('accepts headers with extra spaces or another case', async () => {
    const edited = await editWorkbook(blank, (sheet) => {
      sheet.getCell('F3').value = '  satisfaction \n Mức độ hài lòng';
      sheet.getCell('F4').value = 'giá  trị';
      sheet.getCell('F5').value = 1;
    });
    const parsed = await parseMeasurementXlsx(edited);
    expect(parsed.problems).toEqual([]);
    expect(summary(parsed.rows)).toEqual(['5 SNV SATISFACTION']);
  });
});

describe('parseMeasurementXlsx: files that are not the template', () => {
  const only = (parsed: { problems: ReadonlyArray<{ code: string }>; rows: unknown[] }) => {
    expect(parsed.rows).toEqual([]);
    return parsed.problems.map((p) => p.code);
  };

  it('gives one WRONG_TEMPLATE for a workbook without the meta sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Số liệu').getCell('A5').value = 'SNV';
    const parsed = await parseMeasurementXlsx(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(only(parsed)).toEqual(['WRONG_TEMPLATE']);
    expect(parsed.problems[0]).toMatchObject({ line: 1, column: null });
    expect(parsed.problems[0].message).toContain('it has no "_meta" sheet');
    expect([parsed.period, parsed.planCode]).toEqual([null, null]);
  });

  it('gives WRONG_TEMPLATE when the meta sheet names another template or the figures sheet is gone', async () => {
    const otherId = await editWorkbook(blank, setCells({ B1: 'someone/else@1' }), '_meta');
    expect(only(await parseMeasurementXlsx(otherId))).toEqual(['WRONG_TEMPLATE']);
    const renamed = await editWorkbook(blank, (sheet) => {
      sheet.name = 'Sheet1';
    });
    expect(only(await parseMeasurementXlsx(renamed))).toEqual(['WRONG_TEMPLATE']);
  });

  it('gives UNREADABLE for garbage bytes, an empty file and a damaged workbook, without throwing', async () => {
    const garbage = Buffer.from([0x00, 0xff, 0x13, 0x37, 0x80, 0x00, 0x42]);
    expect(only(await parseMeasurementXlsx(garbage))).toEqual(['UNREADABLE']);
    expect(only(await parseMeasurementXlsx(Buffer.alloc(0)))).toEqual(['UNREADABLE']);
    expect(only(await parseMeasurementXlsx(Buffer.from('Mã cơ quan;Giá trị\nSNV;12,5')))).toEqual([
      'UNREADABLE',
    ]);
    const truncated = blank.subarray(0, Math.floor(blank.length / 2));
    expect(only(await parseMeasurementXlsx(truncated))).toEqual(['UNREADABLE']);
  });
});

describe('parseNumberText', () => {
  it.each([
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['1.234', 1.234],
    [',5', 0.5],
    ['-3', -3],
    ['45%', 45],
    ['1 234', 1234],
    ['1.234,5', null],
    ['1,234.5', null],
    ['1e3', null],
    ['abc', null],
    ['Infinity', null],
  ])('reads "%s" as %p', (text, value) => {
    expect(parseNumberText(text)).toBe(value);
  });
});

/** A style of the cell's own: exceljs shares loaded style objects, so `cell.numFmt =` would reach others. */
function formatCell(cell: ExcelJS.Cell, numFmt: string): void {
  cell.style = { ...cell.style, numFmt };
}

function row(
  line: number,
  agencyCode: string,
  indicatorCode: string,
  figures: { value?: number; numerator?: number; denominator?: number; note?: string },
) {
  return {
    line,
    agencyCode,
    indicatorCode,
    value: null,
    numerator: null,
    denominator: null,
    note: null,
    ...figures,
  };
}
