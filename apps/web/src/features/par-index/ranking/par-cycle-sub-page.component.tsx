import type { ReactNode } from 'react';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ParCycleStatus } from '@partrack/shared';
import { toApiError } from '../../../app/apollo/api-error';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import type { ParRankingCycleQuery } from '../../../gql/graphql';
import { ParRankingCycleDocument } from '../graphql/par-ranking.operations';
import { PAR_CYCLES_PATH, parCyclePath } from '../par-framework.util';
import { ParCycleNav, type ParCycleSection } from './par-cycle-nav.component';

export type ParCycleHeader = ParRankingCycleQuery['parCycle'];

interface ParCycleSubPageProps {
  cycleId: string;
  section: Exclude<ParCycleSection, 'assessments'>;
  title: string;
  /** Buttons beside the title (a download). */
  extra?: ReactNode;
  children: (cycle: ParCycleHeader) => ReactNode;
}

/**
 * The frame of the ranking and points-at-risk screens: the cycle's name, the cycle views, and a notice that
 * the figures are provisional until the results are published. Loading, missing and failing cycles look like
 * the cycle page's.
 */
export function ParCycleSubPage({ cycleId, section, title, extra, children }: ParCycleSubPageProps) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ParRankingCycleDocument, { variables: { id: cycleId } });
  const cycle = data?.parCycle;

  if (loading && !cycle) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  if (!cycle) {
    return (
      <Card>
        {error && toApiError(error).code !== 'NOT_FOUND' ? (
          <ApiErrorAlert error={error} onRetry={() => void refetch()} />
        ) : (
          <Empty description={t('parIndex.cycle.notFound')}>
            <Link to={PAR_CYCLES_PATH}>{t('parIndex.cycle.backToList')}</Link>
          </Empty>
        )}
      </Card>
    );
  }

  return (
    <Flex vertical gap={16} data-testid={`par-${section === 'ranking' ? 'ranking' : 'at-risk'}-page`}>
      <div>
        <Link to={parCyclePath(cycle.id)}>
          <ArrowLeftOutlined /> {cycle.name}
        </Link>
        <Flex justify="space-between" align="center" wrap gap={8} style={{ marginTop: 8 }}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="par-sub-page-title">
            {title}
          </Typography.Title>
          {extra}
        </Flex>
      </div>
      <ParCycleNav cycleId={cycle.id} current={section} />
      {cycle.status !== ParCycleStatus.PUBLISHED && (
        <Alert
          type="warning"
          showIcon
          data-testid="par-provisional-notice"
          title={t('parIndex.ranking.provisional')}
          description={t('parIndex.ranking.provisionalHint')}
        />
      )}
      {children(cycle)}
    </Flex>
  );
}
