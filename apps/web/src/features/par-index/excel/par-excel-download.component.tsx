import type { ReactNode } from 'react';
import { DownloadOutlined } from '@ant-design/icons';
import { useApolloClient } from '@apollo/client/react';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DownloadableFile } from '../../../app/ui/download-file';
import { DownloadErrorAlert } from '../../../app/ui/download-error-alert.component';
import { useDownload } from '../../../app/ui/use-download.hook';
import { ExportParFrameworkDocument, ParFrameworkTemplateDocument } from '../graphql/par-index.operations';

interface ParExcelDownloadProps {
  testId: string;
  label: ReactNode;
  fetchFile: () => Promise<DownloadableFile | null | undefined>;
}

/** A button that fetches a file (workbook or document) and saves it: busy meanwhile, and why it failed below. */
export function ParExcelDownload({ testId, label, fetchFile }: ParExcelDownloadProps) {
  const file = useDownload();
  return (
    <Flex vertical gap={8} align="end">
      <Button
        data-testid={testId}
        icon={<DownloadOutlined />}
        loading={file.downloading}
        onClick={() => void file.download(fetchFile)}
      >
        {label}
      </Button>
      <DownloadErrorAlert data-testid={`${testId}-error`} error={file.error} onClose={file.clearError} />
    </Flex>
  );
}

/** The blank XLSX template with its "Hướng dẫn" sheet, for anyone who reads PAR frameworks. */
export function ParTemplateDownload() {
  const { t } = useTranslation();
  const client = useApolloClient();
  return (
    <ParExcelDownload
      testId="par-template"
      label={t('parIndex.excel.template')}
      fetchFile={async () => {
        // A workbook is not worth keeping in the normalised cache.
        const result = await client.query({ query: ParFrameworkTemplateDocument, fetchPolicy: 'no-cache' });
        return result.data?.parFrameworkTemplate;
      }}
    />
  );
}

/** One framework in the template's layout (export → edit → import as a new draft). */
export function ParFrameworkDownload({ frameworkId }: { frameworkId: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  return (
    <ParExcelDownload
      testId="par-export"
      label={t('parIndex.excel.export')}
      fetchFile={async () => {
        const result = await client.query({
          query: ExportParFrameworkDocument,
          variables: { id: frameworkId },
          fetchPolicy: 'no-cache',
        });
        return result.data?.exportParFramework;
      }}
    />
  );
}
