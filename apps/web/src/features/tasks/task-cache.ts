import type { ApolloCache } from '@apollo/client';

/**
 * A progress update can move a task between filtered lists and changes every statistic of its plan. The
 * task itself is refetched by its page; lists and statistics are evicted so they reload when next shown.
 */
export function invalidateTaskLists(cache: ApolloCache): void {
  for (const fieldName of ['tasks', 'myTasks', 'taskStats']) {
    cache.evict({ id: 'ROOT_QUERY', fieldName });
  }
  cache.gc();
}
