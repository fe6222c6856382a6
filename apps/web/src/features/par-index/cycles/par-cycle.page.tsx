import { useState } from 'react';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Card, Col, Empty, Flex, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { toApiError } from '../../../app/apollo/api-error';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import { FormErrorAlert } from '../../../app/ui/form-error-alert.component';
import { ParCycleDetailDocument } from '../graphql/par-cycle-admin.operations';
import { PAR_CYCLES_PATH } from '../par-framework.util';
import { ParCycleNav } from '../ranking/par-cycle-nav.component';
import { ParCycleAssessments } from './par-cycle-assessments.component';
import { ParCycleCouncil } from './par-cycle-council.component';
import { ParCyclePublish, publishErrorState } from './par-cycle-publish.component';
import { ParCycleSummary } from './par-cycle-summary.component';
import { useParCycleStatuses } from './use-par-cycle-statuses.hook';

/**
 * One cycle: its deadlines, council and publication, and every agency's assessment. Coordinators name the
 * council, extend or reopen an assessment and publish the results.
 */
export function ParCyclePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const cycleQuery = useQuery(ParCycleDetailDocument, { variables: { id } });
  const statuses = useParCycleStatuses(id);
  const [publishError, setPublishError] = useState<unknown>(null);
  const cycle = cycleQuery.data?.parCycle;

  if (cycleQuery.loading && !cycle) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  if (!cycle) {
    return (
      <Card>
        {cycleQuery.error && toApiError(cycleQuery.error).code !== 'NOT_FOUND' ? (
          <ApiErrorAlert error={cycleQuery.error} onRetry={() => void cycleQuery.refetch()} />
        ) : (
          <Empty description={t('parIndex.cycle.notFound')}>
            <Link to={PAR_CYCLES_PATH}>{t('parIndex.cycle.backToList')}</Link>
          </Empty>
        )}
      </Card>
    );
  }

  return (
    <Flex vertical gap={16} data-testid="par-cycle">
      <div>
        <Link to={PAR_CYCLES_PATH}>
          <ArrowLeftOutlined /> {t('parIndex.cycle.backToList')}
        </Link>
        <Flex justify="space-between" align="center" wrap gap={8} style={{ marginTop: 8 }}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="par-cycle-title">
            {cycle.name}
          </Typography.Title>
          <ParCyclePublish
            cycle={cycle}
            counts={statuses.counts}
            countsLoading={statuses.loading}
            onError={(error) => {
              setPublishError(error);
              // A refusal usually means the counts were stale: show the current ones with the reason.
              if (error !== null) statuses.refetch();
            }}
          />
        </Flex>
      </div>
      <ParCycleNav cycleId={cycle.id} current="assessments" />
      {publishError !== null && (
        <FormErrorAlert
          state={publishErrorState(publishError)}
          onReload={() => {
            setPublishError(null);
            void cycleQuery.refetch();
            statuses.refetch();
          }}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <ParCycleSummary cycle={cycle} />
        </Col>
        <Col xs={24} lg={8}>
          <ParCycleCouncil cycle={cycle} />
        </Col>
      </Row>
      <ParCycleAssessments cycle={cycle} counts={statuses.counts} onChanged={statuses.refetch} />
    </Flex>
  );
}
