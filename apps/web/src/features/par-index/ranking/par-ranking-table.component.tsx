import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ParRankingRowFieldsFragment } from '../../../gql/graphql';
import { parAssessmentPath } from '../par-framework.util';
import { useParIndexFormat } from './par-index-format.hook';
import { bandColorOf } from './par-ranking.util';
import { ParRankingTrend } from './par-ranking-trend.component';

/** The band as a tag: its label in words, the colour only repeating it. */
export function ParBandTag({ band }: { band: ParRankingRowFieldsFragment['band'] }) {
  const { t } = useTranslation();
  if (!band)
    return (
      <Typography.Text type="secondary" data-testid="par-band" data-band="">
        {t('parIndex.ranking.noBand')}
      </Typography.Text>
    );
  return (
    <Tag
      color={bandColorOf(band)}
      style={{ marginInlineEnd: 0 }}
      data-testid="par-band"
      data-band={band.code}
    >
      {band.label}
    </Tag>
  );
}

/**
 * One group's ranking as the API orders it (rank, then name): equal indices share a rank. Rows not yet
 * finalised by the council carry "Tạm tính".
 */
export function ParRankingTable({ rows }: { rows: readonly ParRankingRowFieldsFragment[] }) {
  const { t } = useTranslation();
  const fmt = useParIndexFormat();
  return (
    <Table<ParRankingRowFieldsFragment>
      data-testid="par-ranking-table"
      rowKey="assessmentId"
      size="small"
      dataSource={[...rows]}
      pagination={false}
      scroll={{ x: 720 }}
      columns={[
        {
          key: 'rank',
          title: t('parIndex.ranking.columns.rank'),
          width: 64,
          align: 'center',
          render: (_v, row) => <Typography.Text strong>{row.rank}</Typography.Text>,
        },
        {
          key: 'agency',
          title: t('parIndex.ranking.columns.agency'),
          render: (_v, row) => (
            <Link
              to={parAssessmentPath(row.assessmentId)}
              data-testid={`par-ranking-agency-${row.assessmentId}`}
            >
              {row.agency?.name ?? t('parIndex.ranking.unknownAgency')}
            </Link>
          ),
        },
        {
          key: 'index',
          title: t('parIndex.ranking.columns.index'),
          width: 120,
          align: 'right',
          render: (_v, row) => (
            <>
              <Typography.Text strong data-testid="par-ranking-index">
                {fmt.index(row.index)}
              </Typography.Text>
              {!row.finalised && (
                <div>
                  <Tag style={{ marginInlineEnd: 0 }} data-testid="par-ranking-provisional">
                    {t('parIndex.ranking.provisionalTag')}
                  </Tag>
                </div>
              )}
            </>
          ),
        },
        {
          key: 'band',
          title: t('parIndex.ranking.columns.band'),
          width: 140,
          render: (_v, row) => <ParBandTag band={row.band} />,
        },
        {
          key: 'change',
          title: t('parIndex.ranking.columns.change'),
          width: 150,
          render: (_v, row) => <ParRankingTrend index={row.index} previous={row.previousIndex} />,
        },
      ]}
    />
  );
}
