import { useQuery } from '@apollo/client/react';
import { Collapse, Empty, Flex, Skeleton, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SurveySector } from '@partrack/shared';
import { PercentAxis } from '../../../app/ui/percent-axis.component';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import { periodLabel } from '../../indicators/indicator-period.util';
import { SurveyTrendsDocument } from '../graphql/survey-trends.operations';
import { useSurveyFormat } from '../survey-format.hook';
import { barWidth } from '../survey.util';

/** How many years back from the survey's own year the trend looks. */
export const TREND_YEARS = 5;

const COLUMNS = 'minmax(88px, 200px) minmax(0, 1fr) 112px';

interface SurveyLike {
  year: number;
  sector: SurveySector | null;
  agencyId: string | null;
}

/** "+5 điểm", "−2,5 điểm", "0 điểm"; nothing for the first period. */
function useChange(): (change: number | null) => string {
  const { t } = useTranslation();
  const fmt = useSurveyFormat();
  return (change) => {
    if (change === null) return '';
    const sign = change > 0 ? '+' : change < 0 ? '−' : '';
    return t('survey.trends.change', { value: `${sign}${fmt.number(Math.abs(change))}` });
  };
}

function SurveyTrendsChart({ survey }: { survey: SurveyLike }) {
  const { t } = useTranslation();
  const fmt = useSurveyFormat();
  const changeText = useChange();
  const filter = {
    fromYear: survey.year - TREND_YEARS + 1,
    toYear: survey.year,
    sector: survey.sector,
    agencyId: survey.agencyId,
  };
  const { data, error, refetch } = useQuery(SurveyTrendsDocument, { variables: { filter } });
  if (error) return <ApiErrorAlert error={error} onRetry={() => void refetch()} />;
  const trends = data?.surveyTrends;
  if (!trends) return <Skeleton active data-testid="survey-trends-loading" />;
  if (trends.periods.length === 0) return <Empty description={t('survey.trends.empty')} />;
  const target = trends.target;
  return (
    <Flex
      vertical
      gap={6}
      role="list"
      aria-label={t('survey.trends.title')}
      data-testid="survey-trends-chart"
    >
      <Typography.Text type="secondary" data-testid="survey-trends-target">
        {t('survey.trends.target', { target })}
      </Typography.Text>
      {trends.periods.map((p) => {
        const share = fmt.share(p.share);
        const change = changeText(p.change);
        const label = t('survey.trends.barLabel', {
          period: periodLabel(p.period, t),
          share,
          respondents: fmt.number(p.respondents),
        });
        const below = p.share !== null && p.share < target;
        return (
          <div
            key={p.period}
            role="listitem"
            aria-label={`${label}${change ? `, ${change}` : ''}`}
            data-testid={`survey-trend-${p.period}`}
            style={{ display: 'grid', gridTemplateColumns: COLUMNS, gap: 8, alignItems: 'center' }}
          >
            <Typography.Text style={{ textAlign: 'right' }}>{periodLabel(p.period, t)}</Typography.Text>
            <Tooltip title={label}>
              <div style={{ position: 'relative', height: 16, background: '#f5f5f5' }}>
                <div
                  style={{
                    width: `${barWidth(p.share)}%`,
                    height: '100%',
                    background: below ? '#faad14' : '#1677ff',
                    borderRadius: 2,
                  }}
                />
                {/* The target line crosses every bar at the same place, so "above or below" reads at a glance. */}
                <div
                  aria-hidden
                  style={{
                    position: 'absolute',
                    top: -3,
                    bottom: -3,
                    left: `${target}%`,
                    borderLeft: '2px dashed #cf1322',
                  }}
                />
              </div>
            </Tooltip>
            <Typography.Text style={{ fontVariantNumeric: 'tabular-nums' }}>
              <strong>{share}</strong> <Typography.Text type="secondary">{change}</Typography.Text>
            </Typography.Text>
          </div>
        );
      })}
      <PercentAxis columns={COLUMNS} />
    </Flex>
  );
}

/**
 * Satisfaction by period of the surveys like this one (same agency or sector, the last TREND_YEARS years),
 * against the plan's target line. Folded by default: it is read when opened, not with every survey.
 */
export function SurveyTrendsSection({ survey }: { survey: SurveyLike }) {
  const { t } = useTranslation();
  return (
    <Collapse
      data-testid="survey-trends"
      items={[
        {
          key: 'trends',
          label: t('survey.trends.title'),
          children: <SurveyTrendsChart survey={survey} />,
        },
      ]}
    />
  );
}
