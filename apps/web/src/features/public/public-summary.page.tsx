import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Select, Skeleton, Typography, theme } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { VIETNAM_TIME_ZONE } from '@partrack/shared';
import { isLanguage, DEFAULT_LANGUAGE } from '../../app/i18n/language';
import { LanguageSwitch } from '../../app/i18n/language-switch.component';
import { PublicAgencyTable } from './public-agency-table.component';
import { PublicAreaChart } from './public-area-chart.component';
import { PublicCoverage } from './public-coverage.component';
import { PublicSatisfaction } from './public-satisfaction.component';
import { PublicApiError } from './public-summary.api';
import { PublicRanking } from './public-ranking.component';
import { publicSummaryUrl, sectionOf, type OpenDataFormat } from './public-summary.util';
import { usePublicSummary } from './use-public-summary.hook';

/** The province shown at /cong-khai; /cong-khai/:provinceCode shows another (the province's root agency code). */
export const DEFAULT_PUBLIC_PROVINCE = 'QNA';

const THIS_YEAR = Number(
  new Intl.DateTimeFormat('en-CA', { timeZone: VIETNAM_TIME_ZONE, year: 'numeric' }).format(),
);

function yearOf(raw: string | null): number {
  const year = raw && /^\d{4}$/.test(raw) ? Number(raw) : NaN;
  return year >= 2000 && year <= 2100 ? year : THIS_YEAR;
}

function Downloads({ provinceCode, year }: { provinceCode: string; year: number }) {
  const { t } = useTranslation();
  const link = (format: OpenDataFormat) => (
    <Button
      key={format}
      icon={<DownloadOutlined />}
      href={publicSummaryUrl(provinceCode, year, format)}
      download
      data-testid={`public-download-${format}`}
    >
      {t(`publicPage.download.${format}`)}
    </Button>
  );
  return (
    <Flex gap={8} wrap align="center" data-testid="public-downloads">
      <Typography.Text type="secondary">{t('publicPage.download.title')}</Typography.Text>
      {link('csv')}
      {link('json')}
    </Flex>
  );
}

/**
 * The public transparency page (công khai, docs/public.md): no login, Vietnamese first. A province's plan
 * progress by reform area and by agency, its published PAR Index ranking, the satisfaction of its closed
 * surveys and the coverage of its approved inspection plan, with the same figures as open data. Sections the API does not send (yet) are simply not shown.
 */
export function PublicSummaryPage() {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const params = useParams();
  const provinceCode = params.provinceCode ?? DEFAULT_PUBLIC_PROVINCE;
  const [search, setSearch] = useSearchParams();
  const year = yearOf(search.get('year'));
  const language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  const { data, loading, error, retry } = usePublicSummary(provinceCode, year, language);
  const progress = data ? sectionOf(data, 'PLAN_PROGRESS') : null;
  const ranking = data ? sectionOf(data, 'PAR_INDEX_RANKING') : null;
  const satisfaction = data ? sectionOf(data, 'SATISFACTION') : null;
  const coverage = data ? sectionOf(data, 'INSPECTION_COVERAGE') : null;
  const years = [...new Set([year, THIS_YEAR, ...(data?.years ?? [])])].sort((a, b) => b - a);
  // Without a year in the address, a visitor lands on the newest year that has figures, not an empty one.
  const latest = data?.years[0];
  const asked = search.has('year');
  useEffect(() => {
    if (!asked && latest !== undefined && data && !data.years.includes(data.year))
      setSearch({ year: String(latest) }, { replace: true });
  }, [asked, latest, data, setSearch]);

  return (
    <div style={{ minHeight: '100vh', background: '#f0f2f5' }} data-testid="public-page">
      <main style={{ maxWidth: 1100, margin: '0 auto', padding: token.paddingMD }}>
        <Flex justify="space-between" align="flex-start" gap={8} wrap>
          <div style={{ minWidth: 0, flex: '1 1 240px' }}>
            <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 4 }}>
              {t('publicPage.title')}
            </Typography.Title>
            <Typography.Text type="secondary" data-testid="public-province">
              {data?.province.name ?? provinceCode}
            </Typography.Text>
          </div>
          <Flex gap={8} align="center">
            <Select
              data-testid="public-year"
              aria-label={t('publicPage.year')}
              value={year}
              options={years.map((y) => ({ value: y, label: t('publicPage.yearOption', { year: y }) }))}
              onChange={(value: number) => setSearch({ year: String(value) })}
              style={{ width: 120 }}
            />
            <LanguageSwitch />
          </Flex>
        </Flex>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          {t('publicPage.intro')}
        </Typography.Paragraph>
        {error ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="public-error"
            title={error instanceof PublicApiError ? error.message : t('publicPage.error')}
            action={
              <Button size="small" onClick={retry}>
                {t('common.retry')}
              </Button>
            }
          />
        ) : loading && !data ? (
          <div data-testid="public-loading">
            <Skeleton active paragraph={{ rows: 8 }} />
          </div>
        ) : (
          <Flex vertical gap={16}>
            <Downloads provinceCode={provinceCode} year={year} />
            {progress && (
              <>
                <Card title={t('publicPage.progress.title')} data-testid="public-section-progress">
                  <PublicAreaChart rows={progress.byArea} />
                </Card>
                <Card title={t('publicPage.agencies.title')} data-testid="public-section-agencies">
                  <PublicAgencyTable rows={progress.byAgency} />
                </Card>
              </>
            )}
            {ranking && (
              <Card title={t('publicPage.ranking.title')} data-testid="public-section-ranking">
                <PublicRanking section={ranking} />
              </Card>
            )}
            {satisfaction && (
              <Card title={t('publicPage.satisfaction.title')} data-testid="public-section-satisfaction">
                <PublicSatisfaction section={satisfaction} />
              </Card>
            )}
            {coverage && (
              <Card title={t('publicPage.coverage.title')} data-testid="public-section-coverage">
                <PublicCoverage section={coverage} />
              </Card>
            )}
          </Flex>
        )}
      </main>
    </div>
  );
}
