import { useState } from 'react';
import { UploadOutlined } from '@ant-design/icons';
import { useApolloClient } from '@apollo/client/react';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ParNationalAssessmentFragment } from '../../../gql/graphql';
import { ParExcelDownload } from '../excel/par-excel-download.component';
import { ParNationalTemplateDocument } from '../graphql/par-national.operations';
import { ParNationalImportModal } from './par-national-import.modal';

interface ParNationalExcelProps {
  assessment: ParNationalAssessmentFragment;
  disabled?: boolean;
  /** After the file's points are recorded (the assessment is then FINALISED). */
  onImported: () => void;
}

/**
 * "Tải mẫu Excel" (every item with its maximum and the province's own score, a column for the Ministry's points)
 * and "Nhập từ Excel" (the filled template, checked, then recorded): beside the paste box, for coordinators.
 */
export function ParNationalExcel({ assessment, disabled = false, onImported }: ParNationalExcelProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [importing, setImporting] = useState(false);
  return (
    <Flex gap={8} wrap align="start" data-testid="par-national-excel">
      <ParExcelDownload
        testId="par-national-template"
        label={t('parIndex.national.excel.template')}
        fetchFile={async () => {
          const result = await client.query({
            query: ParNationalTemplateDocument,
            variables: { assessmentId: assessment.id },
            fetchPolicy: 'no-cache',
          });
          return result.data?.parNationalTemplate;
        }}
      />
      <Button
        icon={<UploadOutlined />}
        data-testid="par-national-import-open"
        disabled={disabled}
        onClick={() => setImporting(true)}
      >
        {t('parIndex.national.excel.import')}
      </Button>
      {importing && (
        <ParNationalImportModal
          assessment={assessment}
          onClose={() => setImporting(false)}
          onImported={() => {
            setImporting(false);
            onImported();
          }}
        />
      )}
    </Flex>
  );
}
