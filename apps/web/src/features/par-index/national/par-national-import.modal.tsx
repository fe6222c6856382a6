import { useMutation } from '@apollo/client/react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ParNationalAssessmentFragment } from '../../../gql/graphql';
import { useParXlsxImport } from '../excel/par-xlsx-import.hook';
import { ParXlsxImportModal } from '../excel/par-xlsx-import.modal';
import { ImportParNationalPointsDocument } from '../graphql/par-national.operations';
import { type NationalImportResult, ParNationalImportResult } from './par-national-import-result.component';

interface ParNationalImportModalProps {
  assessment: ParNationalAssessmentFragment;
  onClose: () => void;
  /** The points are recorded and the assessment finalised (the cache holds it from the answer). */
  onImported: () => void;
}

/**
 * The filled Ministry's points template → "Kiểm tra" (dry run: the problems by line and column, or every item's
 * points with the totals they give) → "Ghi nhận và hoàn tất", which records them with the version read and
 * finalises the assessment, all or nothing. Only a clean check of this very file offers the last step.
 */
export function ParNationalImportModal({ assessment, onClose, onImported }: ParNationalImportModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [run, { error, reset }] = useMutation(ImportParNationalPointsDocument);
  const flow = useParXlsxImport<NationalImportResult>({
    reset,
    mutate: async (fileBase64, dryRun) => {
      const { data } = await run({
        variables: {
          input: { assessmentId: assessment.id, version: assessment.version, fileBase64, dryRun },
        },
      });
      return data?.importParNationalPoints;
    },
    onApplied: () => {
      void message.success(t('parIndex.national.excel.imported'));
      onImported();
    },
  });

  return (
    <ParXlsxImportModal
      testId="par-national-import"
      width={880}
      title={t('parIndex.national.excel.title')}
      explain={t('parIndex.national.excel.explain')}
      confirmLabel={t('parIndex.national.excel.confirm')}
      flow={flow}
      error={error}
      onClose={onClose}
    >
      {flow.result && (
        <ParNationalImportResult result={flow.result} criteria={assessment.framework?.criteria ?? []} />
      )}
    </ParXlsxImportModal>
  );
}
