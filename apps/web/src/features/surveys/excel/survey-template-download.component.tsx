import { useApolloClient } from '@apollo/client/react';
import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { SurveyImportShape } from '@partrack/shared';
import { ParExcelDownload } from '../../par-index/excel/par-excel-download.component';
import { SurveyResultsTemplateDocument } from '../graphql/surveys.operations';

const LABEL_KEYS = {
  [SurveyImportShape.RESPONDENTS]: 'survey.excel.templateRespondents',
  [SurveyImportShape.COUNTS]: 'survey.excel.templateCounts',
} as const;

/** The survey's results workbook in both shapes: one row per respondent, or counts per question and level. */
export function SurveyTemplateDownloads({ surveyId }: { surveyId: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  return (
    <Flex gap={8} wrap align="start">
      {[SurveyImportShape.RESPONDENTS, SurveyImportShape.COUNTS].map((shape) => (
        <ParExcelDownload
          key={shape}
          testId={`survey-template-${shape}`}
          label={t(LABEL_KEYS[shape])}
          fetchFile={async () => {
            // A workbook is not worth keeping in the normalised cache.
            const result = await client.query({
              query: SurveyResultsTemplateDocument,
              variables: { surveyId, shape },
              fetchPolicy: 'no-cache',
            });
            return result.data?.surveyResultsTemplate;
          }}
        />
      ))}
    </Flex>
  );
}
