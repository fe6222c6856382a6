import JSZip from 'jszip';
import { parsePlanXlsx } from './plan-xlsx.reader';
import { chainWith, CHAIN, workbookOf } from './plan-xlsx.fixture';
import { PLAN_COLUMNS } from './plan-xlsx.columns';

const read = async (buffer: Buffer, year: number | null = null) => parsePlanXlsx(buffer, { year });
const codes = (problems: ReadonlyArray<{ code: string; line: number; severity: string }>) =>
  problems.map((p) => `${p.line} ${p.severity} ${p.code}`);

describe('parsePlanXlsx: the template read back', () => {
  it('reads a result → activity → task chain with its dates and product type', async () => {
    const parsed = await read(await workbookOf(CHAIN));
    expect(parsed.items.map((i) => [i.line, i.kind, i.code, i.parentCode, i.areaCode])).toEqual([
      [4, 'RESULT', '1.4', null, 'II'],
      [5, 'ACTIVITY', '2.5', '1.4', 'II'],
      [6, 'TASK', '3.6', '2.5', 'II'],
    ]);
    expect(parsed.items[2]).toMatchObject({ dueDate: '2022-09-30', productType: 'DECISION' });
    expect(parsed.problems).toEqual([]);
    expect(parsed.stats).toEqual({ lines: 6, skippedLines: 0 });
  });

  it('finds the columns by their titles, in any order and on any sheet name', async () => {
    const columns = [...PLAN_COLUMNS.map((c) => c.header)].reverse();
    const parsed = await read(await workbookOf(CHAIN, { columns, sheetName: 'Sheet1' }));
    expect(parsed.items[2]).toMatchObject({ code: '3.6', leadText: 'Văn phòng Ủy ban nhân dân tỉnh' });
    expect(parsed.problems).toEqual([]);
  });

  it('takes the kind from the code when the cell is empty, and English kinds', async () => {
    const rows = [
      { ...CHAIN[0], kind: null },
      { ...CHAIN[1], kind: 'activity' },
      { ...CHAIN[2], kind: 'TASK' },
    ];
    const parsed = await read(await workbookOf(rows));
    expect(parsed.items.map((i) => i.kind)).toEqual(['RESULT', 'ACTIVITY', 'TASK']);
  });

  it('accepts area names and "II. …" forms and skips blank rows', async () => {
    const rows = [
      { ...CHAIN[0], areaCode: 'Cải cách thủ tục hành chính' },
      null,
      { ...CHAIN[1], areaCode: 'II. Cải cách thủ tục hành chính' },
      CHAIN[2],
    ];
    const parsed = await read(await workbookOf(rows));
    expect(parsed.items.map((i) => [i.line, i.areaCode])).toEqual([
      [4, 'II'],
      [6, 'II'],
      [7, 'II'],
    ]);
  });
});

