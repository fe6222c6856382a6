import { Card, Col, Row, Statistic, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import type { ImportAgenciesMutation } from '../../../gql/graphql';

export type ImportResult = ImportAgenciesMutation['importAgencies'];

export function ImportCounts({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const items = [
    { key: 'created', value: result.created, color: '#237804' },
    { key: 'updated', value: result.updated, color: '#0958d9' },
    { key: 'unchanged', value: result.unchanged, color: undefined },
    { key: 'errors', value: result.errors.length, color: result.errors.length > 0 ? '#cf1322' : undefined },
  ] as const;
  return (
    <Row gutter={16} data-testid="import-counts">
      {items.map((item) => (
        <Col key={item.key} xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t(`agencyImport.counts.${item.key}`)}
              value={item.value}
              formatter={(value) => number(Number(value))}
              styles={{ content: { color: item.color } }}
              data-testid={`import-count-${item.key}`}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

export function ImportErrorTable({ errors }: { errors: ImportResult['errors'] }) {
  const { t } = useTranslation();
  return (
    <Table
      data-testid="import-errors"
      size="small"
      rowKey={(row) => `${row.line}:${row.message}`}
      dataSource={errors}
      pagination={errors.length > 20 ? { pageSize: 20 } : false}
      columns={[
        { key: 'line', title: t('agencyImport.errors.line'), dataIndex: 'line', width: 100 },
        { key: 'message', title: t('agencyImport.errors.message'), dataIndex: 'message' },
      ]}
    />
  );
}
