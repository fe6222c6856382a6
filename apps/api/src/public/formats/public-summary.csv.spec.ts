import { AgencyLevel, ParTargetGroup, SurveySector } from '@partrack/shared';
import type { PublicSummary } from '@partrack/shared';
import { csvCell, publicSummaryCsv } from './public-summary.csv';

describe('publicSummaryCsv', () => {
  const summary: PublicSummary = {
    province: { code: 'QNA', name: 'Ủy ban nhân dân tỉnh Quảng Nam' },
    year: 2022,
    years: [2022],
    sections: [
      {
        kind: 'PLAN_PROGRESS',
        byArea: [
          {
            code: 'I',
            nameVi: 'Cải cách thể chế',
            nameEn: 'Institutional reform',
            total: 3,
            done: 1,
            inProgress: 1,
            notStarted: 0,
            overdue: 1,
          },
        ],
        byAgency: [{ name: 'Sở Nội vụ, "Ban"', total: 1, done: 1, inProgress: 0, notStarted: 0, overdue: 0 }],
      },
      {
        kind: 'PAR_INDEX_RANKING',
        cycle: { name: 'Chỉ số CCHC năm 2022', publishedAt: '2023-03-01T00:00:00Z' },
        rows: [
          {
            group: ParTargetGroup.DISTRICT,
            rank: 1,
            agencyName: 'UBND huyện Bắc Trà My',
            index: 91.44,
            band: 'A',
          },
        ],
      },
      {
        kind: 'SATISFACTION',
        surveys: 1,
        sample: true,
        overall: { respondents: 10, valid: 20, satisfied: 17, share: 85, target: 85 },
        byAgency: [{ name: 'Sở Xây dựng', respondents: 10, valid: 20, satisfied: 17, share: 85, target: 80 }],
        bySector: [
          {
            sector: SurveySector.CONSTRUCTION,
            respondents: 10,
            valid: 20,
            satisfied: 17,
            share: 85,
            target: 80,
          },
        ],
      },
      {
        kind: 'INSPECTION_COVERAGE',
        approved: true,
        levels: [{ level: AgencyLevel.DISTRICT, agencies: 3, inspected: 1, percent: 33.33, target: 30 }],
        total: { level: null, agencies: 3, inspected: 1, percent: 33.33, target: 30 },
      },
    ],
  };

  it('writes a BOM, a header and one CRLF row per figure, Vietnamese names quoted when needed', () => {
    expect(publicSummaryCsv(summary)).toBe(
      '\uFEFFsection,group,area_code,name,total,done,in_progress,not_started,overdue,rank,index,band,' +
        'respondents,valid,satisfied,share,target\r\n' +
        'progress_by_area,,I,Cải cách thể chế,3,1,1,0,1,,,,,,,,\r\n' +
        'progress_by_agency,,,"Sở Nội vụ, ""Ban""",1,1,0,0,0,,,,,,,,\r\n' +
        'par_index_ranking,DISTRICT,,UBND huyện Bắc Trà My,,,,,,1,91.44,A,,,,,\r\n' +
        'satisfaction_overall,SAMPLE,,,,,,,,,,,10,20,17,85,85\r\n' +
        'satisfaction_by_sector,CONSTRUCTION,,,,,,,,,,,10,20,17,85,80\r\n' +
        'satisfaction_by_agency,,,Sở Xây dựng,,,,,,,,,10,20,17,85,80\r\n' +
        'inspection_coverage,DISTRICT,,,3,1,,,,,,,,,,33.33,30\r\n' +
        'inspection_coverage,TOTAL,,,3,1,,,,,,,,,,33.33,30\r\n',
    );
  });

  it('never lets a spreadsheet read a cell as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell(null)).toBe('');
  });
});
