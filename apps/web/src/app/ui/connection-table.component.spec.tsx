import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderFast } from '../../testing/fast-user';
import { ConnectionTable, type Connection, type ConnectionTableProps } from './connection-table.component';
import type { CursorPagination } from './use-cursor-pagination.hook';

interface Row {
  id: string;
  name: string;
}

function connectionOf(names: string[], totalCount = names.length, hasNextPage = false): Connection<Row> {
  return {
    totalCount,
    pageInfo: { hasNextPage, endCursor: names.length > 0 ? `cursor-${names.length}` : null },
    edges: names.map((name, i) => ({ node: { id: `row-${i + 1}`, name } })),
  };
}

function fakePagination(page = 1): CursorPagination {
  return { page, after: null, next: vi.fn(), previous: vi.fn(), reset: vi.fn() };
}

function renderTable(props: Partial<ConnectionTableProps<Row>> = {}) {
  return renderFast(
    <ConnectionTable<Row>
      data-testid="rows"
      connection={undefined}
      loading={false}
      onRetry={() => undefined}
      emptyText="Chưa có dòng nào"
      columns={[{ key: 'name', title: 'Tên', dataIndex: 'name' }]}
      {...props}
    />,
  );
}

describe('ConnectionTable', () => {
  it('shows the spinner while the first page loads', () => {
    const { container, unmount } = renderTable({ loading: true });
    expect(container.querySelector('.ant-spin-spinning')).not.toBeNull();
    unmount();
    const loaded = renderTable({ connection: connectionOf(['Sở Nội vụ']) });
    expect(loaded.container.querySelector('.ant-spin-spinning')).toBeNull();
  });

  it('shows the rows of the connection, or the empty text when there are none', () => {
    const { unmount } = renderTable({ connection: connectionOf(['Sở Nội vụ', 'Sở Tư pháp']) });
    expect(screen.getByText('Sở Nội vụ')).toBeInTheDocument();
    expect(screen.getByText('Sở Tư pháp')).toBeInTheDocument();
    unmount();
    renderTable({ connection: connectionOf([]) });
    expect(screen.getByText('Chưa có dòng nào')).toBeInTheDocument();
  });

  it('replaces the table by the error with a retry when there is no result', async () => {
    const onRetry = vi.fn();
    const { fast } = renderTable({ error: new Error('Network down'), onRetry });
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(screen.queryByTestId('rows')).not.toBeInTheDocument();
    await fast.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('keeps a result on screen despite a later error, but not the previous one', () => {
    const { unmount } = renderTable({ connection: connectionOf(['Sở Nội vụ']), error: new Error('x') });
    expect(screen.getByText('Sở Nội vụ')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    unmount();
    renderTable({
      connection: undefined,
      previousConnection: connectionOf(['Sở Nội vụ']),
      error: new Error('x'),
    });
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(screen.queryByText('Sở Nội vụ')).not.toBeInTheDocument();
  });

  it('pages forward from the end cursor and back', async () => {
    const pagination = fakePagination(2);
    const { fast } = renderTable({
      connection: connectionOf(['Sở Nội vụ', 'Sở Tư pháp'], 45, true),
      paging: { pagination, pageSize: 20 },
    });
    expect(screen.getByText('Tổng số: 45')).toBeInTheDocument();
    expect(screen.getByText('Trang 2/3')).toBeInTheDocument();
    await fast.click(screen.getByRole('button', { name: 'Trang sau' }));
    expect(pagination.next).toHaveBeenCalledWith('cursor-2');
    await fast.click(screen.getByRole('button', { name: 'Trang trước' }));
    expect(pagination.previous).toHaveBeenCalledTimes(1);
  });

  it('hides the pager of a single page when asked, and has none without paging', () => {
    const { unmount } = renderTable({
      connection: connectionOf(['Sở Nội vụ'], 1),
      paging: { pagination: fakePagination(), pageSize: 50, hideOnSinglePage: true },
    });
    expect(screen.queryByText('Tổng số: 1')).not.toBeInTheDocument();
    unmount();
    renderTable({
      connection: connectionOf(['Sở Nội vụ'], 1),
      paging: { pagination: fakePagination(), pageSize: 50 },
    });
    expect(screen.getByText('Tổng số: 1')).toBeInTheDocument();
  });

  it('orders the rows of the page when given an order', () => {
    renderTable({
      connection: connectionOf(['Sở Tư pháp', 'Sở Nội vụ']),
      sortRows: (a, b) => a.name.localeCompare(b.name, 'vi'),
    });
    const cells = screen.getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells).toEqual(['Sở Nội vụ', 'Sở Tư pháp']);
  });
});
