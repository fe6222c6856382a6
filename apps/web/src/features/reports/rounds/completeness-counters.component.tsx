import { Card, Flex, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import type { ReportCountsFragment } from '../../../gql/graphql';
import { completenessCounters } from '../report-completeness.util';

/** Seven counters of a round: expected, submitted, accepted, returned, missing, on time, late. */
export function CompletenessCounters({ counts }: { counts: Omit<ReportCountsFragment, '__typename'> }) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  return (
    <Flex wrap gap={12} data-testid="completeness-counters">
      {completenessCounters(counts).map((counter) => (
        // Seven equal cards on a wide screen, wrapping two or three to a row on a narrow one.
        <Card
          key={counter.key}
          size="small"
          style={{ flex: '1 1 130px' }}
          data-testid={`counter-${counter.key}`}
        >
          <Statistic
            title={t(`report.counters.${counter.key}`)}
            value={counter.value}
            formatter={(value) => number(Number(value))}
            styles={{ content: counter.alert ? { color: '#cf1322' } : undefined }}
          />
          {counter.percent !== null && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('report.counters.percent', { percent: number(counter.percent) })}
            </Typography.Text>
          )}
        </Card>
      ))}
    </Flex>
  );
}
