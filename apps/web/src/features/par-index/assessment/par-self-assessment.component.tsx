import { useMemo, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../../app/apollo/api-error';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { useErrorMessage } from '../../../app/ui/use-error-message.hook';
import type { ParAssessmentDetailFragment } from '../../../gql/graphql';
import { buildCriteriaTree } from '../framework/par-criteria-tree.util';
import {
  SaveParSelfScoresDocument,
  SubmitParSelfAssessmentDocument,
} from '../graphql/par-assessment.operations';
import type { ParAssessmentAccess } from './par-assessment-access.hook';
import { ParAssessmentHeader } from './par-assessment-header.component';
import { evidenceByCriterion } from './par-assessment-items.util';
import { ParSelfAssessmentActions } from './par-self-assessment-actions.component';
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

interface ParSelfAssessmentProps {
  assessment: ParAssessmentDetailFragment;
  access: ParAssessmentAccess;
  refetch: () => void;
}

/** A DRAFT (tự chấm): items scored one by one with evidence, saved in batches, then sent once. */
export function ParSelfAssessment({ assessment, access, refetch }: ParSelfAssessmentProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const [save, saving] = useMutation(SaveParSelfScoresDocument);
  const [submit, submitting] = useMutation(SubmitParSelfAssessmentDocument);
  const criteria = useMemo(() => assessment.framework?.criteria ?? [], [assessment.framework?.criteria]);
  const tree = useMemo(() => buildCriteriaTree(criteria), [criteria]);
  const saved = useMemo(() => savedScoresOf(assessment.scores), [assessment.scores]);
  const evidence = useMemo(() => evidenceByCriterion(assessment.evidence), [assessment.evidence]);
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

  // Scores and evidence close with the deadline (the API refuses them after it); sending stays possible,
  // flagged late, until the deadline job closes the draft.
  const editable = access.canAssess && access.selfOpen;

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
      refetch();
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
        actions={
          <ParSelfAssessmentActions
            editable={editable}
            submittable={access.canSubmit}
            changes={changes.length}
            scored={assessment.selfSummary.scored}
            toScore={assessment.selfSummary.toScore}
            invalid={problems.size > 0}
            saving={saving.loading}
            submitting={submitting.loading}
            onSave={() => void onSave()}
            onSubmit={() => void onSubmit()}
          />
        }
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
      {access.canAssess && !access.selfOpen && (
        <Alert
          type="warning"
          showIcon
          data-testid="par-assessment-self-closed"
          title={t('parIndex.evidence.selfClosed', { date: fmt.date(assessment.selfAssessmentDeadline) })}
        />
      )}
      {!access.canAssess && (
        <Alert
          type="info"
          showIcon
          data-testid="par-assessment-readonly"
          title={t('parIndex.assessment.readOnly')}
        />
      )}
      <Card title={t('parIndex.assessment.items', { n: criteria.length })}>
        <ParSelfScoreTable
          assessmentId={assessment.id}
          rows={tree.rows}
          branchKeys={tree.branchKeys}
          scoreOf={(criterionId) => currentScore(saved, edits, criterionId)}
          errors={errors}
          editable={editable}
          evidenceOf={(criterionId) => evidence.get(criterionId) ?? []}
          evidenceEditable={editable}
          onChange={change}
          onFileUploaded={refetch}
        />
      </Card>
    </Flex>
  );
}
