import { App, Modal, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ParCriterionItem } from '../framework/par-criteria-tree.util';
import type { ParEvidenceRow } from './par-assessment-items.util';
import { ParEvidenceFileTab } from './par-evidence-file-tab.component';
import { ParEvidenceLinkTab } from './par-evidence-link-tab.component';
import { ParEvidenceRecordTab } from './par-evidence-record-tab.component';

interface ParEvidenceAddModalProps {
  assessmentId: string;
  criterion: ParCriterionItem;
  evidence: readonly ParEvidenceRow[];
  /** An uploaded file is only in the API's answer to the upload: the assessment has to be read again. */
  onFileUploaded: () => void;
  onClose: () => void;
}

/** Evidence for one item: a file, a link or one of the agency's records, each on its own tab. */
export function ParEvidenceAddModal({
  assessmentId,
  criterion,
  evidence,
  onFileUploaded,
  onClose,
}: ParEvidenceAddModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const done = (text: string) => {
    void message.success(text);
    onClose();
  };

  return (
    <Modal
      open
      title={t('parIndex.evidence.addTitle', { code: criterion.code })}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
      // Full width on a phone; a comfortable dialog on larger screens.
      width={{ xs: '100%', sm: 600 }}
      data-testid="par-evidence-add-modal"
    >
      <Tabs
        data-testid="par-evidence-tabs"
        items={[
          {
            key: 'file',
            label: t('parIndex.evidence.tabs.file'),
            children: (
              <ParEvidenceFileTab
                assessmentId={assessmentId}
                criterionId={criterion.id}
                onUploaded={(name) => {
                  onFileUploaded();
                  done(t('parIndex.evidence.file.uploaded', { name }));
                }}
              />
            ),
          },
          {
            key: 'link',
            label: t('parIndex.evidence.tabs.link'),
            children: (
              <ParEvidenceLinkTab
                assessmentId={assessmentId}
                criterionId={criterion.id}
                onAdded={(label) => done(t('parIndex.evidence.added', { label }))}
              />
            ),
          },
          {
            key: 'record',
            label: t('parIndex.evidence.tabs.record'),
            children: (
              <ParEvidenceRecordTab
                assessmentId={assessmentId}
                criterionId={criterion.id}
                cited={evidence}
                onAdded={(label) => done(t('parIndex.evidence.added', { label }))}
              />
            ),
          },
        ]}
      />
    </Modal>
  );
}
