import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Divider, Empty, Flex, Skeleton, Spin, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import { ParProvisionalScoreDocument, ParWhatIfScoreDocument } from '../graphql/par-at-risk.operations';
import { useParIndexFormat } from '../ranking/par-index-format.hook';
import { ParAtRiskItem } from './par-at-risk-item.component';
import { canAssumeDone, computedItems, selectedTaskIds } from './par-at-risk.util';

export interface ParAtRiskPanelProps {
  /** The agency's assessment in the cycle. */
  assessmentId: string;
}

/**
 * Points at risk for one agency: its provisional index as partrack's records stand today, every DATA item's
 * loss with the late tasks and reports behind it, and a what-if — tick open late tasks to see the index were
 * they done on time (the same query, with `doneTaskIds`).
 */
export function ParAtRiskPanel({ assessmentId }: ParAtRiskPanelProps) {
  const { t } = useTranslation();
  const { date } = useFormatters();
  const fmt = useParIndexFormat();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const { data, loading, error, refetch } = useQuery(ParProvisionalScoreDocument, {
    variables: { assessmentId, doneTaskIds: [] },
  });
  const score = data?.parProvisionalScore;
  const items = score ? computedItems(score.items) : [];
  const doneTaskIds = selectedTaskIds(items, selected);
  const whatIf = useQuery(ParWhatIfScoreDocument, {
    variables: { assessmentId, doneTaskIds },
    skip: doneTaskIds.length === 0,
  });

  const toggle = (taskId: string, checked: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (checked) next.add(taskId);
      else next.delete(taskId);
      return next;
    });

  let body;
  if (loading && !score) body = <Skeleton active paragraph={{ rows: 5 }} />;
  else if (!score) body = <ApiErrorAlert error={error} onRetry={() => void refetch()} />;
  else {
    const assumable = items.some((item) => item.records.some(canAssumeDone));
    // Never the previous selection's figure beside the new count: "computing" until the answer matches.
    const result = whatIf.loading ? undefined : whatIf.data?.parProvisionalScore;
    body = (
      <Flex vertical gap={12}>
        <Flex gap={24} wrap>
          <Statistic
            data-testid="par-at-risk-index"
            title={t('parIndex.atRisk.provisionalIndex')}
            value={fmt.index(score.index)}
          />
          <Statistic
            data-testid="par-at-risk-points"
            title={t('parIndex.atRisk.pointsAtRisk')}
            value={fmt.points(score.pointsAtRisk)}
            styles={{ content: score.pointsAtRisk > 0 ? { color: '#cf1322' } : undefined }}
          />
          <Statistic
            title={t('parIndex.atRisk.points')}
            value={`${fmt.points(score.points)}/${fmt.points(score.maxPoints)}`}
          />
        </Flex>
        <Typography.Text type="secondary" data-testid="par-at-risk-as-of">
          {t('parIndex.atRisk.asOf', { date: date(score.asOf) })}
        </Typography.Text>
        {items.length === 0 ? (
          <Empty description={t('parIndex.atRisk.noComputed')} />
        ) : (
          items.map((item, i) => (
            <div key={item.criterionId}>
              {i > 0 && <Divider style={{ margin: '4px 0 12px' }} />}
              <ParAtRiskItem item={item} selected={selected} onToggle={toggle} />
            </div>
          ))
        )}
        {assumable && doneTaskIds.length === 0 && (
          <Typography.Text type="secondary" data-testid="par-what-if-hint">
            {t('parIndex.atRisk.whatIf.hint')}
          </Typography.Text>
        )}
        {doneTaskIds.length > 0 && (
          <Flex vertical gap={8} data-testid="par-what-if">
            {whatIf.error ? (
              <ApiErrorAlert error={whatIf.error} onRetry={() => void whatIf.refetch()} />
            ) : (
              <Alert
                type="info"
                showIcon
                icon={result ? undefined : <Spin size="small" />}
                data-testid="par-what-if-result"
                title={
                  result
                    ? t('parIndex.atRisk.whatIf.result', {
                        n: doneTaskIds.length,
                        index: fmt.index(result.index),
                        delta: fmt.points(result.index - score.index, true),
                      })
                    : t('parIndex.atRisk.whatIf.computing')
                }
              />
            )}
            <Button size="small" style={{ alignSelf: 'start' }} onClick={() => setSelected(new Set())}>
              {t('parIndex.atRisk.whatIf.clear')}
            </Button>
          </Flex>
        )}
      </Flex>
    );
  }

  return (
    <Card title={t('parIndex.atRisk.title')} data-testid="par-at-risk-panel">
      {body}
    </Card>
  );
}
