import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { Role } from '@partrack/shared';

/**
 * Every role except ADMIN is scoped to an agency, and the API refuses such a user or key without one;
 * checking it here saves a round trip and points at the right field.
 */
export function agencyRequiredUnlessAdmin(t: TFunction): FormRule {
  return ({ getFieldValue }) => ({
    validator: (_rule, value: string | null | undefined) =>
      getFieldValue('role') !== Role.ADMIN && !value
        ? Promise.reject(new Error(t('user.validation.agencyRequired')))
        : Promise.resolve(),
  });
}
