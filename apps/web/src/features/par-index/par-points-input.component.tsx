import { InputNumber, type FormRule, type InputNumberProps } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isPointsValue } from './par-framework.util';

/** Points with a decimal comma in Vietnamese (0,5) and a point in English (0.5). */
export function ParPointsInput(props: Omit<InputNumberProps<number>, 'decimalSeparator'>) {
  const { i18n } = useTranslation();
  return (
    <InputNumber<number>
      min={0}
      step={1}
      style={{ width: '100%' }}
      {...props}
      decimalSeparator={i18n.language === 'en' ? '.' : ','}
    />
  );
}

/** Required, not negative, at most two decimals: what the API accepts. */
export function pointsRules(t: TFunction): FormRule[] {
  return [
    { required: true, message: t('parIndex.validation.pointsRequired') },
    {
      validator: (_rule, value: unknown) =>
        value === null || value === undefined || isPointsValue(value)
          ? Promise.resolve()
          : Promise.reject(new Error(t('parIndex.validation.points'))),
    },
  ];
}
