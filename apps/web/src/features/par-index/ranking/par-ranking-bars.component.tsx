import { Empty, Flex, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PercentAxis } from '../../../app/ui/percent-axis.component';
import type { ParRankingRowFieldsFragment } from '../../../gql/graphql';
import { ParBandLegend } from './par-band-legend.component';
import { useParIndexFormat } from './par-index-format.hook';
import { bandColorOf, bandLegend } from './par-ranking.util';

const BAR_HEIGHT = 16;
/** Grid lines every 25 points of the 0–100 index. */

/**
 * Each agency's index as a horizontal bar on the fixed 0–100 scale (an index is a share, so bars of
 * different cycles compare), coloured by band; the value is printed after the bar and every bar has a label
 * naming agency, index and band, so nothing depends on the colour.
 */
export function ParRankingBars({ rows }: { rows: readonly ParRankingRowFieldsFragment[] }) {
  const { t } = useTranslation();
  const fmt = useParIndexFormat();
  if (rows.length === 0) return <Empty description={t('parIndex.ranking.empty')} />;
  const legend = bandLegend(rows);
  const columns = 'minmax(96px, 240px) minmax(0, 1fr) 52px';
  return (
    <div data-testid="par-ranking-bars">
      <ParBandLegend bands={legend.bands} unbanded={legend.unbanded} />
      <Flex vertical gap={6} role="list" aria-label={t('parIndex.ranking.charts.bars')}>
        {rows.map((row) => {
          const name = row.agency?.name ?? t('parIndex.ranking.unknownAgency');
          const label = t('parIndex.ranking.charts.barLabel', {
            rank: row.rank,
            agency: name,
            index: fmt.index(row.index),
            band: row.band?.label ?? t('parIndex.ranking.noBand'),
          });
          return (
            <div
              key={row.assessmentId}
              role="listitem"
              aria-label={label}
              data-testid={`par-ranking-bar-${row.assessmentId}`}
              style={{ display: 'grid', gridTemplateColumns: columns, gap: 8, alignItems: 'center' }}
            >
              <Typography.Text ellipsis={{ tooltip: name }} style={{ textAlign: 'right' }}>
                {name}
              </Typography.Text>
              <Tooltip title={label}>
                <div
                  style={{
                    position: 'relative',
                    height: BAR_HEIGHT,
                    background: `repeating-linear-gradient(to right, #f0f0f0 0, #f0f0f0 1px, transparent 1px, transparent 25%)`,
                  }}
                >
                  <div
                    data-testid="par-ranking-bar-fill"
                    style={{
                      width: `${Math.max(0, Math.min(100, row.index))}%`,
                      minWidth: 2,
                      height: '100%',
                      background: bandColorOf(row.band),
                      borderRadius: 2,
                    }}
                  />
                </div>
              </Tooltip>
              <Typography.Text strong style={{ fontVariantNumeric: 'tabular-nums' }}>
                {fmt.index(row.index)}
              </Typography.Text>
            </div>
          );
        })}
        <PercentAxis columns={columns} />
      </Flex>
    </div>
  );
}
