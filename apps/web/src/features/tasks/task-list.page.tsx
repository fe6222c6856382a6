import { useMemo, useState } from 'react';
import { FileExcelOutlined } from '@ant-design/icons';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DEFAULT_PAGE_SIZE } from '@partrack/shared';
import { useFormatters } from '../../app/format/use-formatters.hook';
import { DownloadErrorAlert } from '../../app/ui/download-error-alert.component';
import { useDownload } from '../../app/ui/use-download.hook';
import { useKeyedCursorPagination } from '../../app/ui/use-keyed-cursor-pagination.hook';
import { ExportTasksXlsxDocument, TasksDocument } from './graphql/task.operations';
import { TaskFilters } from './task-filters.component';
import { TaskTable } from './task-table.component';
import {
  hasActiveFilters,
  parseTaskFilters,
  taskFiltersToParams,
  toTaskFilterInput,
  toTaskOrder,
  type TaskListFilters,
} from './task-url-filters.util';

/** The API puts at most this many rows in the Excel export. */
const TASK_EXPORT_MAX_ROWS = 5000;

/** Every filter lives in the query string, so reloading or sharing the address shows the same list. */
export function TaskListPage() {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const client = useApolloClient();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseTaskFilters(params), [params]);
  const key = taskFiltersToParams(filters).toString();
  const pagination = useKeyedCursorPagination(key);
  const { data, previousData, loading, error, refetch } = useQuery(TasksDocument, {
    variables: {
      filter: toTaskFilterInput(filters),
      orderBy: toTaskOrder(filters.sort),
      first: DEFAULT_PAGE_SIZE,
      after: pagination.after,
    },
  });
  // Keeps the previous page on screen while the next one loads, instead of flashing an empty table.
  const connection = (data ?? previousData)?.tasks;
  const exporter = useDownload();
  // Set after an export that was cut at the API's row limit: how many rows the list had.
  const [truncatedAt, setTruncatedAt] = useState<number | null>(null);

  const change = (next: TaskListFilters) => setParams(taskFiltersToParams(next));

  // Exactly the list on screen: the filters and the sort of the address, never the cached page.
  const exportXlsx = async () => {
    setTruncatedAt(null);
    const total = connection?.totalCount ?? 0;
    const saved = await exporter.download(async () => {
      const result = await client.query({
        query: ExportTasksXlsxDocument,
        variables: { filter: toTaskFilterInput(filters), orderBy: toTaskOrder(filters.sort) },
        // A workbook is not worth keeping in the normalised cache.
        fetchPolicy: 'no-cache',
      });
      return result.data?.exportTasksXlsx;
    });
    if (saved && total > TASK_EXPORT_MAX_ROWS) setTruncatedAt(total);
  };

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('task.list.title')}
        </Typography.Title>
        <Button
          data-testid="task-export"
          icon={<FileExcelOutlined />}
          loading={exporter.downloading}
          disabled={connection?.totalCount === 0}
          onClick={() => void exportXlsx()}
        >
          {t('task.list.export')}
        </Button>
      </Flex>
      <Card>
        <Flex vertical gap={16} style={{ marginBottom: 16 }}>
          <TaskFilters value={filters} onChange={change} />
          <DownloadErrorAlert
            data-testid="task-export-error"
            error={exporter.error}
            onClose={exporter.clearError}
          />
          {truncatedAt !== null && (
            <Alert
              data-testid="task-export-truncated"
              type="warning"
              showIcon
              closable={{ onClose: () => setTruncatedAt(null) }}
              title={t('task.list.exportTruncated', {
                max: number(TASK_EXPORT_MAX_ROWS),
                total: number(truncatedAt),
              })}
            />
          )}
        </Flex>
        <TaskTable
          connection={data?.tasks}
          previousConnection={previousData?.tasks}
          loading={loading}
          error={error}
          onRetry={() => void refetch()}
          paging={{ pagination, pageSize: DEFAULT_PAGE_SIZE }}
          showPlan={!filters.plan}
          emptyText={hasActiveFilters(filters) ? t('common.noMatch') : t('task.list.empty')}
        />
      </Card>
    </>
  );
}
