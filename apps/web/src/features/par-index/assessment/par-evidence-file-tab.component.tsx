import { InboxOutlined } from '@ant-design/icons';
import { Alert, Flex, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_EVIDENCE_BYTES, uploadEvidenceFile } from './par-evidence.util';

interface ParEvidenceFileTabProps {
  assessmentId: string;
  criterionId: string;
  /** After the upload: the file is not in the cached assessment yet, so the page reloads it. */
  onUploaded: (name: string) => void;
}

/** One file per upload, at most 10 MB (refused here before sending, as the API would refuse it). */
export function ParEvidenceFileTab({ assessmentId, criterionId, onUploaded }: ParEvidenceFileTabProps) {
  const { t, i18n } = useTranslation();
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const upload = async (file: File) => {
    setError(null);
    if (file.size > MAX_EVIDENCE_BYTES) {
      setError(t('parIndex.evidence.file.tooLarge', { name: file.name }));
      return;
    }
    setUploading(true);
    try {
      await uploadEvidenceFile(assessmentId, criterionId, file, i18n.language);
      onUploaded(file.name);
    } catch (caught) {
      // The files endpoint answers the API's localised message (too many files, closed, unreadable…).
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setUploading(false);
    }
  };

  return (
    <Flex vertical gap={12}>
      {error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          data-testid="par-evidence-file-error"
          title={error}
          closable={{ onClose: () => setError(null) }}
        />
      )}
      <Spin spinning={uploading}>
        <Upload.Dragger
          data-testid="par-evidence-file"
          multiple={false}
          showUploadList={false}
          disabled={uploading}
          beforeUpload={(file) => {
            void upload(file);
            // We send it ourselves (with the session's token); antd's own request would not carry it.
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <Typography.Paragraph style={{ margin: 0 }}>
            {t('parIndex.evidence.file.drop')}
          </Typography.Paragraph>
          <Typography.Text type="secondary">{t('parIndex.evidence.file.hint')}</Typography.Text>
        </Upload.Dragger>
      </Spin>
    </Flex>
  );
}
