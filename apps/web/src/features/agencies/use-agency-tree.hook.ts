import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { buildAgencyForest, type AgencyForest } from './agency-tree.util';
import { AgencyTreeDocument } from './graphql/agency-tree.operations';

export interface AgencyTreeOptions {
  /** "YYYY-MM-DD"; null means today on the API side. */
  asOf?: string | null;
  includeInactive?: boolean;
  /** Only this agency and its subtree; null means every root the user may read. */
  rootId?: string | null;
  skip?: boolean;
}

export function useAgencyTree({
  asOf = null,
  includeInactive = false,
  rootId = null,
  skip = false,
}: AgencyTreeOptions = {}) {
  const query = useQuery(AgencyTreeDocument, {
    // rootId is only sent when set, so existing callers (and their test mocks) keep the same variables.
    variables: rootId ? { asOf, includeInactive, rootId } : { asOf, includeInactive },
    skip,
    notifyOnNetworkStatusChange: true,
  });
  // `skip` widens the data type to partial; only complete results are turned into a tree.
  const rows = query.dataState === 'complete' ? query.data.agencyTree : undefined;
  const forest: AgencyForest = useMemo(() => buildAgencyForest(rows ?? []), [rows]);
  return { ...query, forest, rows: rows ?? [] };
}
