import { useMutation } from '@apollo/client/react';
import { Alert, App, Checkbox, Flex, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import { SendParAppraisalDocument } from '../graphql/par-appraisal.operations';

interface ParAppraisalSendModalProps {
  id: string;
  version: number;
  /** Appraised items still without the council's points. */
  unappraised: number;
  onReload: () => void;
  onClose: () => void;
}

/**
 * The confirmation before the first appraisal goes to the agency: it cannot be changed afterwards. Items left
 * without points can take the self-score; otherwise the API refuses while any is missing, and says which.
 */
export function ParAppraisalSendModal({
  id,
  version,
  unappraised,
  onReload,
  onClose,
}: ParAppraisalSendModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [acceptSelfScores, setAcceptSelfScores] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [send, sending] = useMutation(SendParAppraisalDocument);

  const submit = async () => {
    setError(null);
    try {
      await send({ variables: { input: { id, version, acceptSelfScores } } });
      void message.success(t('parIndex.appraisal.sent'));
      onClose();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <Modal
      open
      title={t('parIndex.appraisal.sendConfirm')}
      okText={t('parIndex.appraisal.send')}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={sending.loading}
      okButtonProps={{ 'data-testid': 'par-appraisal-send-ok' }}
      width={{ xs: '100%', sm: 520 }}
      destroyOnHidden
    >
      <Flex vertical gap={12}>
        {error !== null && (
          <ApiErrorAlert
            error={error}
            onReload={() => {
              onReload();
              onClose();
            }}
          />
        )}
        <Typography.Paragraph style={{ margin: 0 }}>
          {t('parIndex.appraisal.sendExplain')}
        </Typography.Paragraph>
        {unappraised > 0 && (
          <Alert
            type="warning"
            showIcon
            data-testid="par-appraisal-send-unappraised"
            title={t('parIndex.appraisal.unappraisedLeft', { n: unappraised })}
          />
        )}
        <Checkbox
          data-testid="par-appraisal-accept-self"
          checked={acceptSelfScores}
          onChange={(event) => setAcceptSelfScores(event.target.checked)}
        >
          {t('parIndex.appraisal.acceptSelfScores')}
        </Checkbox>
      </Flex>
    </Modal>
  );
}
