import { AgencyKind, AgencyLevel } from '@partrack/shared';
import type { AgencyDetailQuery } from '../../gql/graphql';

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
