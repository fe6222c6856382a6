import { AgencyKind, AgencyLevel } from '@partrack/shared';
import type { AgencyDetailQuery, AgencyHistoryQuery } from '../../gql/graphql';

type AgencyDetail = AgencyDetailQuery['agency'];

export function agencyDetail(overrides: Partial<AgencyDetail> = {}): AgencyDetail {
  return {
    __typename: 'Agency',
    id: 'nv',
    code: 'SNV',
    name: 'Sở Nội vụ',
    shortName: 'SNV',
    aliases: ['Sở Nội vụ tỉnh Hà Giang'],
    kind: AgencyKind.DEPARTMENT,
    level: AgencyLevel.PROVINCE,
    parentId: 'p',
    validFrom: '2020-01-01',
    validTo: null,
    successorId: null,
    active: true,
    descendantCount: 1,
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2025-03-04T02:30:00Z',
    version: 3,
    parent: { __typename: 'Agency', id: 'p', code: 'UBND-HG', name: 'Ủy ban nhân dân tỉnh Hà Giang' },
    successor: null,
    ancestors: [{ __typename: 'Agency', id: 'p', name: 'Ủy ban nhân dân tỉnh Hà Giang' }],
    children: [{ __typename: 'Agency', id: 'bth', active: true }],
    ...overrides,
  };
}

type AgencyHistory = AgencyHistoryQuery['agency'];
type Version = AgencyHistory['history'][number];

/** One dated version; kind and level rarely matter to the screens, so they default to a department's. */
export function agencyVersion(
  agencyId: string,
  effectiveFrom: string | null,
  effectiveTo: string | null,
  facts: Pick<Version, 'name' | 'parentId'> & Partial<Version>,
): Version {
  return {
    __typename: 'AgencyVersion',
    agencyId,
    effectiveFrom,
    effectiveTo,
    shortName: null,
    kind: AgencyKind.DEPARTMENT,
    level: AgencyLevel.PROVINCE,
    ...facts,
  };
}

/** The AgencyHistory answer for an agency with these versions (oldest first, as the API lists them). */
export function agencyHistory(
  id: string,
  history: Version[],
  overrides: Partial<Omit<AgencyHistory, 'history'>> = {},
): AgencyHistory {
  const latest = history[history.length - 1];
  return {
    __typename: 'Agency',
    id,
    name: latest?.name ?? id,
    validTo: null,
    successor: null,
    history,
    ...overrides,
  };
}
