import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError, type ApiError } from '../apollo/api-error';

/**
 * The API localises its messages via Accept-Language, so they are shown as they come; our own texts only
 * cover failures that never reached the API (network) or came without a message.
 */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      const apiError: ApiError = toApiError(error);
      if (apiError.code === 'NETWORK') return t('errors.code.NETWORK');
      if (apiError.code === 'CONFLICT') return t('errors.code.CONFLICT');
      return apiError.message || t(`errors.code.${apiError.code}`);
    },
    [t],
  );
}
