import { Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../app/format/use-formatters.hook';
import type { PublicCoverageLine, PublicCoverageSection } from '@partrack/shared';
import { PublicTargetBars, type TargetBar } from './public-target-bars.component';

/**
 * Inspection coverage of the year's approved plan: one bar per level (departments, districts, communes) and the
 * province's total, each the share of its agencies inspected against the plan's target, with "3/10" under it.
 * Before approval a sentence says the plan is not approved yet (a draft's sample is never shown).
 */
export function PublicCoverage({ section }: { section: PublicCoverageSection }) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  if (!section.approved || !section.total)
    return <Empty description={t('publicPage.coverage.notApproved')} data-testid="public-coverage-none" />;
  const bar = (l: PublicCoverageLine): TargetBar => {
    const level = l.level ? t(`publicPage.coverage.level.${l.level}`) : t('publicPage.coverage.total');
    const figures = { inspected: number(l.inspected), agencies: number(l.agencies) };
    return {
      key: l.level ?? 'TOTAL',
      name: level,
      value: l.percent,
      target: l.target,
      label: t('publicPage.coverage.barLabel', {
        level,
        ...figures,
        percent: number(l.percent),
        target: number(l.target),
      }),
      detail: `${figures.inspected}/${figures.agencies}`,
    };
  };
  return (
    <Flex vertical gap={12} data-testid="public-coverage">
      <Typography.Text type="secondary">{t('publicPage.coverage.target')}</Typography.Text>
      <PublicTargetBars testId="public-coverage-line" rows={[...section.levels, section.total].map(bar)} />
    </Flex>
  );
}
