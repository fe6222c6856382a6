import { useQuery } from '@apollo/client/react';
import { Card, Col, Empty, Flex, Row, Select, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { ParTargetGroup } from '@partrack/shared';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import { ParRankingDocument } from '../graphql/par-ranking.operations';
import { ParCycleSubPage } from './par-cycle-sub-page.component';
import { ParRankingBars } from './par-ranking-bars.component';
import { ParRankingDownload } from './par-ranking-download.component';
import { ParRankingHeatmap } from './par-ranking-heatmap.component';
import { ParRankingRadar } from './par-ranking-radar.component';
import { ParRankingTable } from './par-ranking-table.component';
import { RANKING_GROUPS, rankingGroupOf } from './par-ranking.util';

/**
 * A cycle's PAR Index ranking, one target group at a time (`?group=`, so a group's table can be bookmarked):
 * the ranked table, the indices as bars, the component indices as a heatmap and one agency's radar.
 */
export function ParRankingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <ParCycleSubPage
      cycleId={id}
      section="ranking"
      title={t('parIndex.ranking.title')}
      extra={<ParRankingDownload cycleId={id} />}
    >
      {(cycle) => <ParRankingContent cycleId={cycle.id} year={cycle.year} />}
    </ParCycleSubPage>
  );
}

function ParRankingContent({ cycleId, year }: { cycleId: string; year: number }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const group = rankingGroupOf(params);
  const { data, previousData, loading, error, refetch } = useQuery(ParRankingDocument, {
    variables: { cycleId, targetGroup: group },
  });
  // The previous group's rows stay while the next group loads, so the page does not jump; they are only
  // shown when they belong to the group asked for.
  const rows = (data ?? previousData)?.parRanking.filter((row) => row.targetGroup === group);

  const groupSelect = (
    <Flex gap={8} align="center" wrap>
      <Typography.Text>{t('parIndex.ranking.groupLabel')}</Typography.Text>
      <Select<ParTargetGroup>
        data-testid="par-ranking-group"
        value={group}
        onChange={(next) => {
          const nextParams = new URLSearchParams(params);
          nextParams.set('group', next);
          setParams(nextParams, { replace: true });
        }}
        options={RANKING_GROUPS.map((value) => ({ value, label: t(`parIndex.ranking.groups.${value}`) }))}
        style={{ width: 220, maxWidth: '100%' }}
      />
    </Flex>
  );

  let body;
  if (error && !data)
    body = (
      <Card>
        <ApiErrorAlert error={error} onRetry={() => void refetch()} />
      </Card>
    );
  else if (!rows || (loading && rows.length === 0))
    body = (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  else if (rows.length === 0)
    body = (
      <Card>
        <Empty description={t('parIndex.ranking.empty')} data-testid="par-ranking-empty" />
      </Card>
    );
  else
    body = (
      <>
        <Card title={t('parIndex.ranking.tableTitle', { group: t(`parIndex.ranking.groups.${group}`) })}>
          <ParRankingTable rows={rows} />
        </Card>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <Card title={t('parIndex.ranking.charts.bars')} style={{ height: '100%' }}>
              <ParRankingBars rows={rows} />
            </Card>
          </Col>
          <Col xs={24} xl={10}>
            <Card title={t('parIndex.ranking.charts.radar')} style={{ height: '100%' }}>
              <ParRankingRadar rows={rows} year={year} />
            </Card>
          </Col>
        </Row>
        <Card title={t('parIndex.ranking.charts.heatmap')}>
          <ParRankingHeatmap rows={rows} />
        </Card>
      </>
    );

  return (
    <>
      {groupSelect}
      {body}
    </>
  );
}
