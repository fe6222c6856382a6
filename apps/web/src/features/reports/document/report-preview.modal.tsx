import { Alert, Button, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ReportDocument, type ReportDocumentProps } from './report-document.component';

/** The whole report read-only, as the Word document will lay it out, tables included. */
export function ReportPreviewModal({
  document,
  unsaved,
  onClose,
}: {
  document: Omit<ReportDocumentProps, 'showTables'>;
  /** The text comes from the form, not from what is stored. */
  unsaved: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={t('report.document.previewTitle')}
      width={1000}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('report.document.close')}</Button>}
      destroyOnHidden
    >
      {unsaved && (
        <Alert type="info" showIcon title={t('report.document.unsavedNote')} style={{ marginBottom: 16 }} />
      )}
      <ReportDocument {...document} showTables />
    </Modal>
  );
}
