import { useState } from 'react';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useApolloClient } from '@apollo/client/react';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { DownloadErrorAlert } from '../../../app/ui/download-error-alert.component';
import { useDownload } from '../../../app/ui/use-download.hook';
import { MeasurementTemplateDocument } from '../graphql/measurement.operations';
import { MeasurementImportModal } from './measurement-import.modal';

interface MeasurementEntryExcelProps {
  planId: string;
  agencyId: string;
  period: string;
  onImported: () => void;
}

/** Bulk entry for agencies with many units: the template for the agency's subtree, and its import. */
export function MeasurementEntryExcel({ planId, agencyId, period, onImported }: MeasurementEntryExcelProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const template = useDownload();
  const [importing, setImporting] = useState(false);

  const download = () =>
    template.download(async () => {
      const result = await client.query({
        query: MeasurementTemplateDocument,
        variables: { input: { planId, period, rootAgencyId: agencyId } },
        // A workbook is not worth keeping in the normalised cache.
        fetchPolicy: 'no-cache',
      });
      return result.data?.measurementTemplate;
    });

  return (
    <Flex vertical gap={8} align="end">
      <Flex gap={8} wrap>
        <Button
          icon={<DownloadOutlined />}
          data-testid="entry-template"
          loading={template.downloading}
          onClick={() => void download()}
        >
          {t('indicator.excel.template')}
        </Button>
        <Button icon={<UploadOutlined />} data-testid="entry-import" onClick={() => setImporting(true)}>
          {t('indicator.excel.import')}
        </Button>
      </Flex>
      <DownloadErrorAlert
        data-testid="entry-template-error"
        error={template.error}
        onClose={template.clearError}
      />
      {importing && (
        <MeasurementImportModal
          planId={planId}
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
