import { LockOutlined, SyncOutlined } from '@ant-design/icons';
import { Alert, Card, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import type { ReportDataFieldsFragment } from '../../../gql/graphql';
import { periodLabel } from '../../indicators/indicator-period.util';
import { IndicatorLinesTable, TaskCountsTable } from './report-tables.component';

interface ReportDataSectionsProps {
  data: ReportDataFieldsFragment;
  frozen: boolean;
  /** The consolidated report freezes on finalisation rather than on submission. */
  variant?: 'agency' | 'consolidated';
  title?: string;
}

/**
 * The sections drafted from live data: tasks by area (each area opens its task list), indicators and
 * contributions, with a note saying whether the figures still move or were frozen.
 */
export function ReportDataSections({ data, frozen, variant = 'agency', title }: ReportDataSectionsProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const note =
    variant === 'agency'
      ? t(frozen ? 'report.data.frozen' : 'report.data.live')
      : t(frozen ? 'report.data.consolidatedFrozen' : 'report.data.consolidatedLive');

  return (
    <Card title={title ?? t('report.data.title')} data-testid="report-data">
      <Alert
        type={frozen ? 'success' : 'info'}
        showIcon
        icon={frozen ? <LockOutlined /> : <SyncOutlined />}
        data-testid="report-data-note"
        data-frozen={frozen ? 'true' : 'false'}
        title={note}
        description={t('report.data.asOf', {
          date: fmt.date(data.asOf),
          period: periodLabel(data.period, t),
          time: fmt.dateTime(data.generatedAt),
        })}
        style={{ marginBottom: 16 }}
      />
      <Flex vertical gap={16}>
        <div>
          <Typography.Title level={5}>{t('report.data.tasksTitle')}</Typography.Title>
          <TaskCountsTable areas={data.areas} expandable />
        </div>
        <div>
          <Typography.Title level={5}>{t('report.data.indicatorsTitle')}</Typography.Title>
          <IndicatorLinesTable lines={data.indicators} />
        </div>
        {variant === 'agency' && (
          <div>
            <Typography.Title level={5}>{t('report.data.contributionsTitle')}</Typography.Title>
            {data.contributions.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('report.data.noContributions')} />
            ) : (
              <Flex vertical gap={8} data-testid="report-contributions">
                {data.contributions.map((item) => (
                  <Flex key={item.itemId} vertical>
                    <Link to={`/tasks/${item.itemId}`}>
                      {item.code}. {item.title}
                    </Link>
                    {item.notes.map((noteText, index) => (
                      <Typography.Text key={index} type="secondary">
                        {noteText}
                      </Typography.Text>
                    ))}
                  </Flex>
                ))}
              </Flex>
            )}
          </div>
        )}
      </Flex>
    </Card>
  );
}
