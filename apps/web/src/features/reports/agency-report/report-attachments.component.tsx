import { useMutation } from '@apollo/client/react';
import { DeleteOutlined, DownloadOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, List, Popconfirm, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { DeleteReportAttachmentDocument } from '../graphql/agency-report.operations';
import { downloadAttachment, uploadAttachment } from './report-attachments.api';

export interface AttachmentRow {
  id: string;
  filename: string;
  size: number;
  url: string;
  uploadedBy?: string | null;
  createdAt: string;
}

interface Props {
  reportId: string;
  attachments: readonly AttachmentRow[];
  editable: boolean;
  onChanged: () => void;
}

/** Files attached to an agency report: added and removed while the report is with the agency. */
export function ReportAttachments({ reportId, attachments, editable, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const { message } = App.useApp();
  const [uploading, setUploading] = useState(false);
  const [remove] = useMutation(DeleteReportAttachmentDocument);
  const fail = (error: unknown) => message.error(error instanceof Error ? error.message : String(error));

  const upload = async (file: File) => {
    setUploading(true);
    try {
      await uploadAttachment(reportId, file, i18n.language);
      void message.success(t('report.attachments.uploaded', { name: file.name }));
      onChanged();
    } catch (error) {
      void fail(error);
    } finally {
      setUploading(false);
    }
  };

  return (
    <Card
      title={t('report.attachments.title')}
      data-testid="report-attachments"
      extra={
        editable && (
          <Upload
            showUploadList={false}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={uploading} data-testid="report-attachment-upload">
              {t('report.attachments.add')}
            </Button>
          </Upload>
        )
      }
    >
      <List
        dataSource={[...attachments]}
        locale={{ emptyText: t('report.attachments.empty') }}
        renderItem={(file) => (
          <List.Item
            data-testid={`report-attachment-${file.filename}`}
            actions={[
              <Button
                key="download"
                type="link"
                icon={<DownloadOutlined />}
                onClick={() => void downloadAttachment(file.url, file.filename, i18n.language).catch(fail)}
              >
                {t('report.attachments.download')}
              </Button>,
              ...(editable
                ? [
                    <Popconfirm
                      key="delete"
                      title={t('report.attachments.confirmDelete', { name: file.filename })}
                      onConfirm={() => {
                        void remove({ variables: { id: file.id } }).then(onChanged, fail);
                      }}
                    >
                      <Button
                        type="link"
                        danger
                        icon={<DeleteOutlined />}
                        data-testid="report-attachment-delete"
                      >
                        {t('report.attachments.delete')}
                      </Button>
                    </Popconfirm>,
                  ]
                : []),
            ]}
          >
            <List.Item.Meta
              avatar={<PaperClipOutlined />}
              title={file.filename}
              description={
                <Typography.Text type="secondary">
                  {t('report.attachments.meta', {
                    size: fmt.number(Math.max(1, Math.round(file.size / 1024))),
                    who: file.uploadedBy ?? '—',
                    time: fmt.dateTime(file.createdAt),
                  })}
                </Typography.Text>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
