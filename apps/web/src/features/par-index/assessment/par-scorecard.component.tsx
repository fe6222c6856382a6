import { Alert, Card, Descriptions, Flex } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ParAssessmentStatus } from '@partrack/shared';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import type { ParAssessmentDetailFragment } from '../../../gql/graphql';
import { buildCriteriaTree } from '../framework/par-criteria-tree.util';
import type { ParAssessmentAccess } from './par-assessment-access.hook';
import { ParAssessmentHeader } from './par-assessment-header.component';
import { evidenceByCriterion, scoresByCriterion } from './par-assessment-items.util';
import { ParScorecardTable } from './par-scorecard-table.component';

/** Where the assessment stands, for someone who has nothing to do on it now. */
function PhaseNotice({
  assessment,
  access,
}: {
  assessment: ParAssessmentDetailFragment;
  access: ParAssessmentAccess;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  switch (assessment.status) {
    case ParAssessmentStatus.SUBMITTED:
      return (
        <Alert
          type="info"
          showIcon
          data-testid="par-assessment-frozen"
          title={t('parIndex.assessment.frozen')}
        />
      );
    case ParAssessmentStatus.APPRAISED:
      return (
        <Alert
          type={access.explanationOpen ? 'info' : 'warning'}
          showIcon
          data-testid="par-scorecard-phase"
          title={
            access.explanationOpen
              ? t('parIndex.appraisal.awaitingExplanation', { date: fmt.date(assessment.explanationDue) })
              : t('parIndex.appraisal.explanationClosed', { date: fmt.date(assessment.explanationDue) })
          }
        />
      );
    case ParAssessmentStatus.REAPPRAISAL:
      return (
        <Alert
          type="info"
          showIcon
          data-testid="par-scorecard-phase"
          title={t('parIndex.appraisal.awaitingReappraisal')}
        />
      );
    case ParAssessmentStatus.FINALISED:
      return (
        <Alert
          type="success"
          showIcon
          data-testid="par-scorecard-phase"
          title={t('parIndex.appraisal.finalisedNotice')}
        />
      );
    case ParAssessmentStatus.DRAFT:
      return null;
  }
}

/** The read-only scorecard: each item through every step, the appraisal's totals, and the final points. */
export function ParScorecard({
  assessment,
  access,
}: {
  assessment: ParAssessmentDetailFragment;
  access: ParAssessmentAccess;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const criteria = useMemo(() => assessment.framework?.criteria ?? [], [assessment.framework?.criteria]);
  const tree = useMemo(() => buildCriteriaTree(criteria), [criteria]);
  const scores = useMemo(() => scoresByCriterion(assessment.scores), [assessment.scores]);
  const evidence = useMemo(() => evidenceByCriterion(assessment.evidence), [assessment.evidence]);
  const summary = assessment.appraisalSummary;
  const n = (value: number) => fmt.number(value);

  return (
    <Flex vertical gap={16} data-testid="par-scorecard">
      <ParAssessmentHeader assessment={assessment} />
      <PhaseNotice assessment={assessment} access={access} />
      {assessment.status !== ParAssessmentStatus.SUBMITTED && (
        <Card size="small" title={t('parIndex.appraisal.summary')}>
          <Descriptions size="small" column={{ xs: 2, sm: 3, lg: 6 }} data-testid="par-scorecard-summary">
            <Descriptions.Item label={t('parIndex.appraisal.summaryAppraised')}>
              {t('parIndex.assessment.progressValue', {
                scored: n(summary.appraised),
                toScore: n(summary.toAppraise),
              })}
            </Descriptions.Item>
            <Descriptions.Item label={t('parIndex.appraisal.summaryDifferences')}>
              {n(summary.differences)}
            </Descriptions.Item>
            <Descriptions.Item label={t('parIndex.appraisal.summaryExplained')}>
              {n(summary.explained)}
            </Descriptions.Item>
            <Descriptions.Item label={t('parIndex.appraisal.summaryAnswered')}>
              {n(summary.answered)}
            </Descriptions.Item>
            <Descriptions.Item label={t('parIndex.appraisal.finalPoints')}>
              <strong data-testid="par-scorecard-points">{n(summary.points)}</strong>
            </Descriptions.Item>
          </Descriptions>
        </Card>
      )}
      <Card title={t('parIndex.assessment.items', { n: criteria.length })}>
        <ParScorecardTable
          rows={tree.rows}
          branchKeys={tree.branchKeys}
          scores={scores}
          evidence={evidence}
        />
      </Card>
    </Flex>
  );
}
