import { ParDataRule, ParDataSource as S, ParScoringMethod as M } from '@partrack/shared';
import ExcelJS from 'exceljs';
import { INFO_SHEET, ITEM_COLUMNS, ITEMS_SHEET } from './par-framework-xlsx.columns';
import {
  DataRuleCellProblem,
  DataRuleItem,
  formatDataSource,
  formatThresholds,
  parseDataSource,
  parseThresholds,
  readDataRule,
} from './par-framework-xlsx.data-rule';
import { parXlsxProblem as at } from './par-framework-xlsx.messages';
import { parseParFrameworkXlsx } from './par-framework-xlsx.reader';

const DATA: DataRuleItem = { code: '1.1', method: M.DATA, maxPoints: 1 };
const read = (source: string | null, thresholds: string | null, item: Partial<DataRuleItem> = {}) =>
  readDataRule({ source, thresholds }, { ...DATA, ...item });
const problems = (...list: DataRuleCellProblem[]) => ({ kind: 'problems', problems: list });
const onSource = (key: DataRuleCellProblem['key'], params: DataRuleCellProblem['params']) =>
  ({ column: 'dataSource', key, params }) as const;
const onThresholds = (key: DataRuleCellProblem['key'], params: DataRuleCellProblem['params']) =>
  ({ column: 'thresholds', key, params }) as const;

describe('data rule text', () => {
  it('writes the source, an area filter and thresholds in Vietnamese, with decimal commas', () => {
    const rule: ParDataRule = {
      source: S.TASKS_ON_TIME,
      areaCode: 'I',
      thresholds: [
        { atLeast: 100, points: 1 },
        { atLeast: 80, points: 0.5 },
        { atLeast: 50.5, points: 0.25 },
      ],
    };
    expect(formatDataSource(rule)).toBe('Nhiệm vụ đúng hạn; lĩnh vực I');
    expect(formatDataSource({ ...rule, source: S.REPORTS_ON_TIME, areaCode: null })).toBe('Báo cáo đúng hạn');
    expect(formatThresholds(rule.thresholds)).toBe('100%: 1; 80%: 0,5; 50,5%: 0,25');
    expect(
      formatDataSource({ ...rule, source: S.INDICATOR_TARGET, areaCode: null, indicatorCode: 'CT-01' }),
    ).toBe('Mức đạt chỉ tiêu; mã CT-01');
  });

  it("reads an indicator's code after the source, with or without a prefix, and requires it", () => {
    const indicator = (indicatorCode: string) => ({
      kind: 'source',
      source: S.INDICATOR_TARGET,
      areaCode: null,
      indicatorCode,
    });
    expect(parseDataSource('Mức đạt chỉ tiêu; mã CT-01')).toEqual(indicator('CT-01'));
    expect(parseDataSource('muc dat chi tieu, ct_02')).toEqual(indicator('CT_02'));
    expect(parseDataSource('INDICATOR_TARGET; chỉ tiêu: X1')).toEqual(indicator('X1'));
    expect(parseDataSource('Mức đạt chỉ tiêu; Mã chỉ tiêu 12')).toEqual(indicator('12'));
    // A prefix needs a space or a colon after it: "MA-01" is a code of its own.
    expect(parseDataSource('Mức đạt chỉ tiêu; MA-01')).toEqual(indicator('MA-01'));
    expect(parseDataSource('Mức đạt chỉ tiêu')).toEqual({ kind: 'unknownIndicator', value: '' });
    expect(parseDataSource('Mức đạt chỉ tiêu; lĩnh vực I')).toEqual({
      kind: 'unknownIndicator',
      value: 'lĩnh vực I',
    });
  });

  it('reads sources by name or code, in any case and without diacritics, and areas in every usual form', () => {
    const tasks = (areaCode: string | null) => ({ kind: 'source', source: S.TASKS_ON_TIME, areaCode });
    expect(parseDataSource(' nhiem vu dung han ')).toEqual(tasks(null));
    expect(parseDataSource('REPORTS_ON_TIME')).toEqual({
      kind: 'source',
      source: S.REPORTS_ON_TIME,
      areaCode: null,
    });
    expect(parseDataSource('Nhiệm vụ đúng hạn; lĩnh vực I')).toEqual(tasks('I'));
    expect(parseDataSource('Nhiệm vụ đúng hạn; Lĩnh vực 3.')).toEqual(tasks('III'));
    expect(parseDataSource('tasks_on_time, lv vi')).toEqual(tasks('VI'));
    expect(parseDataSource('Nhiệm vụ đúng hạn; VII')).toEqual(tasks('VII'));
    expect(parseDataSource('Nhiệm vụ đúng hạn; Cải cách thể chế')).toEqual(tasks('I'));
    expect(parseDataSource('Nhiệm vụ đúng hạn; lĩnh vực Cải cách thủ tục hành chính')).toEqual(tasks('II'));
    expect(parseDataSource('Nhiệm vụ đúng hạn;')).toEqual(tasks(null));
    expect(parseDataSource('Chỉ tiêu đạt; lĩnh vực I')).toEqual({
      kind: 'unknownSource',
      value: 'Chỉ tiêu đạt',
    });
    expect(parseDataSource('Nhiệm vụ đúng hạn; lĩnh vực 8')).toEqual({
      kind: 'unknownArea',
      value: 'lĩnh vực 8',
    });
    expect(parseDataSource('Nhiệm vụ đúng hạn; IX')).toEqual({ kind: 'unknownArea', value: 'IX' });
  });

  it('reads thresholds on one line or several, dot or comma, with "Từ", "trở lên" and "điểm"', () => {
    expect(parseThresholds('100%: 1; 80 %: 0,5\n\nTừ 50,5% trở lên: 0.25 điểm;')).toEqual({
      kind: 'thresholds',
      thresholds: [
        { atLeast: 100, points: 1 },
        { atLeast: 80, points: 0.5 },
        { atLeast: 50.5, points: 0.25 },
      ],
    });
    expect(parseThresholds('100%: 1; 80%; tám mươi %: 0,5; 50%: -1; 30%: 0,5: 1')).toEqual({
      kind: 'problems',
      problems: [
        { position: 2, text: '80%' },
        { position: 3, text: 'tám mươi %: 0,5' },
        { position: 4, text: '50%: -1' },
        { position: 5, text: '30%: 0,5: 1' },
      ],
    });
  });

  it.each<ParDataRule>([
    { source: S.TASKS_ON_TIME, areaCode: 'IV', thresholds: [{ atLeast: 100, points: 1.5 }] },
    {
      source: S.INDICATOR_TARGET,
      areaCode: null,
      indicatorCode: 'CT-05',
      thresholds: [
        { atLeast: 100, points: 2 },
        { atLeast: 72.5, points: 1 },
      ],
    },
    {
      source: S.REPORTS_ON_TIME,
      areaCode: null,
      thresholds: [
        { atLeast: 0, points: 0 },
        { atLeast: 99.99, points: 20.25 },
        { atLeast: 75, points: 0.75 },
      ],
    },
  ])('gives back what it writes: %j', (rule) => {
    const maxPoints = Math.max(...rule.thresholds.map((t) => t.points));
    expect(read(formatDataSource(rule), formatThresholds(rule.thresholds), { maxPoints })).toEqual({
      kind: 'rule',
      rule,
    });
  });
});

