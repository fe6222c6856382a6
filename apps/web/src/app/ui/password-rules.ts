import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { checkPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@partrack/shared';

/** The same checkPassword() the API runs, so the form never accepts what the server will refuse. */
export function passwordRules(t: TFunction): FormRule[] {
  return [
    { required: true, message: t('password.required') },
    {
      validator: (_rule, value: string | undefined) => {
        if (!value) return Promise.resolve();
        switch (checkPassword(value)) {
          case 'TOO_SHORT':
            return Promise.reject(new Error(t('password.tooShort', { min: PASSWORD_MIN_LENGTH })));
          case 'TOO_LONG':
            return Promise.reject(new Error(t('password.tooLong', { max: PASSWORD_MAX_LENGTH })));
          case null:
            return Promise.resolve();
        }
      },
    },
  ];
}

/** Shown under the field from the start: users should learn the rule before failing it. */
export function passwordHint(t: TFunction, value: string | undefined): string {
  const length = value?.length ?? 0;
  return t('password.hint', { min: PASSWORD_MIN_LENGTH, length });
}
