import type { CSSProperties } from 'react';
import { Empty, Flex, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ParRankingRowFieldsFragment } from '../../../gql/graphql';
import { useParIndexFormat } from './par-index-format.hook';
import { INDEX_SCALE, scaleStepOf } from './par-ranking.util';

type Area = ParRankingRowFieldsFragment['areas'][number];

/** The areas of the group's rows in framework order (one framework per group, so normally one list). */
export function heatmapAreas(rows: readonly ParRankingRowFieldsFragment[]): Pick<Area, 'code' | 'name'>[] {
  const seen = new Map<string, Pick<Area, 'code' | 'name'>>();
  for (const row of rows)
    for (const area of row.areas)
      if (!seen.has(area.code)) seen.set(area.code, { code: area.code, name: area.name });
  return [...seen.values()];
}

const STICKY: CSSProperties = { position: 'sticky', left: 0, background: '#fff', zIndex: 1 };
const CELL: CSSProperties = {
  padding: '4px 6px',
  border: '1px solid #fff',
  textAlign: 'center',
  minWidth: 60,
};

function ScaleLegend() {
  const { t } = useTranslation();
  return (
    <Flex gap={12} wrap style={{ marginBottom: 12 }} data-testid="par-heatmap-legend">
      {INDEX_SCALE.map((step, i) => {
        const above = INDEX_SCALE[i - 1];
        const label = above
          ? t('parIndex.ranking.charts.scaleRange', { from: step.min, to: above.min })
          : t('parIndex.ranking.charts.scaleTop', { from: step.min });
        return (
          <Flex key={step.min} gap={6} align="center">
            <span
              aria-hidden
              style={{
                width: 12,
                height: 12,
                borderRadius: 2,
                background: step.fill,
                display: 'inline-block',
              }}
            />
            <Typography.Text type="secondary">{label}</Typography.Text>
          </Flex>
        );
      })}
    </Flex>
  );
}

/**
 * Component indices as a table (agencies × areas) whose cells are tinted by the index scale. The value is
 * printed in every cell and the table has row and column headers, so a screen reader or a colour-blind reader
 * gets the same figures; the area's full name is in the column header's tooltip. Scrolls sideways on a phone
 * with the agency column held in place.
 */
export function ParRankingHeatmap({ rows }: { rows: readonly ParRankingRowFieldsFragment[] }) {
  const { t } = useTranslation();
  const fmt = useParIndexFormat();
  const areas = heatmapAreas(rows);
  if (rows.length === 0 || areas.length === 0)
    return <Empty description={t('parIndex.ranking.charts.noAreas')} />;
  return (
    <div data-testid="par-ranking-heatmap">
      <ScaleLegend />
      <div style={{ overflowX: 'auto', maxWidth: '100%' }}>
        <table style={{ borderCollapse: 'collapse', fontSize: 12, width: '100%' }}>
          <caption style={{ captionSide: 'top', textAlign: 'start', paddingBottom: 4 }}>
            <Typography.Text type="secondary">{t('parIndex.ranking.charts.heatmapCaption')}</Typography.Text>
          </caption>
          <thead>
            <tr>
              <th scope="col" style={{ ...STICKY, textAlign: 'start', padding: 4 }}>
                {t('parIndex.ranking.columns.agency')}
              </th>
              {areas.map((area) => (
                <th
                  key={area.code}
                  scope="col"
                  style={{ padding: 4, verticalAlign: 'bottom', maxWidth: 120 }}
                >
                  <Tooltip title={`${area.code}. ${area.name}`}>
                    <span aria-label={`${area.code}. ${area.name}`}>{area.code}</span>
                  </Tooltip>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const name = row.agency?.name ?? t('parIndex.ranking.unknownAgency');
              const byCode = new Map(row.areas.map((area) => [area.code, area]));
              return (
                <tr key={row.assessmentId} data-testid={`par-heatmap-row-${row.assessmentId}`}>
                  <th
                    scope="row"
                    style={{ ...STICKY, textAlign: 'start', fontWeight: 400, padding: 4, minWidth: 120 }}
                  >
                    {name}
                  </th>
                  {areas.map((area) => {
                    const cell = byCode.get(area.code);
                    if (!cell)
                      return (
                        <td
                          key={area.code}
                          style={CELL}
                          data-testid={`par-heatmap-cell-${row.assessmentId}-${area.code}`}
                        >
                          —
                        </td>
                      );
                    const title = t('parIndex.ranking.charts.cellLabel', {
                      agency: name,
                      area: `${area.code}. ${area.name}`,
                      index: fmt.index(cell.index),
                      points: fmt.points(cell.points),
                      max: fmt.points(cell.maxPoints),
                    });
                    return (
                      <Tooltip key={area.code} title={title}>
                        <td
                          style={{
                            ...CELL,
                            background: scaleStepOf(cell.index).fill,
                            color: 'rgba(0, 0, 0, 0.88)',
                          }}
                          data-testid={`par-heatmap-cell-${row.assessmentId}-${area.code}`}
                        >
                          {fmt.index(cell.index)}
                        </td>
                      </Tooltip>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ul style={{ margin: '8px 0 0', paddingInlineStart: 18 }} data-testid="par-heatmap-areas">
        {areas.map((area) => (
          <li key={area.code}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {area.code}. {area.name}
            </Typography.Text>
          </li>
        ))}
      </ul>
    </div>
  );
}
