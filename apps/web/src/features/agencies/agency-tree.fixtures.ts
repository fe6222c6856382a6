import { AgencyKind, AgencyLevel } from '@partrack/shared';
import type { AgencyTreeRow } from './agency-tree.util';

function row(
  id: string,
  name: string,
  code: string,
  parentId: string | null,
  depth: number,
  extra: Partial<AgencyTreeRow> = {},
): AgencyTreeRow {
  return {
    __typename: 'AgencyTreeNode',
    id,
    code,
    name,
    shortName: null,
    aliases: [],
    kind: depth === 0 ? AgencyKind.PEOPLES_COMMITTEE : AgencyKind.DEPARTMENT,
    level: AgencyLevel.PROVINCE,
    parentId,
    depth,
    active: true,
    validFrom: '2020-01-01',
    validTo: null,
    successorId: null,
    childCount: 0,
    ...extra,
  };
}

/** A small province in depth-first order, as agencyTree returns it. */
export const PROVINCE_ROWS: AgencyTreeRow[] = [
  row('p', 'Ủy ban nhân dân tỉnh Hà Giang', 'UBND-HG', null, 0, { childCount: 3 }),
  row('nv', 'Sở Nội vụ', 'SNV', 'p', 1, { shortName: 'SNV', aliases: ['Sở NV'], childCount: 1 }),
  row('bth', 'Ban Thi đua - Khen thưởng', 'SNV-BTDKT', 'nv', 2, { kind: AgencyKind.OTHER }),
  row('yt', 'Sở Y tế', 'SYT', 'p', 1, { childCount: 1 }),
  row('bv', 'Bệnh viện Đa khoa tỉnh', 'SYT-BVDK', 'yt', 2, { kind: AgencyKind.PUBLIC_SERVICE_UNIT }),
  row('dn', 'Huyện Đồng Văn', 'H-DV', 'p', 1, {
    level: AgencyLevel.DISTRICT,
    kind: AgencyKind.PEOPLES_COMMITTEE,
  }),
];
