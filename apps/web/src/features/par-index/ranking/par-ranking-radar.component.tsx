import { useId, useState } from 'react';
import { Empty, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ParRankingRowFieldsFragment } from '../../../gql/graphql';
import { useParIndexFormat } from './par-index-format.hook';
import { polygonPoints, radarPoint } from './par-ranking.util';

const SIZE = 320;
const RADIUS = 112;
const RINGS = [25, 50, 75, 100];

/**
 * One agency's component indices on a radar (plain SVG, 0–100 on every axis). The API gives last year's
 * total only, not its components, so last year is a figure beside the chart rather than a second polygon.
 * The same figures are listed under the chart for readers who cannot see it.
 */
export function ParRankingRadar({
  rows,
  year,
}: {
  rows: readonly ParRankingRowFieldsFragment[];
  year: number;
}) {
  const { t } = useTranslation();
  const fmt = useParIndexFormat();
  const titleId = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  const row = rows.find((r) => r.assessmentId === chosen) ?? rows[0];
  if (!row) return <Empty description={t('parIndex.ranking.empty')} />;
  const name = (r: ParRankingRowFieldsFragment) => r.agency?.name ?? t('parIndex.ranking.unknownAgency');
  const areas = row.areas;
  const n = areas.length;

  return (
    <Flex vertical gap={12} data-testid="par-ranking-radar">
      <Select<string>
        data-testid="par-radar-agency"
        showSearch={{ optionFilterProp: 'label' }}
        value={row.assessmentId}
        onChange={setChosen}
        aria-label={t('parIndex.ranking.charts.radarAgency')}
        options={rows.map((r) => ({ value: r.assessmentId, label: name(r) }))}
        style={{ width: 360, maxWidth: '100%' }}
      />
      {n < 3 ? (
        // A radar needs three axes to enclose an area; fewer areas read better as the list below alone.
        <Typography.Text type="secondary">{t('parIndex.ranking.charts.radarTooFew')}</Typography.Text>
      ) : (
        <svg
          viewBox={`0 0 ${SIZE} ${SIZE}`}
          role="img"
          aria-labelledby={titleId}
          style={{ width: '100%', maxWidth: SIZE, height: 'auto', alignSelf: 'center', overflow: 'visible' }}
        >
          <title id={titleId}>
            {t('parIndex.ranking.charts.radarTitle', {
              agency: name(row),
              year,
              index: fmt.index(row.index),
            })}
          </title>
          {RINGS.map((ring) => (
            <polygon
              key={ring}
              points={polygonPoints(areas.map((_a, i) => radarPoint(i, n, ring, SIZE, RADIUS)))}
              fill="none"
              stroke="#e8e8e8"
            />
          ))}
          {areas.map((area, i) => {
            const end = radarPoint(i, n, 100, SIZE, RADIUS);
            const label = radarPoint(i, n, 118, SIZE, RADIUS);
            const anchor = Math.abs(label.x - SIZE / 2) < 4 ? 'middle' : label.x > SIZE / 2 ? 'start' : 'end';
            return (
              <g key={area.code}>
                <line x1={SIZE / 2} y1={SIZE / 2} x2={end.x} y2={end.y} stroke="#e8e8e8" />
                <text
                  x={label.x}
                  y={label.y}
                  textAnchor={anchor}
                  dominantBaseline="middle"
                  fontSize={12}
                  fill="#595959"
                >
                  {area.code}
                </text>
              </g>
            );
          })}
          <polygon
            data-testid="par-radar-current"
            points={polygonPoints(areas.map((area, i) => radarPoint(i, n, area.index, SIZE, RADIUS)))}
            fill="rgba(22, 119, 255, 0.2)"
            stroke="#1677ff"
            strokeWidth={2}
          />
          {areas.map((area, i) => {
            const p = radarPoint(i, n, area.index, SIZE, RADIUS);
            return <circle key={area.code} cx={p.x} cy={p.y} r={3} fill="#1677ff" />;
          })}
        </svg>
      )}
      <Typography.Text data-testid="par-radar-totals">
        {t('parIndex.ranking.charts.radarThisYear', { year, index: fmt.index(row.index) })}
        {row.previousIndex !== null &&
          ` · ${t('parIndex.ranking.charts.radarLastYear', { year: year - 1, index: fmt.index(row.previousIndex) })}`}
      </Typography.Text>
      <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="par-radar-values">
        {areas.map((area) => (
          <li key={area.code}>
            <Typography.Text type="secondary">
              {area.code}. {area.name}: {fmt.index(area.index)}
            </Typography.Text>
          </li>
        ))}
      </ul>
    </Flex>
  );
}
