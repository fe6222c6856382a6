import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ParDataSource, REFORM_AREAS } from '@partrack/shared';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import type { ParCriterionFieldsFragment } from '../../../gql/graphql';
import { useAreaName } from '../../tasks/task-tags.component';
import { ParPointsInput } from '../par-points-input.component';
import {
  dataRuleProblems,
  isPercentProblem,
  MAX_THRESHOLDS,
  newDataRule,
  thresholdsHighFirst,
  type DataRuleValue,
  type ThresholdValue,
} from './par-data-rule.util';

interface ParDataRuleEditorProps {
  /** Null: no rule, the council scores the item (the rule is optional). */
  value?: DataRuleValue | null;
  onChange?: (value: DataRuleValue | null) => void;
  /** The item's maximum, which no threshold may exceed. */
  maxPoints: number | null;
}

/**
 * How a DATA item reads partrack's records: the source (tasks or reports on time, an indicator against its
 * target), for tasks an optional reform area (I–VII), for an indicator its code in the year's plans (typed:
 * no query lists a year's indicators across plans), and thresholds "from X % on: Y points". A controlled
 * field of the criterion form; the form's rule reports the first problem and the inputs with a problem turn red.
 */
export function ParDataRuleEditor({ value = null, onChange, maxPoints }: ParDataRuleEditorProps) {
  const { t } = useTranslation();
  const areaName = useAreaName();
  const problems = value ? dataRuleProblems(value, maxPoints) : [];
  const hasProblem = (index: number, percent: boolean) =>
    problems.some((p) => 'index' in p && p.index === index && isPercentProblem(p) === percent);
  const codeProblem = problems.some(
    (p) => p.kind === 'indicatorCodeMissing' || p.kind === 'indicatorCodeInvalid',
  );
  const indicator = value?.source === ParDataSource.INDICATOR_TARGET;
  const change = (next: Partial<DataRuleValue>) => value && onChange?.({ ...value, ...next });
  const setThreshold = (index: number, next: Partial<ThresholdValue>) =>
    change({ thresholds: value?.thresholds.map((row, i) => (i === index ? { ...row, ...next } : row)) });

  return (
    <Flex vertical gap={8} data-testid="par-data-rule-editor">
      <Checkbox
        data-testid="par-data-rule-enabled"
        checked={value !== null}
        onChange={(event) => onChange?.(event.target.checked ? newDataRule(maxPoints) : null)}
      >
        {t('parIndex.dataRule.enable')}
      </Checkbox>
      {value === null ? (
        <Typography.Text type="secondary">{t('parIndex.dataRule.optionalHint')}</Typography.Text>
      ) : (
        <>
          <Flex gap={8} wrap>
            <Select<ParDataSource>
              data-testid="par-data-rule-source"
              aria-label={t('parIndex.dataRule.source')}
              value={value.source}
              onChange={(source) => change({ source })}
              options={Object.values(ParDataSource).map((source) => ({
                value: source,
                label: t(`parIndex.dataRule.sources.${source}`),
              }))}
              style={{ flex: '1 1 200px' }}
            />
            {value.source === ParDataSource.TASKS_ON_TIME && (
              <Select<string>
                data-testid="par-data-rule-area"
                aria-label={t('parIndex.dataRule.area')}
                allowClear
                placeholder={t('parIndex.dataRule.allAreas')}
                value={value.areaCode ?? undefined}
                onChange={(areaCode) => change({ areaCode: areaCode ?? null })}
                options={REFORM_AREAS.map((area) => ({ value: area.code, label: areaName(area.code) }))}
                style={{ flex: '2 1 240px', minWidth: 0 }}
              />
            )}
            {indicator && (
              <Input
                data-testid="par-data-rule-indicator"
                aria-label={t('parIndex.dataRule.indicatorCode')}
                placeholder={t('parIndex.dataRule.indicatorCodePlaceholder')}
                value={value.indicatorCode ?? ''}
                // Codes are capitals: typed "ct-01" is sent as "CT-01", so show it that way.
                onChange={(event) => change({ indicatorCode: event.target.value.toUpperCase() || null })}
                status={codeProblem ? 'error' : undefined}
                maxLength={64}
                style={{ flex: '1 1 160px', minWidth: 0 }}
              />
            )}
          </Flex>
          {indicator && (
            <Typography.Text type="secondary">{t('parIndex.dataRule.indicatorHint')}</Typography.Text>
          )}
          <Typography.Text type="secondary">
            {t(indicator ? 'parIndex.dataRule.thresholdsHintIndicator' : 'parIndex.dataRule.thresholdsHint')}
          </Typography.Text>
          {value.thresholds.map((row, index) => (
            <Flex key={index} gap={8} align="center" wrap data-testid={`par-threshold-${index}`}>
              <Typography.Text>{t('parIndex.dataRule.from')}</Typography.Text>
              <ParPointsInput
                data-testid={`par-threshold-percent-${index}`}
                aria-label={t('parIndex.dataRule.percentLabel', { n: index + 1 })}
                value={row.atLeast}
                onChange={(atLeast) => setThreshold(index, { atLeast: atLeast ?? null })}
                suffix="%"
                status={hasProblem(index, true) ? 'error' : undefined}
                style={{ width: 110 }}
              />
              <Typography.Text>{t('parIndex.dataRule.gives')}</Typography.Text>
              <ParPointsInput
                data-testid={`par-threshold-points-${index}`}
                aria-label={t('parIndex.dataRule.pointsLabel', { n: index + 1 })}
                value={row.points}
                onChange={(points) => setThreshold(index, { points: points ?? null })}
                status={hasProblem(index, false) ? 'error' : undefined}
                style={{ width: 110 }}
              />
              <Typography.Text>{t('parIndex.dataRule.pointsUnit')}</Typography.Text>
              <Button
                icon={<DeleteOutlined />}
                data-testid={`par-threshold-remove-${index}`}
                aria-label={t('parIndex.dataRule.remove', { n: index + 1 })}
                disabled={value.thresholds.length <= 1}
                onClick={() => change({ thresholds: value.thresholds.filter((_r, i) => i !== index) })}
              />
            </Flex>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            data-testid="par-threshold-add"
            disabled={value.thresholds.length >= MAX_THRESHOLDS}
            onClick={() => change({ thresholds: [...value.thresholds, { atLeast: null, points: null }] })}
            style={{ alignSelf: 'start' }}
          >
            {t('parIndex.dataRule.add')}
          </Button>
        </>
      )}
    </Flex>
  );
}

/**
 * The rule in one or two lines of the criteria table: "Nhiệm vụ đúng hạn · II. …" or "Mức đạt chỉ tiêu · CT-01",
 * and "≥ 100%: 1 điểm; …".
 */
export function ParDataRuleSummary({
  code,
  rule,
}: {
  code: string;
  rule: ParCriterionFieldsFragment['dataRule'];
}) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const areaName = useAreaName();
  if (!rule)
    return (
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={`par-data-rule-${code}`}>
        {t('parIndex.dataRule.none')}
      </Typography.Text>
    );
  const source = t(`parIndex.dataRule.sources.${rule.source}`);
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={`par-data-rule-${code}`}>
      {rule.indicatorCode
        ? `${source} · ${rule.indicatorCode}`
        : rule.areaCode
          ? `${source} · ${areaName(rule.areaCode)}`
          : source}
      {': '}
      {thresholdsHighFirst(rule.thresholds)
        .map((th) =>
          t('parIndex.dataRule.thresholdLine', { atLeast: number(th.atLeast), points: number(th.points) }),
        )
        .join('; ')}
    </Typography.Text>
  );
}
