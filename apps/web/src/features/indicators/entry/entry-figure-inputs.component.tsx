import { Flex, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { IndicatorUnit } from '@partrack/shared';
import { useIndicatorFormat } from '../use-indicator-format.hook';
import {
  computedRatio,
  isRatio,
  type Entry,
  type EntryDraft,
  type EntryField,
  type RowApiError,
  type RowProblems,
} from './measurement-entry.util';

interface EntryFigureInputsProps {
  entry: Entry;
  draft: EntryDraft;
  problems: RowProblems;
  apiError: RowApiError | undefined;
  locked: boolean;
  onChange: (patch: Partial<EntryDraft>) => void;
}

/** One number input with its message beneath (the shared rule's, or the API's for this field). */
function FigureInput({
  field,
  label,
  value,
  suffix,
  message,
  locked,
  testId,
  onChange,
}: {
  field: EntryField;
  label: string;
  value: number | null;
  suffix?: string;
  message: string | null;
  locked: boolean;
  testId: string;
  onChange: (value: number | null) => void;
}) {
  const format = useIndicatorFormat();
  return (
    <Flex vertical gap={2} style={{ minWidth: 120 }}>
      <InputNumber
        data-testid={testId}
        data-field={field}
        aria-label={label}
        placeholder={label}
        value={value}
        disabled={locked}
        suffix={suffix}
        // Shown and typed with the reader's decimal mark: 85,5 in Vietnamese.
        decimalSeparator={format.language === 'vi' ? ',' : '.'}
        status={message ? 'error' : undefined}
        onChange={(next) => onChange(typeof next === 'number' ? next : null)}
        style={{ width: '100%' }}
      />
      {message && (
        <Typography.Text type="danger" role="alert" data-testid={`${testId}-error`} style={{ fontSize: 12 }}>
          {message}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** The figure of one row: numerator and denominator with the computed share for RATIO, else one value. */
export function EntryFigureInputs({
  entry,
  draft,
  problems,
  apiError,
  locked,
  onChange,
}: EntryFigureInputsProps) {
  const { t } = useTranslation();
  const format = useIndicatorFormat();
  const code = entry.indicator.code;
  const unit = entry.indicator.unit;
  const messageOf = (field: EntryField): string | null => {
    const problem = problems[field];
    if (problem) return t(`indicator.entry.problem.${problem}`);
    return apiError?.fields[field] ?? null;
  };

  if (isRatio(entry)) {
    const ratio = computedRatio(draft, unit);
    return (
      <Flex gap={8} align="start" wrap>
        <FigureInput
          field="numerator"
          label={t('indicator.entry.numerator')}
          value={draft.numerator}
          message={messageOf('numerator')}
          locked={locked}
          testId={`entry-numerator-${code}`}
          onChange={(numerator) => onChange({ numerator })}
        />
        <Typography.Text style={{ lineHeight: '32px' }}>/</Typography.Text>
        <FigureInput
          field="denominator"
          label={t('indicator.entry.denominator')}
          value={draft.denominator}
          message={messageOf('denominator')}
          locked={locked}
          testId={`entry-denominator-${code}`}
          onChange={(denominator) => onChange({ denominator })}
        />
        <Typography.Text strong style={{ lineHeight: '32px' }} data-testid={`entry-ratio-${code}`}>
          = {format.value(ratio, unit)}
        </Typography.Text>
        {messageOf('value') && (
          <Typography.Text type="danger" role="alert" style={{ fontSize: 12, width: '100%' }}>
            {messageOf('value')}
          </Typography.Text>
        )}
      </Flex>
    );
  }
  return (
    <FigureInput
      field="value"
      label={t('indicator.entry.value')}
      value={draft.value}
      suffix={unit === IndicatorUnit.PERCENT ? '%' : undefined}
      message={messageOf('value')}
      locked={locked}
      testId={`entry-value-${code}`}
      onChange={(value) => onChange({ value })}
    />
  );
}
