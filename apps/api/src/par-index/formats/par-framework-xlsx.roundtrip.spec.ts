import {
  checkDataRule,
  DEFAULT_PAR_BANDS,
  isReformAreaCode,
  ParCriterionDefinition,
  ParCriterionLevel,
  ParDataSource,
  ParFrameworkDefinition,
  ParScoringMethod,
  ParTargetGroup,
} from '@partrack/shared';
import ExcelJS from 'exceljs';
import { PAR_SAMPLE_FRAMEWORKS } from '../../seed/par-sample-frameworks';
import { INFO_SHEET, ITEMS_SHEET } from './par-framework-xlsx.columns';
import { canonicalParFramework, parseParFrameworkXlsx } from './par-framework-xlsx.reader';
import { buildParFrameworkXlsx } from './par-framework-xlsx.writer';

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(buffer).buffer);
  return workbook;
}

describe('buildParFrameworkXlsx → parseParFrameworkXlsx', () => {
  it.each(PAR_SAMPLE_FRAMEWORKS.map((d) => [d.name, d] as const))(
    'gives back %s: same criteria in the same order',
    async (_name, sample) => {
      const parsed = await parseParFrameworkXlsx(await buildParFrameworkXlsx(sample, { year: 2024 }));
      expect(parsed.problems).toEqual([]);
      // The samples leave guidance and evidence out on items with children; the reader says null and false.
      expect(parsed.definition).toEqual(canonicalParFramework(sample));
      expect(parsed.definition?.criteria.map((c) => c.code)).toEqual(sample.criteria.map((c) => c.code));
    },
  );

  it('writes the sample in Vietnamese: methods, decimal commas, Có/Không, areas bold, the info sheet', async () => {
    const sample = PAR_SAMPLE_FRAMEWORKS[0];
    if (sample === undefined) throw new Error('no sample');
    const workbook = await load(
      await buildParFrameworkXlsx(sample, { year: 2024, revision: 2, isSample: true }),
    );
    const items = workbook.getWorksheet(ITEMS_SHEET);
    const info = workbook.getWorksheet(INFO_SHEET);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([ITEMS_SHEET, INFO_SHEET, 'Hướng dẫn']);
    expect(items?.getRow(1).values).toEqual([
      undefined,
      'Mã',
      'Nội dung',
      'Điểm tối đa',
      'Cách chấm',
      'Thang điểm',
      'Nguồn dữ liệu',
      'Ngưỡng điểm',
      'Cần tài liệu kiểm chứng',
      'Hướng dẫn',
    ]);
    // Row 4 is 1.1.1, the first MANUAL sub-criterion of the department sample.
    expect(items?.getRow(4).values).toEqual([
      undefined,
      '1.1.1',
      'Ban hành Kế hoạch cải cách hành chính năm của cơ quan đúng thời hạn',
      0.5,
      'Thang điểm',
      'Ban hành đúng thời hạn: 0,5\nBan hành chậm so với thời hạn: 0,25\nKhông ban hành: 0',
      undefined,
      undefined,
      'Có',
      expect.stringContaining('Tài liệu kiểm chứng'),
    ]);
    expect(items?.getCell('A2').font?.bold).toBe(true);
    expect(items?.getCell('A3').font?.bold).toBeFalsy();
    expect(items?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const infoRows = [2, 3, 4, 5, 6, 7].map((n) => [info?.getCell(n, 1).value, info?.getCell(n, 2).value]);
    expect(infoRows).toEqual([
      ['Tên bộ tiêu chí', sample.name],
      ['Nhóm đối tượng', 'Sở, ban, ngành'],
      ['Tổng điểm', 100],
      ['Năm áp dụng', 2024],
      ['Phiên bản', 2],
      ['Lưu ý', expect.stringContaining('MẪU')],
    ]);
    const bands = [11, 12, 13, 14].map((n) => info?.getRow(n).values);
    expect(bands).toEqual(DEFAULT_PAR_BANDS.map((b) => [undefined, b.code, b.label, b.minIndex]));
    // Columns F and G: the data rules of DATA items, in words; the council's DATA items leave them empty.
    const ruleCells = (code: string) => {
      const row = items?.getRows(2, sample.criteria.length)?.find((r) => r.getCell(1).value === code);
      return [row?.getCell(6).value, row?.getCell(7).value];
    };
    expect(ruleCells('1.1.3')).toEqual(['Nhiệm vụ đúng hạn', '100%: 1,5; 80%: 0,75']);
    expect(ruleCells('1.2.1')).toEqual(['Báo cáo đúng hạn', '100%: 1; 75%: 0,75; 50%: 0,5; 25%: 0,25']);
    expect(ruleCells('2.3')).toEqual(['Nhiệm vụ đúng hạn; lĩnh vực I', '100%: 1,5; 80%: 0,75']);
    expect(ruleCells('3.3.1')).toEqual([null, null]);
  });

  it.each(PAR_SAMPLE_FRAMEWORKS.map((d) => [d.name, d] as const))(
    "%s has valid data rules on DATA items only, areas by the plans' codes",
    (_name, sample) => {
      const withRule = sample.criteria.filter((c) => c.dataRule);
      expect(withRule.map((c) => c.method)).toEqual(withRule.map(() => ParScoringMethod.DATA));
      expect(withRule.map((c) => c.dataRule?.source).sort()).toEqual([
        ParDataSource.REPORTS_ON_TIME,
        ParDataSource.TASKS_ON_TIME,
        ParDataSource.TASKS_ON_TIME,
      ]);
      for (const c of withRule) {
        expect([c.code, c.dataRule && checkDataRule(c.dataRule, c.maxPoints)]).toEqual([c.code, []]);
        const area = c.dataRule?.areaCode;
        if (area) expect(isReformAreaCode(area)).toBe(true);
      }
    },
  );

  it('gives back data rules: area filters, reports, decimals, and DATA items without a rule', async () => {
    const leaf = (code: string, extra: Partial<ParCriterionDefinition>): ParCriterionDefinition => ({
      code,
      parentCode: '1',
      level: ParCriterionLevel.CRITERION,
      title: `Mục ${code}`,
      maxPoints: 2.5,
      method: ParScoringMethod.DATA,
      ...extra,
    });
    const definition: ParFrameworkDefinition = {
      name: 'Bộ tiêu chí có quy tắc dữ liệu',
      targetGroup: ParTargetGroup.DISTRICT,
      totalPoints: 12.5,
      bands: [],
      criteria: [
        {
          code: '1',
          parentCode: null,
          level: ParCriterionLevel.AREA,
          title: 'Lĩnh vực 1',
          maxPoints: 12.5,
          method: null,
        },
        leaf('1.1', {
          dataRule: {
            source: ParDataSource.TASKS_ON_TIME,
            areaCode: 'VII',
            thresholds: [
              { atLeast: 100, points: 2.5 },
              { atLeast: 92.5, points: 1.25 },
              { atLeast: 0, points: 0.05 },
            ],
          },
        }),
        leaf('1.2', {
          dataRule: {
            source: ParDataSource.REPORTS_ON_TIME,
            thresholds: [{ atLeast: 50, points: 2.5 }],
          },
        }),
        leaf('1.3', { dataRule: null }),
        leaf('1.4', {}),
        leaf('1.5', {
          dataRule: {
            source: ParDataSource.INDICATOR_TARGET,
            indicatorCode: 'CT-01',
            thresholds: [
              { atLeast: 100, points: 2.5 },
              { atLeast: 72.5, points: 1.25 },
            ],
          },
        }),
      ],
    };
    const parsed = await parseParFrameworkXlsx(await buildParFrameworkXlsx(definition, { year: 2025 }));
    expect(parsed).toEqual({ definition: canonicalParFramework(definition), problems: [] });
    expect(parsed.definition?.criteria[2]?.dataRule?.areaCode).toBeNull();
    expect(parsed.definition?.criteria[5]?.dataRule).toMatchObject({
      indicatorCode: 'CT-01',
      areaCode: null,
    });
  });

  it('imports a file from before the data rule columns', async () => {
    const sample = PAR_SAMPLE_FRAMEWORKS[1];
    if (sample === undefined) throw new Error('no sample');
    const withoutRules = {
      ...sample,
      criteria: sample.criteria.map(({ dataRule: _dropped, ...c }) => c),
    };
    const workbook = await load(await buildParFrameworkXlsx(withoutRules, { year: 2024 }));
    // Columns F and G ("Nguồn dữ liệu", "Ngưỡng điểm") were not there.
    const items = workbook.getWorksheet(ITEMS_SHEET);
    items?.spliceColumns(6, 2);
    expect(items?.getRow(1).values).toEqual([
      undefined,
      'Mã',
      'Nội dung',
      'Điểm tối đa',
      'Cách chấm',
      'Thang điểm',
      'Cần tài liệu kiểm chứng',
      'Hướng dẫn',
    ]);
    const parsed = await parseParFrameworkXlsx(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(parsed).toEqual({ definition: canonicalParFramework(withoutRules), problems: [] });
  });

  it('gives back what the samples do not show: bands, another group, a total, odd text', async () => {
    const definition: ParFrameworkDefinition = {
      name: 'Bộ tiêu chí: xã, phường "2025" & <mới>',
      targetGroup: ParTargetGroup.COMMUNE,
      totalPoints: 10.5,
      bands: [
        { code: 'Tốt', label: 'Tốt', minIndex: 85.5 },
        { code: '1', label: 'Khá', minIndex: 0 },
      ],
      criteria: [
        {
          code: 'I',
          parentCode: null,
          level: ParCriterionLevel.AREA,
          title: 'Lĩnh vực I',
          maxPoints: 10.5,
          method: null,
        },
        {
          code: 'I.10',
          parentCode: 'I',
          level: ParCriterionLevel.CRITERION,
          title: 'Tiêu chí\nhai dòng',
          maxPoints: 10.5,
          method: ParScoringMethod.MANUAL,
          options: [
            { label: 'Tỷ lệ: từ 90%', points: 10.5 },
            { label: 'Dưới 90%', points: 0.05 },
          ],
          guidance: 'Dòng một\nDòng hai',
          evidenceRequired: true,
        },
      ],
    };
    const parsed = await parseParFrameworkXlsx(await buildParFrameworkXlsx(definition, { year: 2025 }));
    expect(parsed).toEqual({ definition: canonicalParFramework(definition), problems: [] });
  });
});
