import { CheckOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Flex, Popconfirm, Tooltip } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import type { ParAssessmentDetailFragment } from '../../../gql/graphql';
import {
  FinaliseParAssessmentDocument,
  SaveParReappraisalDocument,
} from '../graphql/par-appraisal.operations';
import { ParAssessmentHeader } from './par-assessment-header.component';
import { evidenceByCriterion, leafItems, scoresByCriterion } from './par-assessment-items.util';
import { ParItemCards } from './par-item-card.component';
import { ParReappraisalItem } from './par-reappraisal-item.component';
import {
  currentReappraisal,
  explainedItems,
  reappraisalChanges,
  reappraisalProblems,
  unansweredCount,
  type ReappraisalValue,
} from './par-reappraisal.util';
import { useParCouncilSave } from './use-par-council-save.hook';

interface ParReappraisalProps {
  assessment: ParAssessmentDetailFragment;
  refetch: () => void;
}

/** The council's second appraisal: points and an answer to each explanation, then finalisation. */
export function ParReappraisal({ assessment, refetch }: ParReappraisalProps) {
  const { t } = useTranslation();
  const [save, saving] = useMutation(SaveParReappraisalDocument);
  const [finalise, finalising] = useMutation(FinaliseParAssessmentDocument);
  const scores = useMemo(() => scoresByCriterion(assessment.scores), [assessment.scores]);
  const evidence = useMemo(() => evidenceByCriterion(assessment.evidence), [assessment.evidence]);
  const leaves = useMemo(
    () => leafItems(assessment.framework?.criteria ?? []),
    [assessment.framework?.criteria],
  );
  const items = useMemo(() => explainedItems(leaves, scores), [leaves, scores]);
  const council = useParCouncilSave<ReappraisalValue>(refetch);
  const { edits } = council;

  const changes = useMemo(() => reappraisalChanges(items, scores, edits), [items, scores, edits]);
  const problems = useMemo(() => reappraisalProblems(items, scores, edits), [items, scores, edits]);
  const unanswered = unansweredCount(items, scores);

  const input = { id: assessment.id, version: assessment.version };

  const onSave = () => {
    if (changes.length === 0 || problems.size > 0) return;
    // Problems are empty, so every change has points.
    const answers = changes.flatMap(({ criterionId, points, answer }) =>
      points === null ? [] : [{ criterionId, points, answer }],
    );
    void council.save(
      'answers',
      answers,
      () => save({ variables: { input: { ...input, answers } } }),
      t('parIndex.appraisal.reappraisalSaved', { n: answers.length }),
    );
  };

  const onFinalise = () =>
    void council.confirm(() => finalise({ variables: { input } }), t('parIndex.appraisal.finalised'));

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
          onClick={onSave}
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
        onConfirm={onFinalise}
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
      {council.failure !== null && <ApiErrorAlert error={council.failure} onReload={council.reload} />}
      {items.length > 0 && (
        <Alert type="info" showIcon title={t('parIndex.appraisal.reappraisalHint', { n: items.length })} />
      )}
      <ParItemCards
        testId="par-reappraisal-items"
        items={items}
        empty={t('parIndex.appraisal.noExplanations')}
        renderItem={(item) => {
          const id = item.criterion.id;
          return (
            <ParReappraisalItem
              item={item}
              score={scores.get(id)}
              evidence={evidence.get(id) ?? []}
              value={currentReappraisal(scores, edits, id)}
              {...council.itemError(id, problems.get(id), 'answerRequired')}
              onChange={(patch) => council.change(id, patch)}
            />
          );
        }}
      />
    </Flex>
  );
}
