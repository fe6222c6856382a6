import { Empty, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../app/format/use-formatters.hook';
import type { PublicRankingSection, PublicRankingRow } from '@partrack/shared';
import { rankingByGroup } from './public-summary.util';

/** The published PAR Index ranking, one table per group; before publication, a sentence saying so. */
export function PublicRanking({ section }: { section: PublicRankingSection }) {
  const { t, i18n } = useTranslation();
  const { date } = useFormatters();
  const indexFormat = new Intl.NumberFormat(i18n.language === 'en' ? 'en-US' : 'vi-VN', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  if (!section.cycle || section.rows.length === 0)
    return <Empty data-testid="public-ranking-empty" description={t('publicPage.ranking.notPublished')} />;
  const columns: TableColumnsType<PublicRankingRow> = [
    { key: 'rank', dataIndex: 'rank', title: t('publicPage.ranking.rank'), width: 64, align: 'right' },
    { key: 'agency', dataIndex: 'agencyName', title: t('publicPage.ranking.agency') },
    {
      key: 'index',
      dataIndex: 'index',
      title: t('publicPage.ranking.index'),
      width: 96,
      align: 'right',
      render: (value: number) => indexFormat.format(value),
    },
    {
      key: 'band',
      dataIndex: 'band',
      title: t('publicPage.ranking.band'),
      width: 72,
      render: (value: string | null) => value ?? '—',
    },
  ];
  return (
    <div data-testid="public-ranking">
      <Typography.Paragraph type="secondary">
        {t('publicPage.ranking.published', {
          name: section.cycle.name,
          date: date(section.cycle.publishedAt),
        })}
      </Typography.Paragraph>
      {rankingByGroup(section.rows).map(([group, rows]) => (
        <div key={group} style={{ marginBottom: 16 }} data-testid={`public-ranking-${group}`}>
          <Typography.Title level={4}>{t(`parIndex.targetGroup.${group}`)}</Typography.Title>
          <Table<PublicRankingRow>
            size="small"
            rowKey={(row) => `${row.rank}-${row.agencyName}`}
            columns={columns}
            dataSource={rows}
            pagination={false}
            scroll={{ x: 360 }}
          />
        </div>
      ))}
    </div>
  );
}
