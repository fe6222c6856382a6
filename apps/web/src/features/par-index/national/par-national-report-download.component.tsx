import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ParExcelDownload } from '../excel/par-excel-download.component';
import { ParNationalReportDocxDocument } from '../graphql/par-national.operations';

/**
 * "Tải báo cáo tự đánh giá (DOCX)": the province's self-assessment report for the Ministry, laid out by the API
 * (Decree 30): totals by area, every item with its self-score, the agency answering for it and its evidence.
 */
export function ParNationalReportDownload({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  return (
    <ParExcelDownload
      testId="par-national-report-download"
      label={t('parIndex.national.report.download')}
      fetchFile={async () => {
        // A document is not worth keeping in the normalised cache.
        const result = await client.query({
          query: ParNationalReportDocxDocument,
          variables: { assessmentId },
          fetchPolicy: 'no-cache',
        });
        return result.data?.parNationalReportDocx;
      }}
    />
  );
}
