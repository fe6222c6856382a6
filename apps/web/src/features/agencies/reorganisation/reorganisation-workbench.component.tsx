import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Flex, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import type { ReorganisationFieldsFragment, ReorganisationInput } from '../../../gql/graphql';
import {
  ApplyReorganisationDocument,
  PreviewReorganisationDocument,
} from './graphql/reorganisation.operations';
import { invalidateAfterReorganisation } from './reorganisation-cache';
import { ReorganisationForm } from './reorganisation-form.component';
import { ProblemsTable, ReorganisationPreviewView, type Preview } from './reorganisation-preview.component';
import { problemsOf, type Problem } from './reorganisation-problems';

/**
 * Dry run first, like the agency import: the API runs the whole batch in a transaction and rolls it back, so
 * the preview is exactly what "Áp dụng" will write. Apply sends the input that was previewed, never the form's
 * later state; any edit of the form drops the preview.
 */
export function ReorganisationWorkbench() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [checked, setChecked] = useState<{ input: ReorganisationInput; preview: Preview } | null>(null);
  const [applyProblems, setApplyProblems] = useState<Problem[] | null>(null);
  const [applied, setApplied] = useState<ReorganisationFieldsFragment | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [requestError, setRequestError] = useState<unknown>(null);
  const [previewBatch, { loading: previewing }] = useMutation(PreviewReorganisationDocument);
  const [applyBatch, { loading: applying }] = useMutation(ApplyReorganisationDocument, {
    update: invalidateAfterReorganisation,
  });

  const reset = () => {
    setChecked(null);
    setApplyProblems(null);
    setApplied(null);
    setRequestError(null);
  };

  const dryRun = async (input: ReorganisationInput) => {
    reset();
    try {
      const { data } = await previewBatch({ variables: { input } });
      if (data) setChecked({ input, preview: data.previewReorganisation });
    } catch (error) {
      setRequestError(error);
    }
  };

  const apply = async () => {
    if (!checked) return;
    setConfirming(false);
    setRequestError(null);
    try {
      const { data } = await applyBatch({ variables: { input: checked.input } });
      if (data) setApplied(data.applyReorganisation);
    } catch (error) {
      const problems = problemsOf(error);
      if (problems) setApplyProblems(problems);
      else setRequestError(error);
    }
  };

  const preview = checked?.preview ?? null;
  const canApply = preview !== null && preview.problems.length === 0 && !applied && !applyProblems;
  const effectiveDate = format.date(checked?.input.effectiveDate);

  return (
    <Flex vertical gap={16}>
      <ReorganisationForm onDryRun={(input) => void dryRun(input)} onChange={reset} checking={previewing} />
      {requestError !== null && <ApiErrorAlert error={requestError} />}
      {applyProblems && (
        <Flex vertical gap={8}>
          <Alert type="warning" showIcon title={t('agencyReorg.apply.refused')} />
          <ProblemsTable problems={applyProblems} />
        </Flex>
      )}
      {applied && (
        <Alert
          data-testid="reorg-applied"
          type="success"
          showIcon
          title={t('agencyReorg.apply.done', {
            title: applied.title,
            date: format.date(applied.effectiveDate),
          })}
        />
      )}
      {preview && <ReorganisationPreviewView preview={preview} applied={applied !== null} />}
      {preview && preview.problems.length === 0 && !applied && (
        <Flex justify="flex-end">
          <Button
            data-testid="reorg-apply"
            type="primary"
            danger
            loading={applying}
            disabled={!canApply}
            onClick={() => setConfirming(true)}
          >
            {t('agencyReorg.apply.button')}
          </Button>
        </Flex>
      )}
      <Modal
        open={confirming}
        title={t('agencyReorg.apply.confirmTitle')}
        okText={t('agencyReorg.apply.button')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        onOk={() => void apply()}
        onCancel={() => setConfirming(false)}
      >
        <Typography.Paragraph>
          {t('agencyReorg.apply.confirmText', { date: effectiveDate })}
        </Typography.Paragraph>
      </Modal>
    </Flex>
  );
}
