import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { periodOptions } from './indicator-period.util';
import type { PlanOption } from './use-plan-period.hook';

interface PlanPeriodPickerProps {
  plans: readonly PlanOption[];
  plan: PlanOption | null;
  period: string | null;
  loading?: boolean;
  onPlanChange: (id: string) => void;
  onPeriodChange: (period: string) => void;
  /** Offers "every period" first, with this value (the review queue). */
  allPeriodsValue?: string;
}

/** The plan and one of its year's periods: every indicator figure belongs to both. */
export function PlanPeriodPicker({
  plans,
  plan,
  period,
  loading,
  onPlanChange,
  onPeriodChange,
  allPeriodsValue,
}: PlanPeriodPickerProps) {
  const { t } = useTranslation();
  return (
    <>
      <Select
        data-testid="indicator-plan"
        aria-label={t('indicator.filters.plan')}
        showSearch={{ optionFilterProp: 'label' }}
        loading={loading}
        placeholder={t('indicator.filters.plan')}
        value={plan?.id ?? null}
        onChange={onPlanChange}
        options={plans.map((option) => ({ value: option.id, label: `${option.code} — ${option.title}` }))}
        style={{ minWidth: 260, maxWidth: 420 }}
        popupMatchSelectWidth={false}
      />
      <Select
        data-testid="indicator-period"
        aria-label={t('indicator.filters.period')}
        placeholder={t('indicator.filters.period')}
        disabled={!plan}
        value={period}
        onChange={onPeriodChange}
        options={
          plan
            ? [
                ...(allPeriodsValue
                  ? [{ value: allPeriodsValue, label: t('indicator.filters.allPeriods') }]
                  : []),
                ...periodOptions(plan.year, t),
              ]
            : []
        }
        style={{ minWidth: 200 }}
        popupMatchSelectWidth={false}
      />
    </>
  );
}