describe('readDataRule', () => {
  it('takes no rule from two empty cells, and a rule from two good ones on a DATA item', () => {
    expect(read(null, null)).toEqual({ kind: 'rule', rule: null });
    expect(read(null, null, { method: M.MANUAL })).toEqual({ kind: 'rule', rule: null });
    expect(read('Báo cáo đúng hạn', '100%: 1; 75%: 0,75')).toEqual({
      kind: 'rule',
      rule: {
        source: S.REPORTS_ON_TIME,
        areaCode: null,
        thresholds: [
          { atLeast: 100, points: 1 },
          { atLeast: 75, points: 0.75 },
        ],
      },
    });
  });

  it('refuses a rule on any item not scored from data, in the first cell filled', () => {
    const notData = (column: 'dataSource' | 'thresholds') =>
      problems({ column, key: 'parXlsx.dataRuleNotData', params: { code: '1.1' } });
    expect(read('Nhiệm vụ đúng hạn', '100%: 1', { method: M.MANUAL })).toEqual(notData('dataSource'));
    expect(read(null, '100%: 1', { method: M.SURVEY })).toEqual(notData('thresholds'));
    // An item with children has no method: its points are its children's.
    expect(read('Nhiệm vụ đúng hạn', null, { method: null })).toEqual(notData('dataSource'));
    // An unreadable method is reported on its own cell; the rule is still read.
    expect(read('Nhiệm vụ đúng hạn', '100%: 1', { method: undefined })).toMatchObject({ kind: 'rule' });
  });

  it('names an unknown source, an unknown area, an area on reports, and a missing half', () => {
    expect(read('Chỉ tiêu', '100%: 1')).toEqual(
      problems(onSource('parXlsx.dataSource', { value: 'Chỉ tiêu' })),
    );
    expect(read('Nhiệm vụ đúng hạn; lĩnh vực 9', '100%: 1')).toEqual(
      problems(onSource('parXlsx.dataArea', { value: 'lĩnh vực 9' })),
    );
    expect(read('Báo cáo đúng hạn; lĩnh vực I', '100%: 1')).toEqual(
      problems(onSource('parXlsx.dataAreaNotTasks', { code: '1.1' })),
    );
    expect(read(null, '100%: 1')).toEqual(problems(onSource('parXlsx.dataSourceMissing', { code: '1.1' })));
    expect(read('Mức đạt chỉ tiêu', '100%: 1')).toEqual(
      problems(onSource('parXlsx.dataIndicator', { code: '1.1', value: '' })),
    );
    expect(read('Mức đạt chỉ tiêu; mã CT 01', '100%: 1')).toEqual(
      problems(onSource('parXlsx.dataIndicator', { code: '1.1', value: 'mã CT 01' })),
    );
    expect(read('Nhiệm vụ đúng hạn', null)).toEqual(
      problems(onThresholds('parXlsx.thresholdsMissing', { code: '1.1' })),
    );
    expect(read('Nhiệm vụ đúng hạn', ' ; ')).toEqual(
      problems(onThresholds('parXlsx.thresholdsMissing', { code: '1.1' })),
    );
  });

  it('names each bad threshold by its position: syntax, percent, points, duplicates, above the maximum', () => {
    const code = '1.1';
    expect(read('Chỉ tiêu', '100%: 1; 80%; 50%: một')).toEqual(
      problems(
        onSource('parXlsx.dataSource', { value: 'Chỉ tiêu' }),
        onThresholds('parXlsx.thresholdLine', { code, position: 2, text: '80%' }),
        onThresholds('parXlsx.thresholdLine', { code, position: 3, text: '50%: một' }),
      ),
    );
    expect(read('Nhiệm vụ đúng hạn', '120%: 1; 80%: 0,125; 80,0%: 0,5; 50%: 1,5', { maxPoints: 1 })).toEqual(
      problems(
        onThresholds('parXlsx.thresholdPercent', { code, position: 1 }),
        onThresholds('parXlsx.thresholdPoints', { code, position: 2 }),
        onThresholds('parXlsx.thresholdDuplicate', { code, position: 3 }),
        onThresholds('parXlsx.thresholdAboveMaximum', { code, position: 4, maxPoints: 1 }),
      ),
    );
    // Unreadable maximum points are reported on their own cell, not as thresholds above them.
    expect(read('Nhiệm vụ đúng hạn', '100%: 5', { maxPoints: null })).toMatchObject({ kind: 'rule' });
  });

  it('refuses more than ten thresholds with one problem, without reading them', () => {
    const many = Array.from({ length: 11 }, (_, i) => `${i * 10}%: x`).join('; ');
    expect(read('Nhiệm vụ đúng hạn', many)).toEqual(
      problems(onThresholds('parXlsx.tooManyThresholds', { code: '1.1', max: 10 })),
    );
  });
});

