import type { ReactNode } from 'react';
import { Empty, Table, type TableProps } from 'antd';
import { ApiErrorAlert } from './api-error-alert.component';
import { CursorPager } from './cursor-pager.component';
import type { CursorPagination } from './use-cursor-pagination.hook';

/** The part of a Relay-style connection a list screen reads; every list query of the API returns one. */
export interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: readonly { node: T }[];
}

export interface ConnectionPaging {
  pagination: CursorPagination;
  pageSize: number;
  /** Hides the pager while every row fits on one page (lists with large pages that rarely need one). */
  hideOnSinglePage?: boolean;
}

/** What the caller may still set on the antd Table; rows, loading, empty text and paging come from here. */
type TablePassThrough<T> = Omit<TableProps<T>, 'dataSource' | 'loading' | 'locale' | 'pagination'>;

export interface ConnectionTableProps<T extends { id: string }> extends TablePassThrough<T> {
  /** The result of the query; while it is missing, a query error replaces the table. */
  connection: Connection<T> | null | undefined;
  /**
   * The previous result (Apollo's previousData), shown while the next page or filter loads so the table does
   * not flash empty. It does not hide an error: a failed query must not pass for the previous filter's rows.
   */
  previousConnection?: Connection<T> | null;
  loading: boolean;
  error?: unknown;
  onRetry: () => void;
  /** Says why the list is empty: usually "no match" when filtered, the domain's empty text otherwise. */
  emptyText: ReactNode;
  /** Without it the table shows the first page only (a bounded list, e.g. figures of one indicator). */
  paging?: ConnectionPaging;
  /** Orders the rows of the page on screen when the API's order is not the one the list wants. */
  sortRows?: (a: T, b: T) => number;
  'data-testid'?: string;
}

/**
 * The list screens' table over a GraphQL connection: the error alert with a retry when nothing can be shown,
 * otherwise the table (rows keyed by id, no antd paging since the API pages with cursors) and the cursor pager.
 */
export function ConnectionTable<T extends { id: string }>({
  connection,
  previousConnection,
  loading,
  error,
  onRetry,
  emptyText,
  paging,
  sortRows,
  ...table
}: ConnectionTableProps<T>) {
  const shown = connection ?? previousConnection;
  const nodes = shown?.edges.map((edge) => edge.node) ?? [];
  const pager =
    paging && shown && (!paging.hideOnSinglePage || shown.totalCount > paging.pageSize) ? (
      <CursorPager
        page={paging.pagination.page}
        pageSize={paging.pageSize}
        totalCount={shown.totalCount}
        hasNextPage={shown.pageInfo.hasNextPage}
        onPrevious={paging.pagination.previous}
        onNext={() => paging.pagination.next(shown.pageInfo.endCursor)}
      />
    ) : null;
  return (
    <>
      {error && !connection ? (
        <ApiErrorAlert error={error} onRetry={onRetry} />
      ) : (
        <Table<T>
          rowKey="id"
          {...table}
          loading={loading}
          dataSource={sortRows ? nodes.sort(sortRows) : nodes}
          pagination={false}
          locale={{ emptyText: <Empty description={emptyText} /> }}
        />
      )}
      {pager}
    </>
  );
}
