import { Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ParScoringMethod } from '@partrack/shared';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import type { ParCriterionItem } from '../framework/par-criteria-tree.util';
import { ParPointsInput } from '../par-points-input.component';

/** The scale's options as select options: "Hoàn thành 100% — 1 điểm". */
function useScaleOptions(criterion: ParCriterionItem) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  return (criterion.scale ?? []).map((option) => ({
    value: option.points,
    label: t('parIndex.assessment.option', { label: option.label, points: number(option.points) }),
  }));
}

/** Points as read: the scale option's label on a MANUAL item, else the number; "Chưa chấm" when none. */
export function ParPointsValue({
  criterion,
  points,
  empty,
  testId,
}: {
  criterion: ParCriterionItem;
  points: number | null | undefined;
  /** Shown instead of "Chưa chấm" when there are no points. */
  empty?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const options = useScaleOptions(criterion);
  if (points === null || points === undefined)
    return (
      <Typography.Text type="secondary" data-testid={testId}>
        {empty ?? t('parIndex.assessment.notScored')}
      </Typography.Text>
    );
  const chosen =
    criterion.method === ParScoringMethod.MANUAL
      ? options.find((option) => option.value === points)
      : undefined;
  return (
    <Typography.Text strong data-testid={testId}>
      {chosen?.label ?? number(points)}
    </Typography.Text>
  );
}

interface ParScoreFieldProps {
  criterion: ParCriterionItem;
  points: number | null;
  /** The accessible name, e.g. "Điểm thẩm định mục 1.1". */
  label: string;
  /** Test ids are `<prefix>-select-<code>` (scale) and `<prefix>-points-<code>` (number). */
  testIdPrefix: string;
  invalid?: boolean;
  allowClear?: boolean;
  onChange: (points: number | null) => void;
}

/** One of the scale's options on a MANUAL item, a number up to the maximum on the others. */
export function ParScoreField({
  criterion,
  points,
  label,
  testIdPrefix,
  invalid = false,
  allowClear = true,
  onChange,
}: ParScoreFieldProps) {
  const { t } = useTranslation();
  const options = useScaleOptions(criterion);
  if (criterion.method === ParScoringMethod.MANUAL)
    return (
      <Select<number>
        data-testid={`${testIdPrefix}-select-${criterion.code}`}
        aria-label={label}
        allowClear={allowClear}
        placeholder={t('parIndex.assessment.choose')}
        status={invalid ? 'error' : undefined}
        value={points ?? undefined}
        options={options}
        onChange={(value) => onChange(value ?? null)}
        style={{ width: '100%' }}
      />
    );
  return (
    <ParPointsInput
      data-testid={`${testIdPrefix}-points-${criterion.code}`}
      aria-label={label}
      max={criterion.maxPoints}
      status={invalid ? 'error' : undefined}
      value={points}
      onChange={(value) => onChange(value ?? null)}
    />
  );
}
