import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { DownloadErrorAlert } from '../../../app/ui/download-error-alert.component';
import type { DownloadableFile } from '../../../app/ui/download-file';
import { useDownload } from '../../../app/ui/use-download.hook';
import { ReportFileFormat } from '../../../gql/graphql';

/**
 * "Tải Word (DOCX)" and "Tải phụ lục Excel (XLSX)": the API builds the file (Decree 30 layout, appendices) and
 * returns it base64-encoded; each button has its own spinner, failures show a closable alert.
 */
export function ReportDownloads({
  fetchFile,
}: {
  fetchFile: (format: ReportFileFormat) => Promise<DownloadableFile | null | undefined>;
}) {
  const { t } = useTranslation();
  const docx = useDownload();
  const xlsx = useDownload();
  return (
    <Space orientation="vertical" size={8}>
      <Space wrap>
        <Button
          icon={<FileWordOutlined />}
          loading={docx.downloading}
          data-testid="report-download-docx"
          onClick={() => void docx.download(() => fetchFile(ReportFileFormat.Docx))}
        >
          {t('report.editor.downloadDocx')}
        </Button>
        <Button
          icon={<FileExcelOutlined />}
          loading={xlsx.downloading}
          data-testid="report-download-xlsx"
          onClick={() => void xlsx.download(() => fetchFile(ReportFileFormat.Xlsx))}
        >
          {t('report.editor.downloadXlsx')}
        </Button>
      </Space>
      <DownloadErrorAlert
        error={docx.error ?? xlsx.error}
        onClose={() => {
          docx.clearError();
          xlsx.clearError();
        }}
        data-testid="report-download-error"
      />
    </Space>
  );
}
