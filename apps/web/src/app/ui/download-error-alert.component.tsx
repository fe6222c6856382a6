import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from './use-error-message.hook';

interface DownloadErrorAlertProps {
  error: unknown;
  onClose: () => void;
  'data-testid'?: string;
}

/** Why a file could not be exported, with the API's (localised) reason; closable. */
export function DownloadErrorAlert({ error, onClose, ...rest }: DownloadErrorAlertProps) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  if (!error) return null;
  return (
    <Alert
      data-testid={rest['data-testid']}
      type="error"
      showIcon
      role="alert"
      closable={{ onClose }}
      title={t('common.downloadFailed')}
      description={message(error)}
    />
  );
}
