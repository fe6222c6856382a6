import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../apollo/api-error';
import { ConflictAlert } from './conflict-alert.component';
import { useErrorMessage } from './use-error-message.hook';

interface ApiErrorAlertProps {
  error: unknown;
  onRetry?: () => void;
  /** Reloads the record being edited; when given, CONFLICT errors offer it instead of a generic message. */
  onReload?: () => void;
  /** The reload is on its way. */
  reloading?: boolean;
}

export function ApiErrorAlert({ error, onRetry, onReload, reloading }: ApiErrorAlertProps) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  if (!error) return null;
  if (toApiError(error).code === 'CONFLICT' && onReload)
    return <ConflictAlert onReload={onReload} loading={reloading} />;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={message(error)}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
