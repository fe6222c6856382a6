import { useQuery } from '@apollo/client/react';
import { Empty, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { IndicatorUnit, type IndicatorFrequency } from '@partrack/shared';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import { IndicatorSeriesDocument } from '../graphql/indicator.operations';
import { periodLabel, seriesRange } from '../indicator-period.util';
import { INDICATOR_STATUS_STYLE } from '../indicator-status.util';
import { useIndicatorFormat } from '../use-indicator-format.hook';
import { chartGeometry, type ChartBox } from './indicator-chart.util';

const BOX: ChartBox = { width: 640, height: 260, padding: { top: 16, right: 24, bottom: 36, left: 64 } };
const VALUE_COLOR = '#1d4e89';
const TARGET_COLOR = '#fa8c16';

interface IndicatorChartProps {
  indicatorId: string;
  agencyId: string;
  year: number;
  frequency: IndicatorFrequency;
  unit: IndicatorUnit;
}

/** Value per period of the plan year against the target, as plain inline SVG (no chart library). */
export function IndicatorChart({ indicatorId, agencyId, year, frequency, unit }: IndicatorChartProps) {
  const { t } = useTranslation();
  const format = useIndicatorFormat();
  const range = seriesRange(year, frequency);
  const { data, loading, error, refetch } = useQuery(IndicatorSeriesDocument, {
    variables: { indicatorId, agencyId, ...range },
  });
  if (loading && !data) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (error && !data) return <ApiErrorAlert error={error} onRetry={() => void refetch()} />;
  const series = data?.indicatorSeries ?? [];
  if (series.every((point) => point.value === null && point.target === null)) {
    return <Empty description={t('indicator.chart.empty')} />;
  }
  const geometry = chartGeometry(series, BOX, { percent: unit === IndicatorUnit.PERCENT });
  const axisLabel = (value: number) =>
    unit === IndicatorUnit.PERCENT ? `${format.number(value)}%` : format.number(value);

  return (
    <Flex vertical gap={8}>
      <svg
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        width="100%"
        role="img"
        aria-label={t('indicator.chart.label')}
        data-testid="indicator-chart"
        style={{ maxWidth: BOX.width }}
      >
        {geometry.yTicks.map((tick) => (
          <g key={tick.value}>
            <line
              x1={BOX.padding.left}
              x2={BOX.width - BOX.padding.right}
              y1={tick.y}
              y2={tick.y}
              stroke="#f0f0f0"
            />
            <text x={BOX.padding.left - 8} y={tick.y + 4} textAnchor="end" fontSize={11} fill="#8c8c8c">
              {axisLabel(tick.value)}
            </text>
          </g>
        ))}
        {geometry.xLabels.map((label) => (
          <text
            key={label.period}
            x={label.x}
            y={BOX.height - 12}
            textAnchor="middle"
            fontSize={11}
            fill="#595959"
          >
            {periodLabel(label.period, t)}
          </text>
        ))}
        {geometry.targetLine && (
          <polyline
            data-testid="chart-target"
            points={geometry.targetLine}
            fill="none"
            stroke={TARGET_COLOR}
            strokeWidth={2}
            strokeDasharray="6 4"
          />
        )}
        {geometry.valueLines.map((line) => (
          <polyline key={line} points={line} fill="none" stroke={VALUE_COLOR} strokeWidth={2} />
        ))}
        {geometry.points.map((point) => {
          const status = series.find((s) => s.period === point.period)?.status;
          return (
            <circle
              key={point.period}
              data-testid="chart-point"
              cx={point.x}
              cy={point.y}
              r={5}
              fill={status ? INDICATOR_STATUS_STYLE[status].fill : VALUE_COLOR}
              stroke="#fff"
              strokeWidth={1.5}
            >
              <title>{`${periodLabel(point.period, t)}: ${format.value(point.value, unit)}`}</title>
            </circle>
          );
        })}
      </svg>
      <Flex gap={16} wrap>
        <Typography.Text type="secondary">
          <span style={{ color: VALUE_COLOR }}>●</span> {t('indicator.chart.value')}
        </Typography.Text>
        <Typography.Text type="secondary">
          <span style={{ color: TARGET_COLOR }}>- - -</span> {t('indicator.chart.target')}
        </Typography.Text>
      </Flex>
    </Flex>
  );
}
