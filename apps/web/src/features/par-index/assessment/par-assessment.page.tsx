import { useQuery } from '@apollo/client/react';
import { Card, Empty, Flex, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { ParCycleStatus } from '@partrack/shared';
import { Link, useParams } from 'react-router';
import { toApiError } from '../../../app/apollo/api-error';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import type { ParAssessmentDetailFragment } from '../../../gql/graphql';
import { ParAssessmentDocument } from '../graphql/par-assessment.operations';
import { ParAtRiskPanel } from '../at-risk/par-at-risk-panel.component';
import { ParNationalLink } from '../national/par-national-link.component';
import { PAR_CYCLES_PATH } from '../par-framework.util';
import { useParAssessmentAccess } from './par-assessment-access.hook';
import { ParAppraisal } from './par-appraisal.component';
import { ParExplanation } from './par-explanation.component';
import { ParReappraisal } from './par-reappraisal.component';
import { ParScorecard } from './par-scorecard.component';
import { ParSelfAssessment } from './par-self-assessment.component';

/**
 * An agency's assessment through its phases: the self-assessment (tự chấm) with evidence, the council's
 * appraisal (thẩm định), the agency's explanations (giải trình), the second appraisal, and the scorecard.
 * Each caller sees the step they act on, everybody else the read-only scorecard.
 */
export function ParAssessmentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ParAssessmentDocument, { variables: { id } });
  const assessment = data?.parAssessment;

  if (loading && !assessment) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  if (!assessment) {
    return (
      <Card>
        {error && toApiError(error).code !== 'NOT_FOUND' ? (
          <ApiErrorAlert error={error} onRetry={() => void refetch()} />
        ) : (
          <Empty description={t('parIndex.assessment.notFound')}>
            <Link to={PAR_CYCLES_PATH}>{t('parIndex.cycle.backToList')}</Link>
          </Empty>
        )}
      </Card>
    );
  }
  return (
    <Flex vertical gap={16}>
      {/* The province's own assessment also has its national screens (responsibilities, the Ministry's points). */}
      <ParNationalLink assessmentId={assessment.id} targetGroup={assessment.framework?.targetGroup} />
      <ParAssessmentPhase assessment={assessment} refetch={() => void refetch()} />
      {/* Points at risk while the year is still open: what the agency can still win back. */}
      {assessment.cycle?.status !== ParCycleStatus.PUBLISHED && (
        <ParAtRiskPanel assessmentId={assessment.id} />
      )}
    </Flex>
  );
}

function ParAssessmentPhase({
  assessment,
  refetch,
}: {
  assessment: ParAssessmentDetailFragment;
  refetch: () => void;
}) {
  const access = useParAssessmentAccess(assessment);
  // Keyed by status: a step's unsaved edits never carry over into the next step's screen.
  switch (access.view) {
    case 'self':
      return (
        <ParSelfAssessment
          key={assessment.status}
          assessment={assessment}
          access={access}
          refetch={refetch}
        />
      );
    case 'appraisal':
      return <ParAppraisal key={assessment.status} assessment={assessment} refetch={refetch} />;
    case 'explanation':
      return <ParExplanation key={assessment.status} assessment={assessment} refetch={refetch} />;
    case 'reappraisal':
      return <ParReappraisal key={assessment.status} assessment={assessment} refetch={refetch} />;
    case 'scorecard':
      return <ParScorecard assessment={assessment} access={access} />;
  }
}
