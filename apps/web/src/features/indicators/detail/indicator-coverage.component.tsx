import { useQuery } from '@apollo/client/react';
import { Col, Collapse, Empty, Progress, Row, Skeleton, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import { ReportingCoverageDocument } from '../graphql/indicator.operations';
import { useIndicatorFormat } from '../use-indicator-format.hook';

/** Who should report for the period under the agency, how many did, how many are approved, who is missing. */
export function IndicatorCoverage({
  indicatorId,
  agencyId,
  period,
}: {
  indicatorId: string;
  agencyId: string;
  period: string;
}) {
  const { t } = useTranslation();
  const format = useIndicatorFormat();
  const { data, loading, error, refetch } = useQuery(ReportingCoverageDocument, {
    variables: { indicatorId, period, rootAgencyId: agencyId },
  });
  if (loading && !data) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (error && !data) return <ApiErrorAlert error={error} onRetry={() => void refetch()} />;
  const coverage = data?.reportingCoverage;
  if (!coverage || coverage.expected === 0) return <Empty description={t('indicator.coverage.none')} />;
  const percent = Math.round((coverage.reported / coverage.expected) * 100);

  return (
    <div data-testid="indicator-coverage">
      <Row gutter={16}>
        <Col span={8}>
          <Statistic title={t('indicator.coverage.expected')} value={format.number(coverage.expected)} />
        </Col>
        <Col span={8}>
          <Statistic title={t('indicator.coverage.reported')} value={format.number(coverage.reported)} />
        </Col>
        <Col span={8}>
          <Statistic title={t('indicator.coverage.approved')} value={format.number(coverage.approved)} />
        </Col>
      </Row>
      <Progress percent={percent} format={() => `${format.number(percent)}%`} style={{ marginTop: 8 }} />
      {coverage.missing.length === 0 ? (
        <Typography.Text type="success">{t('indicator.coverage.allReported')}</Typography.Text>
      ) : (
        <Collapse
          size="small"
          items={[
            {
              key: 'missing',
              label: t('indicator.coverage.missing', { n: format.number(coverage.missing.length) }),
              children: (
                <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="coverage-missing">
                  {coverage.missing.map((agency) => (
                    <li key={agency.id}>{agency.name}</li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      )}
    </div>
  );
}
