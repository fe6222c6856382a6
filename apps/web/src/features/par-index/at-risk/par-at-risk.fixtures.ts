import { ParEvidenceRecordType, ParProvisionalSource, ParScoringMethod } from '@partrack/shared';
import type { ParProvisionalScoreQuery } from '../../../gql/graphql';
import {
  ParPointsAtRiskDocument,
  ParProvisionalScoreDocument,
  ParWhatIfScoreDocument,
} from '../graphql/par-at-risk.operations';
import type { ParAtRiskRow, ParLostRecord, ParProvisionalItem } from './par-at-risk.util';

type Score = ParProvisionalScoreQuery['parProvisionalScore'];

export function lostRecord(
  recordId: string,
  label: string,
  extra: Partial<ParLostRecord> = {},
): ParLostRecord {
  return {
    __typename: 'ParLostRecord',
    recordId,
    recordType: ParEvidenceRecordType.TASK,
    label,
    dueDate: '2026-06-30',
    doneOn: null,
    gain: 0.5,
    ...extra,
  };
}

export function provisionalItem(code: string, extra: Partial<ParProvisionalItem> = {}): ParProvisionalItem {
  return {
    __typename: 'ParProvisionalItem',
    criterionId: `c-${code}`,
    code,
    title: `Nội dung ${code}`,
    method: ParScoringMethod.DATA,
    source: ParProvisionalSource.COMPUTED,
    maxPoints: 1,
    points: 1,
    atRisk: 0,
    share: 100,
    due: 4,
    onTime: 4,
    records: [],
    indicator: null,
    ...extra,
  };
}

export function provisionalScore(items: ParProvisionalItem[], extra: Partial<Score> = {}): Score {
  return {
    __typename: 'ParProvisionalScore',
    asOf: '2026-07-15',
    index: 82.5,
    points: 82.5,
    maxPoints: 100,
    pointsAtRisk: items.reduce((sum, item) => sum + item.atRisk, 0),
    items,
    ...extra,
  };
}

export function provisionalMock(assessmentId: string, score: Score) {
  return {
    request: { query: ParProvisionalScoreDocument, variables: { assessmentId, doneTaskIds: [] } },
    result: { data: { parProvisionalScore: score } },
  };
}

export function whatIfMock(assessmentId: string, doneTaskIds: string[], index: number) {
  return {
    request: { query: ParWhatIfScoreDocument, variables: { assessmentId, doneTaskIds } },
    result: {
      data: {
        parProvisionalScore: { __typename: 'ParProvisionalScore', index, points: index, pointsAtRisk: 0 },
      },
    },
  };
}

export function atRiskRow(
  id: string,
  name: string,
  pointsAtRisk: number,
  index: number,
  extra: Partial<ParAtRiskRow> = {},
): ParAtRiskRow {
  return {
    __typename: 'ParAtRiskRow',
    assessmentId: id,
    agencyId: `a-${id}`,
    agency: { __typename: 'Agency', id: `a-${id}`, name },
    index,
    pointsAtRisk,
    lateTasks: 0,
    lateReports: 0,
    ...extra,
  };
}

export function atRiskMock(cycleId: string, rows: ParAtRiskRow[]) {
  return {
    request: { query: ParPointsAtRiskDocument, variables: { cycleId } },
    result: { data: { parPointsAtRisk: rows } },
  };
}
