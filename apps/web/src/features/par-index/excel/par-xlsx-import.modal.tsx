import type { ReactNode } from 'react';
import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Modal, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import { MAX_PAR_XLSX_BYTES } from './par-xlsx-file.hook';
import type { ParXlsxImport } from './par-xlsx-import.hook';

interface ParXlsxImportModalProps<R> {
  /** Test ids of its parts: `<testId>-file`, `-loaded`, `-file-error`, `-check`, `-confirm`. */
  testId: string;
  title: string;
  explain: string;
  confirmLabel: string;
  flow: ParXlsxImport<R>;
  /** What else the import needs before checking (the framework's year); true by default. */
  ready?: boolean;
  /** The mutation's failure, if any */
  error: unknown;
  onClose: () => void;
  /** Inputs above the file (the year) */
  before?: ReactNode;
  /** The check's answer */
  children?: ReactNode;
  width?: number;
}

/**
 * The frame of a PAR Index workbook import: what it does, the file (read in the browser, too large or
 * non-XLSX files refused before anything is sent), "Kiểm tra", and the last step once the check is clean.
 */
export function ParXlsxImportModal<R>({
  testId,
  title,
  explain,
  confirmLabel,
  flow,
  ready = true,
  error,
  onClose,
  before,
  children,
  width = 820,
}: ParXlsxImportModalProps<R>) {
  const { t } = useTranslation();
  const { xlsx, running, clean } = flow;
  return (
    <Modal
      open
      width={width}
      title={title}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
      footer={
        <Flex justify="end" gap={8} wrap>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            data-testid={`${testId}-check`}
            type={clean ? 'default' : 'primary'}
            disabled={!xlsx.file || !ready || running === 'import'}
            loading={running === 'check'}
            onClick={() => void flow.send(true)}
          >
            {t('parIndex.excel.check')}
          </Button>
          <Button
            data-testid={`${testId}-confirm`}
            type="primary"
            disabled={!clean || running === 'check'}
            loading={running === 'import'}
            onClick={() => void flow.send(false)}
          >
            {confirmLabel}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {explain}
        </Typography.Paragraph>
        {before}
        <Upload.Dragger
          accept=".xlsx"
          multiple={false}
          showUploadList={false}
          disabled={running !== null}
          data-testid={`${testId}-file`}
          // Read in the browser; nothing is sent before "Kiểm tra".
          beforeUpload={(picked) => {
            void flow.pick(picked);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('parIndex.excel.dropHint')}</p>
          <p className="ant-upload-hint">{t('parIndex.excel.hint', { max: xlsx.kb(MAX_PAR_XLSX_BYTES) })}</p>
        </Upload.Dragger>
        {xlsx.file && (
          <Typography.Text data-testid={`${testId}-loaded`}>
            {t('parIndex.excel.loaded', { name: xlsx.file.name })}
          </Typography.Text>
        )}
        {xlsx.error && (
          <Alert type="error" showIcon role="alert" data-testid={`${testId}-file-error`} title={xlsx.error} />
        )}
        {error ? <ApiErrorAlert error={error} /> : null}
        {children}
      </Flex>
    </Modal>
  );
}
