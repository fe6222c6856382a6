import { ALL_ROLES } from '@partrack/shared';
import type { TFunction } from 'i18next';

export function roleOptions(t: TFunction) {
  return ALL_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));
}
