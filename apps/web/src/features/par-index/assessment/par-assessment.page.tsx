import { useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Card, Empty, Flex, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ParAssessmentStatus, Permission } from '@partrack/shared';
import { toApiError } from '../../../app/apollo/api-error';
import { useCan } from '../../../app/permissions/use-can.hook';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import { useErrorMessage } from '../../../app/ui/use-error-message.hook';
import { buildCriteriaTree } from '../framework/par-criteria-tree.util';
import {
  ParAssessmentDocument,
  SaveParSelfScoresDocument,
  SubmitParSelfAssessmentDocument,
} from '../graphql/par-assessment.operations';
import { PAR_CYCLES_PATH } from '../par-framework.util';
import { ParAssessmentHeader } from './par-assessment-header.component';
import { ParSelfScoreTable } from './par-self-score-table.component';
import {
  changedScores,
  currentScore,
  savedScoresOf,
  scoreFieldErrors,
  scoreProblems,
  type SelfScore,
  type SelfScoreEdits,
} from './par-self-score.util';

/** A failed save or send: a lost race, or the API's messages that belong to no row. */
interface Failure {
  error: unknown;
  conflict: boolean;
  messages: string[];
}

/** An agency's self-assessment (tự chấm): its items scored one by one, saved in batches, then sent once. */
export function ParAssessmentPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const { id = '' } = useParams();
  const canAssess = useCan(Permission.PAR_SELF_ASSESS);
  const canSubmit = useCan(Permission.PAR_SELF_SUBMIT);
  const { data, loading, error, refetch } = useQuery(ParAssessmentDocument, { variables: { id } });
  const [save, saving] = useMutation(SaveParSelfScoresDocument);
  const [submit, submitting] = useMutation(SubmitParSelfAssessmentDocument);
  const assessment = data?.parAssessment;
  const criteria = useMemo(() => assessment?.framework?.criteria ?? [], [assessment?.framework?.criteria]);
  const tree = useMemo(() => buildCriteriaTree(criteria), [criteria]);
  const saved = useMemo(() => savedScoresOf(assessment?.scores ?? []), [assessment?.scores]);
  const [edits, setEdits] = useState<SelfScoreEdits>({});
  const [apiErrors, setApiErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const [failure, setFailure] = useState<Failure | null>(null);

  const changes = useMemo(() => changedScores(criteria, saved, edits), [criteria, saved, edits]);
  const problems = useMemo(() => scoreProblems(criteria, changes), [criteria, changes]);
  const errors = useMemo(() => {
    const all = new Map(apiErrors);
    for (const [criterionId, problem] of problems)
      all.set(criterionId, t(`parIndex.assessment.problem.${problem}`));
    return all;
  }, [apiErrors, problems, t]);

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

  const draft = assessment.status === ParAssessmentStatus.DRAFT;
  const editable = draft && canAssess;

  const change = (criterionId: string, patch: Partial<SelfScore>) => {
    setEdits((current) => ({ ...current, [criterionId]: { ...current[criterionId], ...patch } }));
    if (apiErrors.has(criterionId))
      setApiErrors((current) => new Map([...current].filter(([key]) => key !== criterionId)));
  };

  // A lost race reloads the assessment: the user's edits were based on scores someone else has changed.
  const fail = (caught: unknown, sent: readonly { criterionId: string }[] = []) => {
    const apiError = toApiError(caught);
    if (apiError.code === 'CONFLICT') {
      setEdits({});
      setApiErrors(new Map());
      setFailure({ error: caught, conflict: true, messages: [] });
      void refetch();
      return;
    }
    const { byCriterion, other } = scoreFieldErrors(apiError.fieldErrors, sent);
    setApiErrors(byCriterion);
    setFailure(
      byCriterion.size > 0 && other.length === 0 ? null : { error: caught, conflict: false, messages: other },
    );
  };

  const onSave = async () => {
    if (changes.length === 0 || problems.size > 0) return;
    setFailure(null);
    try {
      await save({
        variables: { input: { id: assessment.id, version: assessment.version, scores: changes } },
      });
      setEdits({});
      setApiErrors(new Map());
      void message.success(t('parIndex.assessment.saved', { n: changes.length }));
    } catch (caught) {
      fail(caught, changes);
    }
  };

  const onSubmit = async () => {
    setFailure(null);
    try {
      await submit({ variables: { input: { id: assessment.id, version: assessment.version } } });
      void message.success(t('parIndex.assessment.submitted'));
    } catch (caught) {
      fail(caught);
    }
  };

  return (
    <Flex vertical gap={16} data-testid="par-assessment">
      <ParAssessmentHeader
        assessment={assessment}
        editable={editable}
        submittable={draft && canSubmit}
        changes={changes.length}
        invalid={problems.size > 0}
        saving={saving.loading}
        submitting={submitting.loading}
        onSave={() => void onSave()}
        onSubmit={() => void onSubmit()}
      />
      {failure?.conflict && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          closable={{ onClose: () => setFailure(null) }}
          data-testid="par-assessment-conflict"
          title={t('errors.conflictTitle')}
          description={t('parIndex.assessment.conflict')}
        />
      )}
      {failure && !failure.conflict && (
        <Alert
          type="error"
          showIcon
          role="alert"
          data-testid="par-assessment-error"
          closable={{ onClose: () => setFailure(null) }}
          title={failure.messages.length > 0 ? failure.messages.join(' ') : errorMessage(failure.error)}
        />
      )}
      {!draft && (
        <Alert
          type="info"
          showIcon
          data-testid="par-assessment-frozen"
          title={t('parIndex.assessment.frozen')}
        />
      )}
      {draft && !canAssess && (
        <Alert
          type="info"
          showIcon
          data-testid="par-assessment-readonly"
          title={t('parIndex.assessment.readOnly')}
        />
      )}
      <Card title={t('parIndex.assessment.items', { n: criteria.length })}>
        <ParSelfScoreTable
          rows={tree.rows}
          branchKeys={tree.branchKeys}
          scoreOf={(criterionId) => currentScore(saved, edits, criterionId)}
          errors={errors}
          editable={editable}
          onChange={change}
        />
      </Card>
    </Flex>
  );
}
