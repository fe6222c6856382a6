import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { App, Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { SurveyImportShape } from '@partrack/shared';
import type { ImportSurveyResultsMutation } from '../../../gql/graphql';
import { useParXlsxImport } from '../../par-index/excel/par-xlsx-import.hook';
import { ParXlsxImportModal } from '../../par-index/excel/par-xlsx-import.modal';
import { ImportSurveyResultsDocument } from '../graphql/surveys.operations';
import { invalidateSurveyResults } from '../survey-cache';
import { useSurveyFormat } from '../survey-format.hook';
import { SurveyImportResult } from './survey-import-result.component';

type ImportResult = ImportSurveyResultsMutation['importSurveyResults'];

/**
 * Shape and file → "Kiểm tra" (dry run: the problems by line and column, or what would be stored) → "Ghi nhận
 * kết quả", all or nothing. The shared PAR Index workbook modal and hook carry the steps; only a clean check of
 * this very shape and file offers the import.
 */
export function SurveyImportModal({
  surveyId,
  onClose,
  onImported,
}: {
  surveyId: string;
  onClose: () => void;
  onImported?: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useSurveyFormat();
  const { message } = App.useApp();
  const [shape, setShape] = useState<SurveyImportShape>(SurveyImportShape.RESPONDENTS);
  const [run, { error, reset }] = useMutation(ImportSurveyResultsDocument);
  const flow = useParXlsxImport<ImportResult>({
    reset,
    mutate: async (fileBase64, dryRun) => {
      const { data } = await run({
        variables: { input: { surveyId, shape, fileBase64, dryRun } },
        update: dryRun ? undefined : invalidateSurveyResults,
      });
      return data?.importSurveyResults;
    },
    onApplied: (answer) => {
      void message.success(t('survey.excel.imported', { agencies: fmt.number(answer.agencies) }));
      onImported?.();
      onClose();
    },
  });

  return (
    <ParXlsxImportModal
      testId="survey-import"
      title={t('survey.excel.title')}
      explain={t('survey.excel.explain')}
      confirmLabel={t('survey.excel.confirm')}
      flow={flow}
      error={error}
      onClose={onClose}
      width={720}
      before={
        <Form layout="vertical" component="div" disabled={flow.running !== null}>
          <Form.Item label={t('survey.excel.shape')} style={{ marginBottom: 0 }}>
            <Radio.Group
              data-testid="survey-import-shape"
              value={shape}
              onChange={(event) => {
                setShape(event.target.value as SurveyImportShape);
                // Whatever was checked no longer stands once the shape changes.
                flow.forget();
              }}
              options={[SurveyImportShape.RESPONDENTS, SurveyImportShape.COUNTS].map((value) => ({
                value,
                label: t(`survey.excel.shapes.${value}`),
              }))}
            />
          </Form.Item>
        </Form>
      }
    >
      {flow.result && <SurveyImportResult result={flow.result} />}
    </ParXlsxImportModal>
  );
}
