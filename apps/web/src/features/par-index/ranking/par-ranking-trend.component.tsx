import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import { Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParIndexFormat } from './par-index-format.hook';
import { changeOf } from './par-ranking.util';

/**
 * The change against last year: an arrow and the signed difference, both said in words for screen readers
 * (the colour only repeats what the arrow says), last year's index in the tooltip.
 */
export function ParRankingTrend({ index, previous }: { index: number; previous: number | null }) {
  const { t } = useTranslation();
  const fmt = useParIndexFormat();
  const { trend, delta } = changeOf(index, previous);
  if (trend === 'none' || previous === null)
    return (
      <Typography.Text type="secondary" data-testid="par-trend" data-trend="none">
        {t('parIndex.ranking.change.none')}
      </Typography.Text>
    );
  const words =
    trend === 'same'
      ? t('parIndex.ranking.change.same')
      : t(`parIndex.ranking.change.${trend}`, { value: fmt.index(Math.abs(delta)) });
  const icon =
    trend === 'up' ? <ArrowUpOutlined /> : trend === 'down' ? <ArrowDownOutlined /> : <MinusOutlined />;
  return (
    <Tooltip title={t('parIndex.ranking.change.previous', { index: fmt.index(previous) })}>
      <Typography.Text
        type={trend === 'up' ? 'success' : trend === 'down' ? 'danger' : 'secondary'}
        data-testid="par-trend"
        data-trend={trend}
        aria-label={words}
        style={{ whiteSpace: 'nowrap' }}
      >
        {icon} {trend === 'same' ? fmt.index(0) : fmt.index(Math.abs(delta))}
      </Typography.Text>
    </Tooltip>
  );
}
