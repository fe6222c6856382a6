import { AgencyLevel, SurveySector } from '@partrack/shared';
import { coverageSection, satisfactionSection } from './public-sections';

describe('satisfactionSection', () => {
  it('pools the agencies, holds the five named sectors to 80 % and the rest to 85 %', () => {
    const s = satisfactionSection({
      surveys: 2,
      sample: false,
      agencies: [
        {
          name: 'Sở Tài nguyên và Môi trường',
          valid: 80,
          satisfied: 66,
          respondents: 40,
          sector: SurveySector.LAND,
        },
        { name: 'UBND huyện Một', valid: 120, satisfied: 108, respondents: 60, sector: null },
      ],
      sectors: [{ sector: SurveySector.LAND, valid: 80, satisfied: 66, respondents: 40 }],
    });
    expect(s.overall).toEqual({ respondents: 100, valid: 200, satisfied: 174, share: 87, target: 85 });
    expect(s.byAgency.map((a) => [a.name, a.share, a.target])).toEqual([
      ['Sở Tài nguyên và Môi trường', 82.5, 80],
      ['UBND huyện Một', 90, 85],
    ]);
    expect(s.bySector).toEqual([
      { sector: 'LAND', respondents: 40, valid: 80, satisfied: 66, share: 82.5, target: 80 },
    ]);
  });

  it('is empty, with no share, when the year has no shown survey', () => {
    expect(satisfactionSection(null)).toEqual({
      kind: 'SATISFACTION',
      surveys: 0,
      sample: false,
      overall: { respondents: 0, valid: 0, satisfied: 0, share: null, target: 85 },
      byAgency: [],
      bySector: [],
    });
  });
});

describe('coverageSection', () => {
  it('orders the levels, and weighs the total target by agencies', () => {
    const s = coverageSection({
      targets: { PROVINCE: 50, DISTRICT: 30, COMMUNE: 20 },
      levels: [
        { level: AgencyLevel.COMMUNE, agencies: 6, inspected: 1 },
        { level: AgencyLevel.PROVINCE, agencies: 2, inspected: 1 },
        { level: AgencyLevel.DISTRICT, agencies: 3, inspected: 0 },
      ],
    });
    expect(s.levels.map((l) => [l.level, l.percent, l.target])).toEqual([
      ['PROVINCE', 50, 50],
      ['DISTRICT', 0, 30],
      ['COMMUNE', 16.67, 20],
    ]);
    // (2 × 50 + 3 × 30 + 6 × 20) ÷ 11 = 28.18
    expect(s.total).toEqual({ level: null, agencies: 11, inspected: 2, percent: 18.18, target: 28.18 });
  });

  it('has no lines without an approved plan', () => {
    expect(coverageSection(null)).toEqual({
      kind: 'INSPECTION_COVERAGE',
      approved: false,
      levels: [],
      total: null,
    });
  });
});
