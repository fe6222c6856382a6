import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** Optimistic locking lost: the user's edit was based on an old version, so we offer the fresh one. */
export function ConflictAlert({ onReload, loading }: { onReload: () => void; loading?: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      data-testid="conflict-alert"
      title={t('errors.conflictTitle')}
      description={t('errors.conflictDescription')}
      action={
        <Button size="small" type="primary" onClick={onReload} loading={loading}>
          {t('errors.conflictReload')}
        </Button>
      }
    />
  );
}