describe('parsePlanXlsx: problems, each at its row', () => {
  it('refuses a row with content but no code, and counts it as skipped', async () => {
    const parsed = await read(await workbookOf([...CHAIN, { title: 'Nhiệm vụ không mã' }]));
    expect(codes(parsed.problems)).toEqual(['7 ERROR MISSING_CODE']);
    expect(parsed.items).toHaveLength(3);
    expect(parsed.stats.skippedLines).toBe(1);
  });

  it('refuses an unknown kind, and a code that names none when the kind is empty', async () => {
    const parsed = await read(
      await workbookOf([...chainWith(2, { kind: 'Mục tiêu' }), { code: 'X.1', title: 'Không rõ loại' }]),
    );
    expect(codes(parsed.problems)).toEqual([
      '5 WARNING NO_CHILDREN',
      '6 ERROR UNKNOWN_KIND',
      '7 ERROR UNKNOWN_KIND',
    ]);
  });

  it('refuses a parent that is missing, or below its child', async () => {
    const missing = await read(await workbookOf(chainWith(2, { parentCode: '2.99' })));
    expect(missing.problems).toContainEqual(
      expect.objectContaining({ line: 6, code: 'PARENT_NOT_FOUND', severity: 'ERROR', itemCode: '3.6' }),
    );
    const below = await read(await workbookOf([CHAIN[0], CHAIN[2], CHAIN[1]]));
    expect(below.problems).toContainEqual(
      expect.objectContaining({ line: 5, code: 'PARENT_AFTER_CHILD', severity: 'ERROR', itemCode: '3.6' }),
    );
    expect(below.problems.find((p) => p.code === 'PARENT_AFTER_CHILD')?.message).toContain('row 6');
  });

  it('refuses a duplicate code and warns of a parent of the wrong kind', async () => {
    const parsed = await read(await workbookOf([...CHAIN, { ...CHAIN[2], parentCode: '1.4' }]));
    expect(codes(parsed.problems)).toEqual(['7 ERROR DUPLICATE_CODE', '7 WARNING PARENT_KIND_MISMATCH']);
  });

  it('warns of an activity without parent', async () => {
    const parsed = await read(await workbookOf(chainWith(1, { parentCode: null })));
    expect(codes(parsed.problems)).toEqual(['4 WARNING NO_CHILDREN', '5 WARNING ORPHAN_ITEM']);
  });

  it('warns of a kind its code contradicts, and of the parents that follow from it', async () => {
    const parsed = await read(await workbookOf(chainWith(1, { kind: 'Kết quả' })));
    expect(parsed.items[1].kind).toBe('RESULT');
    expect(codes(parsed.problems)).toEqual([
      '5 WARNING KIND_CODE_MISMATCH',
      '5 WARNING PARENT_KIND_MISMATCH',
      '6 WARNING PARENT_KIND_MISMATCH',
    ]);
  });

  it('warns of an unknown area and keeps it empty', async () => {
    const parsed = await read(await workbookOf(chainWith(2, { areaCode: 'VIII' })));
    expect(parsed.items[2].areaCode).toBeNull();
    expect(codes(parsed.problems)).toEqual(['6 WARNING UNKNOWN_AREA', '6 WARNING ITEM_WITHOUT_AREA']);
  });

  it('reports completion times it cannot date, and the reason', async () => {
    const unclear = await read(await workbookOf(chainWith(2, { dueLabel: 'Sớm nhất có thể' })));
    expect(unclear.problems).toEqual([expect.objectContaining({ code: 'UNKNOWN_DEADLINE', line: 6 })]);
    expect(unclear.items[2]).toMatchObject({ dueLabel: 'Sớm nhất có thể', dueDate: null });
    const noYear = await read(
      await workbookOf(chainWith(2, { dueLabel: 'Quý I' }), { year: null, title: 'KẾ HOẠCH' }),
    );
    expect(noYear.problems.map((p) => p.code)).toEqual(['NO_PLAN_YEAR', 'UNKNOWN_DEADLINE']);
    expect(noYear.problems[1].message).toContain('names no year');
    const given = await read(
      await workbookOf(chainWith(2, { dueLabel: 'Quý I' }), { year: null, title: 'KẾ HOẠCH' }),
      2023,
    );
    expect(given.items[2].dueDate).toBe('2023-03-31');
  });

  it('warns of empty cells of a task, never filling them in', async () => {
    const parsed = await read(
      await workbookOf(chainWith(2, { leadText: null, productText: '  ', fundingText: null })),
    );
    expect(parsed.items[2]).toMatchObject({
      leadText: null,
      productText: null,
      productType: null,
      fundingText: null,
    });
    expect(codes(parsed.problems)).toEqual(['6 WARNING EMPTY_PRODUCT', '6 WARNING EMPTY_LEAD']);
  });

  it('dates by the given year and says when the sheet disagrees', async () => {
    const parsed = await read(await workbookOf(CHAIN), 2023);
    expect(parsed.items[2].dueDate).toBe('2023-09-30');
    expect(codes(parsed.problems)).toEqual(['1 WARNING YEAR_MISMATCH']);
  });

  it('takes the year from the title when the year row is missing', async () => {
    const parsed = await read(await workbookOf(CHAIN, { year: null }));
    expect(parsed.header).toMatchObject({ title: 'KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022', year: 2022 });
  });

  it('refuses a sheet that is not the template, naming the missing columns', async () => {
    const columns = PLAN_COLUMNS.map((c) => c.header).filter((h) => h !== 'Mã cha' && h !== 'Kinh phí');
    const parsed = await read(await workbookOf(CHAIN, { columns }));
    expect(parsed.items).toEqual([]);
    expect(parsed.problems).toEqual([
      expect.objectContaining({ line: 3, code: 'MISSING_COLUMNS', severity: 'ERROR' }),
    ]);
    expect(parsed.problems[0].message).toContain('"Mã cha", "Kinh phí"');
    const noHeader = await read(await workbookOf([], { columns: ['STT', 'Tên'] }));
    expect(noHeader.problems.map((p) => p.code)).toEqual(['MISSING_COLUMNS']);
  });
});

