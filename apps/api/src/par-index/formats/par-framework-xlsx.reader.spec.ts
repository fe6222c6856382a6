import {
  DEFAULT_PAR_BANDS,
  ParCriterionLevel as L,
  ParScoringMethod as M,
  ParTargetGroup,
} from '@partrack/shared';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PAR_SAMPLE_FRAMEWORKS } from '../../seed/par-sample-frameworks';
import { INFO_SHEET, ITEM_COLUMNS, ITEMS_SHEET } from './par-framework-xlsx.columns';
import { parXlsxProblem as at } from './par-framework-xlsx.messages';
import { parseParFrameworkXlsx } from './par-framework-xlsx.reader';
import { buildParFrameworkXlsx } from './par-framework-xlsx.writer';

type Row = ExcelJS.CellValue[];

const HEADER: Row = ITEM_COLUMNS.map((c) => c.header);
/** Lines 1–3 label rows, 4 blank, 5 "Xếp loại", 6 the band titles, bands from line 7. */
const info = (
  name: Row,
  group: Row,
  total: Row,
  bands: Row[] = [
    ['A', 'Tốt', 90],
    ['B', 'Khá', 0],
  ],
): Row[] => [
  ['Tên bộ tiêu chí', ...name],
  ['Nhóm đối tượng', ...group],
  ['Tổng điểm', ...total],
  [],
  ['Xếp loại'],
  ['Mã', 'Tên', 'Từ chỉ số'],
  ...bands,
];
const GOOD_INFO = info(['Bộ thử'], ['Sở, ban, ngành'], [100]);

