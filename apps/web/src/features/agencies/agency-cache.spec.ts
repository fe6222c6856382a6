import { ApolloClient, InMemoryCache } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { describe, expect, it } from 'vitest';
import { invalidateAgencyQueries } from './agency-cache';
import { PROVINCE_ROWS } from './agency-tree.fixtures';
import { AgencyTreeDocument } from './graphql/agency-tree.operations';

describe('invalidateAgencyQueries', () => {
  it('makes a watched agency tree refetch', async () => {
    let requests = 0;
    const mock = {
      request: { query: AgencyTreeDocument, variables: () => true },
      result: () => {
        requests += 1;
        return { data: { agencyTree: PROVINCE_ROWS.slice(0, requests) } };
      },
      maxUsageCount: 5,
    };
    const client = new ApolloClient({ cache: new InMemoryCache(), link: new MockLink([mock]) });
    const lengths: number[] = [];
    const subscription = client
      .watchQuery({ query: AgencyTreeDocument, variables: {} })
      .subscribe((result) => {
        if (result.data?.agencyTree) lengths.push(result.data.agencyTree.length);
      });
    await expect.poll(() => lengths).toEqual([1]);

    invalidateAgencyQueries(client.cache);
    await expect.poll(() => lengths.at(-1)).toBe(2);
    expect(requests).toBe(2);
    subscription.unsubscribe();
  });
});
