import { ParAssessmentStatus, ParCycleStatus, ParTargetGroup } from '@partrack/shared';
import type { ParRankingCycleQuery, ParRankingRowFieldsFragment } from '../../../gql/graphql';
import { ParRankingCycleDocument, ParRankingDocument } from '../graphql/par-ranking.operations';

export const BAND_A = { __typename: 'ParBand' as const, code: 'A', label: 'Xuất sắc', minIndex: 90 };
export const BAND_B = { __typename: 'ParBand' as const, code: 'B', label: 'Tốt', minIndex: 80 };
export const BAND_D = { __typename: 'ParBand' as const, code: 'D', label: 'Trung bình', minIndex: 0 };

const AREA_NAMES = ['Công tác chỉ đạo, điều hành CCHC', 'Cải cách thể chế', 'Cải cách thủ tục hành chính'];

/** An agency's row with three areas, whose component indices are given in order. */
export function rankingRow(
  id: string,
  name: string,
  rank: number,
  index: number,
  areaIndices: [number, number, number],
  extra: Partial<ParRankingRowFieldsFragment> = {},
): ParRankingRowFieldsFragment {
  return {
    __typename: 'ParRankingRow',
    assessmentId: id,
    agencyId: `a-${id}`,
    agency: { __typename: 'Agency', id: `a-${id}`, name },
    targetGroup: ParTargetGroup.DEPARTMENT,
    rank,
    index,
    points: index,
    bonus: 0,
    penalty: 0,
    maxPoints: 100,
    band: index >= 90 ? BAND_A : index >= 80 ? BAND_B : BAND_D,
    areas: areaIndices.map((areaIndex, i) => ({
      __typename: 'ParRankingArea' as const,
      code: String(i + 1),
      name: AREA_NAMES[i],
      points: areaIndex / 10,
      maxPoints: 10,
      index: areaIndex,
    })),
    previousIndex: null,
    status: ParAssessmentStatus.FINALISED,
    finalised: true,
    ...extra,
  };
}

export function rankingCycle(
  extra: Partial<ParRankingCycleQuery['parCycle']> = {},
): ParRankingCycleQuery['parCycle'] {
  return {
    __typename: 'ParCycle',
    id: 'cy-1',
    year: 2025,
    name: 'Chỉ số CCHC năm 2025',
    status: ParCycleStatus.OPEN,
    publishedAt: null,
    ...extra,
  };
}

export function rankingCycleMock(cycle: ParRankingCycleQuery['parCycle'] = rankingCycle()) {
  return {
    request: { query: ParRankingCycleDocument, variables: { id: cycle.id } },
    result: { data: { parCycle: cycle } },
  };
}

export function rankingMock(
  rows: ParRankingRowFieldsFragment[],
  targetGroup: ParTargetGroup = ParTargetGroup.DEPARTMENT,
  cycleId = 'cy-1',
) {
  return {
    request: { query: ParRankingDocument, variables: { cycleId, targetGroup } },
    result: { data: { parRanking: rows } },
  };
}
