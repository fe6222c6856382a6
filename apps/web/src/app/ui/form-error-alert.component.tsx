import { Alert } from 'antd';
import { ApiErrorAlert } from './api-error-alert.component';
import type { FormErrorState } from './use-form-error.hook';

export function FormErrorAlert({
  state,
  onReload,
  reloading,
}: {
  state: FormErrorState | null;
  onReload?: () => void;
  reloading?: boolean;
}) {
  if (!state) return null;
  return (
    <div style={{ marginBottom: 16 }}>
      {state.unplaced.length > 0 ? (
        <Alert type="error" showIcon role="alert" title={state.unplaced.join(' ')} />
      ) : (
        <ApiErrorAlert error={state.error} onReload={onReload} reloading={reloading} />
      )}
    </div>
  );
}
