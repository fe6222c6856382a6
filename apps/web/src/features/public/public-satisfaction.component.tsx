import { Alert, Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../app/format/use-formatters.hook';
import type { PublicSatisfactionFigure, PublicSatisfactionSection } from '@partrack/shared';
import { PublicTargetBars, type TargetBar } from './public-target-bars.component';

/**
 * Satisfaction of the year's closed surveys: the province overall in one sentence, then one bar per sector and
 * per agency against its target (85 %, 80 % in the five named sectors), with the respondents under each. The
 * demo's invented sample is shown only on the demo province, and then labelled "Dữ liệu mẫu".
 */
export function PublicSatisfaction({ section }: { section: PublicSatisfactionSection }) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  if (section.surveys === 0) return <Empty description={t('publicPage.satisfaction.empty')} />;
  const share = (value: number | null) => (value === null ? '—' : `${number(value)}%`);
  const bar = (key: string, name: string, f: PublicSatisfactionFigure): TargetBar => ({
    key,
    name,
    value: f.share,
    target: f.target,
    label: t('publicPage.satisfaction.barLabel', {
      name,
      share: share(f.share),
      target: number(f.target),
      respondents: number(f.respondents),
    }),
    detail: t('publicPage.satisfaction.respondents', { n: number(f.respondents) }),
  });
  return (
    <Flex vertical gap={16} data-testid="public-satisfaction">
      {section.sample && (
        <Alert
          type="warning"
          showIcon
          data-testid="public-satisfaction-sample"
          title={
            <>
              <Tag color="orange">{t('publicPage.satisfaction.sample')}</Tag>
              {t('publicPage.satisfaction.sampleHint')}
            </>
          }
        />
      )}
      <Typography.Text strong data-testid="public-satisfaction-overall">
        {t('publicPage.satisfaction.overall', {
          share: share(section.overall.share),
          respondents: number(section.overall.respondents),
          target: number(section.overall.target),
        })}
      </Typography.Text>
      <Typography.Text type="secondary">{t('publicPage.satisfaction.target')}</Typography.Text>
      {section.bySector.length > 0 && (
        <Flex vertical gap={8}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('publicPage.satisfaction.bySector')}
          </Typography.Title>
          <PublicTargetBars
            testId="public-satisfaction-sector"
            rows={section.bySector.map((s) => bar(s.sector, t(`survey.sector.${s.sector}`), s))}
          />
        </Flex>
      )}
      <Flex vertical gap={8}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('publicPage.satisfaction.byAgency')}
        </Typography.Title>
        <PublicTargetBars
          testId="public-satisfaction-agency"
          rows={section.byAgency.map((a, i) => bar(String(i), a.name, a))}
        />
      </Flex>
    </Flex>
  );
}
