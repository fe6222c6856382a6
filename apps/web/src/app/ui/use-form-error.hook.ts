import { useCallback, useState } from 'react';
import type { FormInstance } from 'antd';
import { toApiError } from '../apollo/api-error';
import { applyFieldErrors } from './form-errors';

export interface FormErrorState {
  error: unknown;
  /** Field messages that matched no form field; shown above the form. */
  unplaced: string[];
}

/**
 * Routes a failed submit: per-field messages go under their fields (and nowhere else), everything else
 * becomes one alert above the form.
 */
export function useFormError<T>(form: FormInstance<T>, fields: readonly string[]) {
  const [formError, setFormError] = useState<FormErrorState | null>(null);
  const handleError = useCallback(
    (error: unknown) => {
      const apiError = toApiError(error);
      if (apiError.code === 'BAD_USER_INPUT' && apiError.fieldErrors.length > 0) {
        const unplaced = applyFieldErrors(form, apiError, fields);
        setFormError(unplaced.length > 0 ? { error, unplaced } : null);
        return;
      }
      setFormError({ error, unplaced: [] });
    },
    [form, fields],
  );
  const clearError = useCallback(() => setFormError(null), []);
  const [reloading, setReloading] = useState(false);
  /**
   * Loads the fresh record after a conflict. The alert stays until it has arrived and the form is disabled
   * meanwhile, so a second submit cannot go out on the stale version.
   */
  const reloadWith = useCallback(
    async (load: () => Promise<void>) => {
      setReloading(true);
      try {
        await load();
        setFormError(null);
      } catch (error) {
        handleError(error);
      } finally {
        setReloading(false);
      }
    },
    [handleError],
  );
  return { formError, handleError, clearError, reloading, reloadWith };
}
