import { Empty, Tooltip } from 'antd';
import { IndicatorStatus } from '@partrack/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IndicatorScoreboardQuery } from '../../../gql/graphql';
import { INDICATOR_STATUS_STYLE, indicatorStatusLabelKey } from '../indicator-status.util';
import { indicatorPath } from '../indicator-url.util';
import { useIndicatorFormat } from '../use-indicator-format.hook';

type Scoreboard = IndicatorScoreboardQuery['indicatorScoreboard'];

const BORDER = '1px solid #f0f0f0';

/**
 * Agencies × indicators, each cell coloured by status with its value. A plain table rather than antd's:
 * hundreds of communes × a dozen indicators stay light, and sticky header and first column are plain CSS.
 */
export function ScoreboardHeatmap({ board }: { board: Scoreboard }) {
  const { t } = useTranslation();
  const format = useIndicatorFormat();
  if (board.rows.length === 0 || board.indicators.length === 0) {
    return <Empty description={t('indicator.scoreboard.empty')} />;
  }
  return (
    <div style={{ overflow: 'auto', maxHeight: '70vh', border: BORDER }} data-testid="scoreboard">
      <table style={{ borderCollapse: 'separate', borderSpacing: 0, minWidth: '100%' }}>
        <thead>
          <tr>
            <th
              style={{
                position: 'sticky',
                top: 0,
                left: 0,
                zIndex: 3,
                background: '#fafafa',
                textAlign: 'start',
                padding: '8px 12px',
                borderBottom: BORDER,
                minWidth: 240,
              }}
            >
              {t('indicator.review.agency')}
            </th>
            {board.indicators.map((indicator) => (
              <th
                key={indicator.id}
                style={{
                  position: 'sticky',
                  top: 0,
                  zIndex: 2,
                  background: '#fafafa',
                  padding: '8px',
                  borderBottom: BORDER,
                }}
              >
                <Tooltip title={format.name(indicator)}>
                  <span data-testid={`scoreboard-column-${indicator.code}`}>{indicator.code}</span>
                </Tooltip>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {board.rows.map((row) => (
            <tr key={row.agency.id}>
              <th
                scope="row"
                style={{
                  position: 'sticky',
                  left: 0,
                  zIndex: 1,
                  background: '#fff',
                  textAlign: 'start',
                  fontWeight: 'normal',
                  padding: '6px 12px',
                  borderBottom: BORDER,
                }}
              >
                {row.agency.name}
              </th>
              {board.indicators.map((indicator, index) => {
                const status = row.statuses[index] ?? IndicatorStatus.NO_DATA;
                const style = INDICATOR_STATUS_STYLE[status];
                const value = format.value(row.values[index] ?? null, indicator.unit);
                const target = row.targets[index] ?? null;
                const label = `${format.name(indicator)} · ${t(indicatorStatusLabelKey(status))}`;
                return (
                  <td key={indicator.id} style={{ padding: 0, borderBottom: BORDER, borderLeft: BORDER }}>
                    <Tooltip
                      title={
                        target === null
                          ? label
                          : `${label} · ${t('indicator.scoreboard.cellTarget', { target: format.value(target, indicator.unit) })}`
                      }
                    >
                      <Link
                        to={indicatorPath(indicator.id, { agency: row.agency.id, period: board.period })}
                        data-testid={`cell-${row.agency.code}-${indicator.code}`}
                        data-status={status}
                        aria-label={`${row.agency.name}, ${indicator.code}: ${value}, ${t(indicatorStatusLabelKey(status))}`}
                        style={{
                          display: 'block',
                          minWidth: 84,
                          padding: '6px 8px',
                          textAlign: 'right',
                          background: style.background,
                          color: style.text,
                          fontVariantNumeric: 'tabular-nums',
                        }}
                      >
                        {value}
                      </Link>
                    </Tooltip>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
