import { Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import type { ParStatusCounts } from './use-par-cycle-statuses.hook';

/** How many of the assessments publication waits for are finalised, as "12/44" with a bar. */
export function ParCycleProgress({ counts }: { counts: ParStatusCounts }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { finalised, total } = counts.awaited;
  if (total === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  const label = t('parIndex.cycles.finalisedValue', {
    done: fmt.number(finalised),
    total: fmt.number(total),
  });
  return (
    <div data-testid="par-cycle-progress" aria-label={label}>
      <Typography.Text>{label}</Typography.Text>
      <Progress percent={Math.round((finalised / total) * 100)} size="small" showInfo={false} />
    </div>
  );
}