describe('parsePlanXlsx: cells Excel makes of typed values', () => {
  it('reads numbers, dates, rich text, links and formula results as the text Excel shows', async () => {
    const task = {
      ...CHAIN[2],
      title: { richText: [{ text: 'Rà soát, ', font: { bold: true } }, { text: 'cắt giảm\r\nthời gian' }] },
      productText: { text: 'Quyết định', hyperlink: 'https://example.vn/qd' },
      dueLabel: new Date(Date.UTC(2022, 5, 30)),
      fundingText: { formula: '"Kinh phí "&"chi thường xuyên"', result: 'Kinh phí chi thường xuyên' },
    };
    const parsed = await read(await workbookOf([CHAIN[0], CHAIN[1], task]));
    expect(parsed.items[2]).toMatchObject({
      title: 'Rà soát, cắt giảm\nthời gian',
      productText: 'Quyết định',
      dueLabel: '30/6/2022',
      dueDate: '2022-06-30',
      fundingText: 'Kinh phí chi thường xuyên',
    });
  });

  it('gives a merged cell the value of its top-left cell on every row it covers', async () => {
    const second = { ...CHAIN[2], code: '3.7', leadText: null };
    const parsed = await read(await workbookOf([...CHAIN, second], { merges: ['G6:G7'] }));
    expect(parsed.items.map((i) => i.leadText)).toEqual([
      null,
      null,
      'Văn phòng Ủy ban nhân dân tỉnh',
      'Văn phòng Ủy ban nhân dân tỉnh',
    ]);
    expect(parsed.problems).toEqual([]);
  });

  it('warns when Excel stored a code as a number (1.10 would read 1.1)', async () => {
    const parsed = await read(
      await workbookOf([{ ...CHAIN[0], code: 1.4 }, { ...CHAIN[1], parentCode: 1.4 }, CHAIN[2]]),
    );
    expect(parsed.items.map((i) => i.code)).toEqual(['1.4', '2.5', '3.6']);
    expect(codes(parsed.problems)).toEqual(['4 WARNING NUMERIC_CODE', '5 WARNING NUMERIC_CODE']);
  });

  it('refuses codes and completion times too long for the database', async () => {
    const parsed = await read(
      await workbookOf([
        ...chainWith(2, { dueLabel: 'Quý I '.repeat(30) }),
        { ...CHAIN[0], code: 'x'.repeat(33) },
      ]),
    );
    expect(codes(parsed.problems)).toEqual(['6 ERROR VALUE_TOO_LONG', '7 ERROR INVALID_CODE']);
  });
});

describe('parsePlanXlsx: files that are no template', () => {
  it('says an empty file is empty', async () => {
    expect(codes((await read(Buffer.alloc(0))).problems)).toEqual(['1 ERROR EMPTY']);
  });

  it.each([
    [
      'random bytes',
      Buffer.from([0x13, 0x37, 0xff, 0x00, 0x42, 0x99, 0x01]),
      'no format partrack recognises',
    ],
    ['a PDF', Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n', 'latin1'), 'a PDF file'],
    ['an old .xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'Excel 97–2003'],
    ['plain text', Buffer.from('PHỤ LỤC I\n\t1.3: Hoàn thành', 'utf8'), 'plain text'],
  ])('refuses %s, saying what it is', async (_, buffer, says) => {
    const parsed = await read(buffer);
    expect(codes(parsed.problems)).toEqual(['1 ERROR UNREADABLE']);
    expect(parsed.problems[0].message).toContain(says);
  });

  it('refuses a Word document, naming it', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', '<w:document/>');
    const parsed = await read(await zip.generateAsync({ type: 'nodebuffer' }));
    expect(parsed.problems[0]).toMatchObject({ code: 'UNREADABLE' });
    expect(parsed.problems[0].message).toContain('Word document (.docx)');
  });

  it('refuses a damaged workbook', async () => {
    const whole = await workbookOf(CHAIN);
    const parsed = await read(whole.subarray(0, Math.floor(whole.length / 2)));
    expect(codes(parsed.problems)).toEqual(['1 ERROR UNREADABLE']);
  });
});
