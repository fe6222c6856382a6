import { Empty, Flex, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PercentAxis } from '../../../app/ui/percent-axis.component';
import type { SurveyResultsQuery } from '../../../gql/graphql';
import { useSurveyFormat } from '../survey-format.hook';
import { barWidth } from '../survey.util';

type Aspect = SurveyResultsQuery['surveyResults']['aspects'][number];

const BAR_HEIGHT = 16;
const COLUMNS = 'minmax(96px, 240px) minmax(0, 1fr) 64px';

/**
 * Each aspect's satisfaction share as a horizontal bar on the fixed 0–100 scale (plain HTML, like the PAR Index
 * ranking bars); the value is printed after the bar and every bar has a label, so nothing depends on colour.
 */
export function SurveyAspectBars({ aspects }: { aspects: readonly Aspect[] }) {
  const { t } = useTranslation();
  const fmt = useSurveyFormat();
  if (aspects.length === 0) return <Empty description={t('survey.results.empty')} />;
  return (
    <Flex
      vertical
      gap={6}
      role="list"
      aria-label={t('survey.results.byAspect')}
      data-testid="survey-aspect-bars"
    >
      {aspects.map((aspect) => {
        const share = fmt.share(aspect.share);
        const label = t('survey.results.barLabel', { aspect: aspect.aspectTitle, share });
        return (
          <div
            key={aspect.aspectCode}
            role="listitem"
            aria-label={label}
            data-testid={`survey-aspect-bar-${aspect.aspectCode}`}
            style={{ display: 'grid', gridTemplateColumns: COLUMNS, gap: 8, alignItems: 'center' }}
          >
            <Typography.Text ellipsis={{ tooltip: aspect.aspectTitle }} style={{ textAlign: 'right' }}>
              {aspect.aspectTitle}
            </Typography.Text>
            <Tooltip title={label}>
              <div
                style={{
                  height: BAR_HEIGHT,
                  background:
                    'repeating-linear-gradient(to right, #f0f0f0 0, #f0f0f0 1px, transparent 1px, transparent 25%)',
                }}
              >
                <div
                  data-testid="survey-aspect-bar-fill"
                  style={{
                    width: `${barWidth(aspect.share)}%`,
                    minWidth: aspect.share === null ? 0 : 2,
                    height: '100%',
                    background: '#1677ff',
                    borderRadius: 2,
                  }}
                />
              </div>
            </Tooltip>
            <Typography.Text strong style={{ fontVariantNumeric: 'tabular-nums' }}>
              {share}
            </Typography.Text>
          </div>
        );
      })}
      <PercentAxis columns={COLUMNS} />
    </Flex>
  );
}
