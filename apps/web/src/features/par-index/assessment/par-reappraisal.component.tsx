import { CheckOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Flex, Popconfirm, Tooltip } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../../app/apollo/api-error';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import type { ParAssessmentDetailFragment } from '../../../gql/graphql';
import {
  FinaliseParAssessmentDocument,
  SaveParReappraisalDocument,
} from '../graphql/par-appraisal.operations';
import { ParAssessmentHeader } from './par-assessment-header.component';
import {
  evidenceByCriterion,
  itemFieldErrors,
  leafItems,
  scoresByCriterion,
} from './par-assessment-items.util';
import { ParItemCards } from './par-item-card.component';
import { ParReappraisalItem } from './par-reappraisal-item.component';
import {
  currentReappraisal,
  explainedItems,
  reappraisalChanges,
  reappraisalProblems,
  unansweredCount,
  type ReappraisalEdits,
  type ReappraisalValue,
} from './par-reappraisal.util';

interface ParReappraisalProps {
  assessment: ParAssessmentDetailFragment;
  refetch: () => void;
}

/** The council's second appraisal: points and an answer to each explanation, then finalisation. */
export function ParReappraisal({ assessment, refetch }: ParReappraisalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [save, saving] = useMutation(SaveParReappraisalDocument);
  const [finalise, finalising] = useMutation(FinaliseParAssessmentDocument);
  const scores = useMemo(() => scoresByCriterion(assessment.scores), [assessment.scores]);
  const evidence = useMemo(() => evidenceByCriterion(assessment.evidence), [assessment.evidence]);
  const leaves = useMemo(
    () => leafItems(assessment.framework?.criteria ?? []),
    [assessment.framework?.criteria],
  );
  const items = useMemo(() => explainedItems(leaves, scores), [leaves, scores]);
  const [edits, setEdits] = useState<ReappraisalEdits>({});
  const [apiErrors, setApiErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const [failure, setFailure] = useState<unknown>(null);

  const changes = useMemo(() => reappraisalChanges(items, scores, edits), [items, scores, edits]);
  const problems = useMemo(() => reappraisalProblems(items, scores, edits), [items, scores, edits]);
  const unanswered = unansweredCount(items, scores);

  const change = (criterionId: string, patch: Partial<ReappraisalValue>) => {
    setEdits((current) => ({ ...current, [criterionId]: { ...current[criterionId], ...patch } }));
    if (apiErrors.has(criterionId))
      setApiErrors((current) => new Map([...current].filter(([key]) => key !== criterionId)));
  };

  const reload = () => {
    setEdits({});
    setApiErrors(new Map());
    setFailure(null);
    refetch();
  };

  const onSave = async () => {
    if (changes.length === 0 || problems.size > 0) return;
    setFailure(null);
    // Problems are empty, so every change has points.
    const answers = changes.flatMap(({ criterionId, points, answer }) =>
      points === null ? [] : [{ criterionId, points, answer }],
    );
    try {
      await save({ variables: { input: { id: assessment.id, version: assessment.version, answers } } });
      setEdits({});
      setApiErrors(new Map());
      void message.success(t('parIndex.appraisal.reappraisalSaved', { n: answers.length }));
    } catch (caught) {
      const { byCriterion, other } = itemFieldErrors(toApiError(caught).fieldErrors, 'answers', answers);
      setApiErrors(byCriterion);
      setFailure(byCriterion.size > 0 && other.length === 0 ? null : caught);
    }
  };

  const onFinalise = async () => {
    setFailure(null);
    try {
      await finalise({ variables: { input: { id: assessment.id, version: assessment.version } } });
      void message.success(t('parIndex.appraisal.finalised'));
    } catch (caught) {
      setFailure(caught);
    }
  };

  const finaliseHint =
    changes.length > 0
      ? t('parIndex.appraisal.saveFirst')
      : unanswered > 0
        ? t('parIndex.appraisal.unansweredLeft', { n: unanswered })
        : null;
  const actions = (
    <>
      {items.length > 0 && (
        <Button
          type="primary"
          icon={<SaveOutlined />}
          data-testid="par-reappraisal-save"
          loading={saving.loading}
          disabled={changes.length === 0 || problems.size > 0}
          onClick={() => void onSave()}
        >
          {changes.length > 0 ? t('parIndex.assessment.saveN', { n: changes.length }) : t('common.save')}
        </Button>
      )}
      <Popconfirm
        title={t('parIndex.appraisal.finaliseConfirm')}
        description={t('parIndex.appraisal.finaliseExplain')}
        okText={t('parIndex.appraisal.finalise')}
        cancelText={t('common.cancel')}
        okButtonProps={{ 'data-testid': 'par-finalise-ok' }}
        onConfirm={() => void onFinalise()}
        disabled={finaliseHint !== null}
      >
        <Tooltip title={finaliseHint}>
          <Button
            icon={<CheckOutlined />}
            data-testid="par-finalise"
            loading={finalising.loading}
            disabled={finaliseHint !== null || saving.loading}
          >
            {t('parIndex.appraisal.finalise')}
          </Button>
        </Tooltip>
      </Popconfirm>
    </>
  );

  return (
    <Flex vertical gap={16} data-testid="par-reappraisal">
      <ParAssessmentHeader assessment={assessment} actions={actions} />
      {failure !== null && <ApiErrorAlert error={failure} onReload={reload} />}
      {items.length > 0 && (
        <Alert type="info" showIcon title={t('parIndex.appraisal.reappraisalHint', { n: items.length })} />
      )}
      <ParItemCards
        testId="par-reappraisal-items"
        items={items}
        empty={t('parIndex.appraisal.noExplanations')}
        renderItem={(item) => {
          const id = item.criterion.id;
          const problem = problems.get(id);
          return (
            <ParReappraisalItem
              item={item}
              score={scores.get(id)}
              evidence={evidence.get(id) ?? []}
              value={currentReappraisal(scores, edits, id)}
              error={problem ? t(`parIndex.appraisal.problem.${problem}`) : apiErrors.get(id)}
              pointsInvalid={(!!problem && problem !== 'answerRequired') || (!problem && apiErrors.has(id))}
              onChange={(patch) => change(id, patch)}
            />
          );
        }}
      />
    </Flex>
  );
}