/** A workbook as someone might make it by hand: just the two sheets, the items under `header`. */
async function workbook(
  items: Row[],
  infoRows: Row[] = GOOD_INFO,
  header: Row[] = [HEADER],
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const itemSheet = book.addWorksheet(ITEMS_SHEET);
  for (const row of [...header, ...items]) itemSheet.addRow(row);
  const infoSheet = book.addWorksheet(INFO_SHEET);
  for (const row of infoRows) infoSheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('parseParFrameworkXlsx: mistakes, each on its line', () => {
  it('reports every cell and row mistake at once, in sheet, line and column order', async () => {
    const parsed = await parseParFrameworkXlsx(
      await workbook(
        [
          ['1', 'Lĩnh vực 1', 10], // 2
          ['1.1', 'Tiêu chí', '0,5', 'MANUAL', 'Đạt: 0,5\nKhông đạt: 0', null, null, 'Có'], // 3: fine
          ['1.2.3.4', 'Quá sâu', 1, 'DATA'], // 4
          ['1.1', 'Trùng mã', 1, 'Dữ liệu partrack'], // 5
          [], // 6: skipped
          ['1.3', null, 'một', 'Tự chấm', 'Đạt 1', null, null, 'Có lẽ'], // 7
          ['2.1', 'Không có cha', 1, 'SURVEY'], // 8
          ['1.4', 'Khảo sát có thang', 1, 'Khảo sát', 'Đạt: 1\nKhông: 0'], // 9
          ['1.5', 'Thủ công không thang', 1, 'Thang điểm'], // 10
          [null, 'Thiếu mã', 1, 'DATA'], // 11
          ['1.6', 'Ba chữ số thập phân', '0,125', 'DATA'], // 12
          ['1.7', 'Quá nhiều điểm', 1001, 'DATA', null, null, null, 'Không'], // 13
        ],
        info(
          [null],
          ['Tỉnh lẻ'],
          ['abc'],
          [
            ['A', 'Tốt', 90],
            ['A', 'Khá', 80],
            ['C', null, 120],
          ],
        ),
      ),
    );
    const I = ITEMS_SHEET;
    const T = INFO_SHEET;
    expect(parsed.definition).toBeNull();
    expect(parsed.problems).toEqual([
      at(I, 4, 'A', 'parXlsx.code', { code: '1.2.3.4' }),
      at(I, 5, 'A', 'parXlsx.duplicateCode', { code: '1.1', firstLine: 3 }),
      at(I, 7, 'B', 'parXlsx.title', { code: '1.3' }),
      at(I, 7, 'C', 'parXlsx.points', { value: 'một', max: 1000 }),
      at(I, 7, 'D', 'parXlsx.method', { value: 'Tự chấm' }),
      at(I, 7, 'E', 'parXlsx.scaleLine', { code: '1.3', position: 1, text: 'Đạt 1' }),
      at(I, 7, 'H', 'parXlsx.yesNo', { value: 'Có lẽ' }),
      at(I, 8, 'A', 'parXlsx.unknownParent', { code: '2.1', parentCode: '2' }),
      at(I, 9, 'E', 'parXlsx.scaleNotManual', { code: '1.4' }),
      at(I, 10, 'E', 'parXlsx.scaleMissing', { code: '1.5' }),
      at(I, 11, 'A', 'parXlsx.missingCode'),
      at(I, 12, 'C', 'parXlsx.points', { value: '0,125', max: 1000 }),
      at(I, 13, 'C', 'parXlsx.points', { value: '1001', max: 1000 }),
      at(T, 1, 'B', 'parXlsx.name'),
      at(T, 2, 'B', 'parXlsx.targetGroup', { value: 'Tỉnh lẻ' }),
      at(T, 3, 'B', 'parXlsx.total', { value: 'abc', max: 1000 }),
      at(T, 8, 'A', 'parXlsx.bandDuplicateCode', { code: 'A' }),
      at(T, 9, 'B', 'parXlsx.band', { codeMax: 20, labelMax: 100 }),
    ]);
  });

  it('checks the framework once every row reads: sums, methods, scales and the total, on their lines', async () => {
    const parsed = await parseParFrameworkXlsx(
      await workbook([
        ['1', 'Lĩnh vực 1', 10, 'Thang điểm', 'Đạt: 10\nKhông: 0'], // 2: a method and a scale on a parent
        ['1.1', 'Dữ liệu', 4, 'Dữ liệu partrack'], // 3
        ['1.2', 'Thang điểm không tới tối đa', 5, 'Thang điểm', 'Đạt: 4\nKhông: 0'], // 4
        ['2', 'Lĩnh vực không có mục con', 3], // 5
        ['3', 'Điểm thưởng', 2], // 6
        ['3.1', 'Sáng kiến', 2, 'Điểm thưởng'], // 7
      ]),
    );
    expect(parsed.definition).toBeNull();
    expect(parsed.problems).toEqual([
      at(ITEMS_SHEET, 2, 'C', 'parXlsx.childrenDoNotAddUp', { code: '1', maxPoints: 10, childrenTotal: 9 }),
      at(ITEMS_SHEET, 2, 'D', 'parXlsx.methodOnParent', { code: '1' }),
      at(ITEMS_SHEET, 4, 'E', 'parXlsx.scaleMaximumUnreachable', { code: '1.2' }),
      at(ITEMS_SHEET, 5, 'D', 'parXlsx.leafWithoutMethod', { code: '2' }),
      at(INFO_SHEET, 3, 'B', 'parXlsx.totalDoesNotAddUp', { total: 9, declaredTotal: 100 }),
    ]);
  });

  it('names a child above its parent, and a scale on a parent without a method', async () => {
    const parsed = await parseParFrameworkXlsx(
      await workbook([
        ['1.1', 'Con', 1, 'DATA'],
        ['1', 'Cha', 1, null, 'Đạt: 1\nKhông: 0'],
      ]),
    );
    expect(parsed.problems).toEqual([
      at(ITEMS_SHEET, 2, 'A', 'parXlsx.parentBelow', { code: '1.1', parentCode: '1', parentLine: 3 }),
      at(ITEMS_SHEET, 3, 'E', 'parXlsx.scaleNotManual', { code: '1' }),
    ]);
  });
});

describe('parseParFrameworkXlsx: what it accepts', () => {
  it('takes comma decimals, English codes and headers, moved columns, a title row and "1." codes', async () => {
    const header: Row[] = [
      ['Bộ tiêu chí thử nghiệm'],
      ['Title', 'Code', 'Method', 'Max points', 'Guidance', 'Scale', 'Evidence required'],
    ];
    const parsed = await parseParFrameworkXlsx(
      await workbook(
        [
          ['Lĩnh vực', '1.', null, '1,5'],
          ['Thủ công', '1.1', 'manual', '0,5', '  Xem\r\nkế hoạch ', 'Đạt: 0,5 điểm\n\nKhông đạt: 0', 'x'],
          ['Dữ liệu', '1.2', 'data', 1, null, null, 'Không'],
          ['Thưởng', '2', null, 0.25],
          ['Sáng kiến', '2.1', 'BONUS', '0.25', null, null, true],
        ],
        info(['  Bộ thử  '], ['DISTRICT'], ['1,5'], []),
        header,
      ),
    );
    expect(parsed.problems).toEqual([]);
    const item = { guidance: null, evidenceRequired: false };
    expect(parsed.definition).toEqual({
      name: 'Bộ thử',
      targetGroup: ParTargetGroup.DISTRICT,
      totalPoints: 1.5,
      bands: DEFAULT_PAR_BANDS,
      criteria: [
        {
          ...item,
          code: '1',
          parentCode: null,
          level: L.AREA,
          title: 'Lĩnh vực',
          maxPoints: 1.5,
          method: null,
        },
        {
          code: '1.1',
          parentCode: '1',
          level: L.CRITERION,
          title: 'Thủ công',
          maxPoints: 0.5,
          method: M.MANUAL,
          options: [
            { label: 'Đạt', points: 0.5 },
            { label: 'Không đạt', points: 0 },
          ],
          guidance: 'Xem\nkế hoạch',
          evidenceRequired: true,
        },
        {
          ...item,
          code: '1.2',
          parentCode: '1',
          level: L.CRITERION,
          title: 'Dữ liệu',
          maxPoints: 1,
          method: M.DATA,
        },
        {
          ...item,
          code: '2',
          parentCode: null,
          level: L.AREA,
          title: 'Thưởng',
          maxPoints: 0.25,
          method: null,
        },
        {
          ...item,
          code: '2.1',
          parentCode: '2',
          level: L.CRITERION,
          title: 'Sáng kiến',
          maxPoints: 0.25,
          method: M.BONUS,
          evidenceRequired: true,
        },
      ],
    });
  });

  it('refuses a blank template with one clear problem per thing to fill in, never an empty framework', async () => {
    const blank = { ...PAR_SAMPLE_FRAMEWORKS[0], name: '', criteria: [] };
    const parsed = await parseParFrameworkXlsx(await buildParFrameworkXlsx(blank, { year: 2025 }));
    expect(parsed).toEqual({
      definition: null,
      problems: [at(ITEMS_SHEET, 2, null, 'parXlsx.noItems'), at(INFO_SHEET, 2, 'B', 'parXlsx.name')],
    });
  });
});

describe('parseParFrameworkXlsx: files it cannot read', () => {
  it.each([
    ['random bytes', Buffer.from([0x00, 0x9f, 0x13, 0x37, 0xff, 0x01]), 'UNKNOWN'],
    ['an empty file', Buffer.alloc(0), 'EMPTY'],
    ['a PDF', Buffer.from('%PDF-1.7\n…'), 'PDF'],
    ['text', Buffer.from('Mã;Nội dung\n1;Lĩnh vực'), 'TEXT'],
  ])('%s gives one problem, no throw', async (_what, bytes, format) => {
    expect(await parseParFrameworkXlsx(bytes)).toEqual({
      definition: null,
      problems: [at('', null, null, 'parXlsx.notAWorkbook', { format })],
    });
  });

  it('a cut-off workbook, or one whose XML is damaged, gives one problem', async () => {
    const whole = await buildParFrameworkXlsx(PAR_SAMPLE_FRAMEWORKS[0], { year: 2025 });
    const cut = await parseParFrameworkXlsx(whole.subarray(0, Math.floor(whole.length / 2)));
    expect(cut).toEqual({
      definition: null,
      problems: [at('', null, null, 'parXlsx.notAWorkbook', { format: 'UNKNOWN' })],
    });
    const zip = await JSZip.loadAsync(whole);
    zip.file('xl/workbook.xml', '<workbook');
    const damaged = await parseParFrameworkXlsx(await zip.generateAsync({ type: 'nodebuffer' }));
    expect(damaged).toEqual({
      definition: null,
      problems: [at('', null, null, 'parXlsx.notAWorkbook', { format: 'XLSX' })],
    });
  });

  it('names missing sheets and missing columns', async () => {
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Sheet1').addRow(['Mã', 'Nội dung']);
    const noSheets = await parseParFrameworkXlsx(Buffer.from(await other.xlsx.writeBuffer()));
    expect(noSheets.problems).toEqual([
      at(ITEMS_SHEET, null, null, 'parXlsx.missingSheet', { sheet: ITEMS_SHEET }),
      at(INFO_SHEET, null, null, 'parXlsx.missingSheet', { sheet: INFO_SHEET }),
    ]);
    const noPoints = await parseParFrameworkXlsx(
      await workbook([['1', 'Lĩnh vực']], GOOD_INFO, [['Mã', 'Nội dung', 'Cách chấm', 'Thang điểm']]),
    );
    expect(noPoints.problems).toEqual([
      at(ITEMS_SHEET, 1, null, 'parXlsx.missingHeader', { header: 'Điểm tối đa' }),
    ]);
  });

  it('refuses more than 500 items on the first row over the limit', async () => {
    const rows: Row[] = Array.from({ length: 501 }, (_, i) => [`${i + 1}`, `Lĩnh vực ${i + 1}`, 0, 'DATA']);
    const parsed = await parseParFrameworkXlsx(await workbook(rows));
    expect(parsed.problems).toEqual([at(ITEMS_SHEET, 502, null, 'parXlsx.tooManyRows', { max: 500 })]);
  });
});