describe('data rules in a file', () => {
  async function file(items: ExcelJS.CellValue[][]): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet(ITEMS_SHEET);
    for (const row of [ITEM_COLUMNS.map((c) => c.header), ...items]) sheet.addRow(row);
    const info = book.addWorksheet(INFO_SHEET);
    for (const row of [
      ['Tên bộ tiêu chí', 'Bộ thử'],
      ['Nhóm đối tượng', 'Sở, ban, ngành'],
      ['Tổng điểm', 2],
    ])
      info.addRow(row);
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  it('reports each problem on its row and column, and imports nothing', async () => {
    const parsed = await parseParFrameworkXlsx(
      await file([
        ['1', 'Lĩnh vực', 2, null, null, 'Nhiệm vụ đúng hạn', '100%: 2'], // 2
        ['1.1', 'Thang điểm', 1, 'Thang điểm', 'Đạt: 1\nKhông: 0', null, '100%: 1'], // 3
        ['1.2', 'Dữ liệu', 1, 'Dữ liệu partrack', null, 'Nhiệm vụ; lĩnh vực I', '100%: 2; 80%'], // 4
      ]),
    );
    expect(parsed.definition).toBeNull();
    expect(parsed.problems).toEqual([
      at(ITEMS_SHEET, 2, 'F', 'parXlsx.dataRuleNotData', { code: '1' }),
      at(ITEMS_SHEET, 3, 'G', 'parXlsx.dataRuleNotData', { code: '1.1' }),
      at(ITEMS_SHEET, 4, 'F', 'parXlsx.dataSource', { value: 'Nhiệm vụ' }),
      at(ITEMS_SHEET, 4, 'G', 'parXlsx.thresholdLine', { code: '1.2', position: 2, text: '80%' }),
    ]);
  });

  it('reads a DATA item with a rule and one without', async () => {
    const parsed = await parseParFrameworkXlsx(
      await file([
        ['1', 'Lĩnh vực', 2],
        ['1.1', 'Nhiệm vụ', 1, 'DATA', null, 'Nhiệm vụ đúng hạn; lĩnh vực 2', '100%: 1; 80%: 0,5'],
        ['1.2', 'Hội đồng chấm', 1, 'DATA'],
        ['1.3', 'Chỉ tiêu', 0, 'DATA', null, 'Mức đạt chỉ tiêu; mã ct-07', '100%: 0; 50%: 0'],
      ]),
    );
    expect(parsed.problems).toEqual([]);
    const [, tasks, plain, indicator] = parsed.definition?.criteria ?? [];
    expect(indicator?.dataRule).toEqual({
      source: S.INDICATOR_TARGET,
      areaCode: null,
      indicatorCode: 'CT-07',
      thresholds: [
        { atLeast: 100, points: 0 },
        { atLeast: 50, points: 0 },
      ],
    });
    expect(tasks?.dataRule).toEqual({
      source: S.TASKS_ON_TIME,
      areaCode: 'II',
      thresholds: [
        { atLeast: 100, points: 1 },
        { atLeast: 80, points: 0.5 },
      ],
    });
    expect(plain).not.toHaveProperty('dataRule');
  });
});
