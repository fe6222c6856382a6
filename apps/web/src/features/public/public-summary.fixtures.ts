import { AgencyLevel, ParTargetGroup, SurveySector } from '@partrack/shared';
import type { PublicCoverageSection, PublicSatisfactionSection, PublicSummary } from '@partrack/shared';

const AREAS = [
  ['I', 'Cải cách thể chế', 'Institutional reform'],
  ['II', 'Cải cách thủ tục hành chính', 'Administrative procedure reform'],
  ['III', 'Cải cách tổ chức bộ máy', 'Apparatus reform'],
] as const;

/** Satisfaction of one closed land-sector survey: one agency above its 80 % target, one below. */
export function satisfactionSection(
  over: Partial<PublicSatisfactionSection> = {},
): PublicSatisfactionSection {
  return {
    kind: 'SATISFACTION',
    surveys: 1,
    sample: false,
    overall: { respondents: 300, valid: 600, satisfied: 501, share: 83.5, target: 85 },
    byAgency: [
      {
        name: 'Sở Tài nguyên và Môi trường',
        respondents: 200,
        valid: 400,
        satisfied: 350,
        share: 87.5,
        target: 80,
      },
      {
        name: 'UBND thành phố Tam Kỳ',
        respondents: 100,
        valid: 200,
        satisfied: 151,
        share: 75.5,
        target: 80,
      },
    ],
    bySector: [
      { sector: SurveySector.LAND, respondents: 300, valid: 600, satisfied: 501, share: 83.5, target: 80 },
    ],
    ...over,
  };
}

/** The approved plan's coverage: departments above target, districts below. */
export function coverageSection(over: Partial<PublicCoverageSection> = {}): PublicCoverageSection {
  return {
    kind: 'INSPECTION_COVERAGE',
    approved: true,
    levels: [
      { level: AgencyLevel.PROVINCE, agencies: 20, inspected: 8, percent: 40, target: 30 },
      { level: AgencyLevel.DISTRICT, agencies: 18, inspected: 3, percent: 16.67, target: 30 },
    ],
    total: { level: null, agencies: 38, inspected: 11, percent: 28.95, target: 30 },
    ...over,
  };
}

/** A province's public summary as the API sends it: three areas, two agencies, a published ranking. */
export function publicSummary(overrides: Partial<PublicSummary> = {}): PublicSummary {
  return {
    province: { code: 'QNA', name: 'Ủy ban nhân dân tỉnh Quảng Nam' },
    year: 2022,
    years: [2022, 2021],
    sections: [
      {
        kind: 'PLAN_PROGRESS',
        byArea: AREAS.map(([code, nameVi, nameEn], i) => ({
          code,
          nameVi,
          nameEn,
          total: i === 2 ? 0 : 4,
          done: i === 2 ? 0 : 2,
          inProgress: i === 2 ? 0 : 1,
          notStarted: 0,
          overdue: i === 2 ? 0 : 1,
        })),
        byAgency: [
          { name: 'Sở Nội vụ', total: 5, done: 3, inProgress: 1, notStarted: 0, overdue: 1 },
          { name: 'Sở Tư pháp', total: 3, done: 1, inProgress: 1, notStarted: 0, overdue: 1 },
        ],
      },
      {
        kind: 'PAR_INDEX_RANKING',
        cycle: { name: 'Chỉ số CCHC năm 2022', publishedAt: '2023-03-15T02:00:00.000Z' },
        rows: [
          { group: ParTargetGroup.DEPARTMENT, rank: 1, agencyName: 'Sở Nội vụ', index: 92.5, band: 'A' },
          { group: ParTargetGroup.DEPARTMENT, rank: 2, agencyName: 'Sở Tư pháp', index: 85.25, band: 'B' },
          {
            group: ParTargetGroup.DISTRICT,
            rank: 1,
            agencyName: 'UBND huyện Bắc Trà My',
            index: 91.44,
            band: 'A',
          },
        ],
      },
      satisfactionSection(),
      coverageSection(),
    ],
    ...overrides,
  };
}
