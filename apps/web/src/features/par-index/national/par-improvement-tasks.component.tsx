import { Alert, Card, Empty, Flex, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ParAssessmentStatus, Permission } from '@partrack/shared';
import { useCan } from '../../../app/permissions/use-can.hook';
import type { ParNationalAssessmentFragment } from '../../../gql/graphql';
import { useParIndexFormat } from '../ranking/par-index-format.hook';
import { ParImprovementForm } from './par-improvement-form.component';
import { lostItems, totalLoss, type LostItem } from './par-improvement.util';
import { resolveAssignments, savedAssignments } from './par-responsibility.util';

interface ParImprovementTasksProps {
  assessment: ParNationalAssessmentFragment;
}

/**
 * The items that lost points in the Ministry's appraisal, each with the agency answering for it, and the
 * step that turns them into next year's improvement tasks (3.40) for those who manage plans.
 */
export function ParImprovementTasks({ assessment }: ParImprovementTasksProps) {
  const { t } = useTranslation();
  const format = useParIndexFormat();
  const canPlan = useCan(Permission.PLAN_MANAGE);
  const finalised = assessment.status === ParAssessmentStatus.FINALISED;
  const criteria = useMemo(() => assessment.framework?.criteria ?? [], [assessment.framework?.criteria]);
  const lost = useMemo(() => lostItems(criteria, assessment.scores), [criteria, assessment.scores]);
  const resolved = useMemo(
    () => resolveAssignments(criteria, savedAssignments(assessment.responsibilities), {}),
    [criteria, assessment.responsibilities],
  );
  const names = new Map(
    assessment.responsibilities.flatMap((row) => (row.agency ? [[row.agencyId, row.agency.name]] : [])),
  );
  const planYear = (assessment.cycle?.year ?? assessment.framework?.year ?? 0) + 1;
  const agencyOf = (item: LostItem) => {
    const assignment = resolved.get(item.criterion.id);
    const agencyId = assignment?.own ?? assignment?.inherited?.agencyId ?? null;
    return agencyId ? (names.get(agencyId) ?? '—') : null;
  };

  if (!finalised)
    return (
      <Alert
        type="info"
        showIcon
        data-testid="par-improvement-not-yet"
        title={t('parIndex.national.improvement.notYet')}
      />
    );

  return (
    <Flex vertical gap={12} data-testid="par-national-improvement">
      <Alert type="info" showIcon title={t('parIndex.national.improvement.hint', { year: planYear })} />
      {lost.length === 0 ? (
        <Empty description={t('parIndex.national.improvement.none')} data-testid="par-improvement-none" />
      ) : (
        <>
          <Typography.Text strong data-testid="par-improvement-total">
            {t('parIndex.national.improvement.totalLoss', {
              points: format.points(totalLoss(lost)),
              n: lost.length,
            })}
          </Typography.Text>
          <Table<LostItem>
            data-testid="par-improvement-items"
            rowKey={(item) => item.criterion.id}
            size="small"
            dataSource={lost}
            pagination={false}
            scroll={{ x: 760 }}
            columns={[
              {
                key: 'code',
                title: t('parIndex.fields.code'),
                width: 90,
                render: (_v, item) => item.criterion.code,
              },
              { key: 'title', title: t('parIndex.fields.title'), render: (_v, item) => item.criterion.title },
              {
                key: 'max',
                title: t('parIndex.fields.maxPoints'),
                width: 90,
                align: 'right',
                render: (_v, item) => format.points(item.criterion.maxPoints),
              },
              {
                key: 'points',
                title: t('parIndex.national.improvement.points'),
                width: 90,
                align: 'right',
                render: (_v, item) => format.points(item.points),
              },
              {
                key: 'loss',
                title: t('parIndex.national.improvement.loss'),
                width: 100,
                align: 'right',
                render: (_v, item) => (
                  <Typography.Text type="danger" data-testid={`par-improvement-loss-${item.criterion.code}`}>
                    {format.points(item.loss)}
                  </Typography.Text>
                ),
              },
              {
                key: 'agency',
                title: t('parIndex.national.assign.agency'),
                width: 220,
                render: (_v, item) =>
                  agencyOf(item) ?? (
                    <Typography.Text type="secondary">{t('parIndex.national.assign.none')}</Typography.Text>
                  ),
              },
            ]}
          />
        </>
      )}
      {canPlan ? (
        <Card size="small" title={t('parIndex.national.tabs.improvement')}>
          <ParImprovementForm assessmentId={assessment.id} planYear={planYear} disabled={lost.length === 0} />
        </Card>
      ) : (
        <Alert type="warning" showIcon title={t('parIndex.national.improvement.notAllowed')} />
      )}
    </Flex>
  );
}
