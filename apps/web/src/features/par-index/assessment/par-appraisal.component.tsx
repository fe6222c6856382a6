import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, Flex, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAppraised } from '@partrack/shared';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import type { ParAssessmentDetailFragment } from '../../../gql/graphql';
import { SaveParAppraisalDocument } from '../graphql/par-appraisal.operations';
import { ParAppraisalItem } from './par-appraisal-item.component';
import { ParAppraisalSendModal } from './par-appraisal-send.modal';
import {
  appraisalChanges,
  appraisalProblems,
  currentAppraisal,
  filterAppraisalItems,
  type AppraisalFilter,
  type AppraisalValue,
} from './par-appraisal.util';
import { ParAssessmentHeader } from './par-assessment-header.component';
import { evidenceByCriterion, leafItems, scoresByCriterion } from './par-assessment-items.util';
import { ParItemCards } from './par-item-card.component';
import { useParCouncilSave } from './use-par-council-save.hook';

interface ParAppraisalProps {
  assessment: ParAssessmentDetailFragment;
  refetch: () => void;
}

/** The council's first appraisal (thẩm định) of a submitted self-assessment, saved in batches, then sent. */
export function ParAppraisal({ assessment, refetch }: ParAppraisalProps) {
  const { t } = useTranslation();
  const [save, saving] = useMutation(SaveParAppraisalDocument);
  const items = useMemo(
    () => leafItems(assessment.framework?.criteria ?? []),
    [assessment.framework?.criteria],
  );
  const scores = useMemo(() => scoresByCriterion(assessment.scores), [assessment.scores]);
  const evidence = useMemo(() => evidenceByCriterion(assessment.evidence), [assessment.evidence]);
  const council = useParCouncilSave<AppraisalValue>(refetch);
  const { edits } = council;
  const [filter, setFilter] = useState<AppraisalFilter>({ differences: false, unappraised: false });
  const [sending, setSending] = useState(false);

  const changes = useMemo(() => appraisalChanges(items, scores, edits), [items, scores, edits]);
  const problems = useMemo(() => appraisalProblems(items, scores, edits), [items, scores, edits]);
  const shown = useMemo(
    () => filterAppraisalItems(items, scores, edits, filter),
    [items, scores, edits, filter],
  );
  const unappraised = items.filter(
    (item) =>
      isAppraised(item.criterion.method) && (scores.get(item.criterion.id)?.appraisedPoints ?? null) === null,
  ).length;

  const onSave = () => {
    if (changes.length === 0 || problems.size > 0) return;
    void council.save(
      'scores',
      changes,
      () =>
        save({ variables: { input: { id: assessment.id, version: assessment.version, scores: changes } } }),
      t('parIndex.appraisal.saved', { n: changes.length }),
    );
  };

  const sendHint = changes.length > 0 ? t('parIndex.appraisal.saveFirst') : null;
  const actions = (
    <>
      <Button
        type="primary"
        icon={<SaveOutlined />}
        data-testid="par-appraisal-save"
        loading={saving.loading}
        disabled={changes.length === 0 || problems.size > 0}
        onClick={onSave}
      >
        {changes.length > 0 ? t('parIndex.assessment.saveN', { n: changes.length }) : t('common.save')}
      </Button>
      <Tooltip title={sendHint}>
        <Button
          icon={<SendOutlined />}
          data-testid="par-appraisal-send"
          disabled={sendHint !== null || saving.loading}
          onClick={() => setSending(true)}
        >
          {t('parIndex.appraisal.send')}
        </Button>
      </Tooltip>
    </>
  );

  return (
    <Flex vertical gap={16} data-testid="par-appraisal">
      <ParAssessmentHeader assessment={assessment} actions={actions} />
      {council.failure !== null && <ApiErrorAlert error={council.failure} onReload={council.reload} />}
      {problems.size > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="par-appraisal-problems"
          title={t('parIndex.appraisal.fixProblems', { n: problems.size })}
        />
      )}
      <Flex gap={16} wrap align="center" data-testid="par-appraisal-filters">
        <Checkbox
          data-testid="par-appraisal-filter-differences"
          checked={filter.differences}
          onChange={(event) => setFilter({ ...filter, differences: event.target.checked })}
        >
          {t('parIndex.appraisal.onlyDifferences')}
        </Checkbox>
        <Checkbox
          data-testid="par-appraisal-filter-unappraised"
          checked={filter.unappraised}
          onChange={(event) => setFilter({ ...filter, unappraised: event.target.checked })}
        >
          {t('parIndex.appraisal.onlyUnappraised')}
        </Checkbox>
        <Typography.Text type="secondary" data-testid="par-appraisal-shown">
          {t('parIndex.appraisal.shown', { shown: shown.length, total: items.length })}
        </Typography.Text>
      </Flex>
      <ParItemCards
        testId="par-appraisal-items"
        items={shown}
        empty={items.length === 0 ? t('parIndex.criteria.empty') : t('parIndex.appraisal.noneMatch')}
        renderItem={(item) => {
          const id = item.criterion.id;
          return (
            <ParAppraisalItem
              item={item}
              score={scores.get(id)}
              evidence={evidence.get(id) ?? []}
              value={currentAppraisal(scores, edits, id)}
              {...council.itemError(id, problems.get(id), 'reasonRequired')}
              onChange={(patch) => council.change(id, patch)}
            />
          );
        }}
      />
      {sending && (
        <ParAppraisalSendModal
          id={assessment.id}
          version={assessment.version}
          unappraised={unappraised}
          onReload={council.reload}
          onClose={() => setSending(false)}
        />
      )}
    </Flex>
  );
}
