import { Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../app/format/use-formatters.hook';
import { STATUS_FILL } from '../tasks/task-tags.component';
import type { PublicAreaProgress, PublicProgressCounts } from '@partrack/shared';
import { donePercent } from './public-summary.util';

type Segment = keyof Omit<PublicProgressCounts, 'total'>;
const SEGMENTS: readonly Segment[] = ['done', 'inProgress', 'notStarted', 'overdue'];
const BAR_HEIGHT = 18;

function Legend() {
  const { t } = useTranslation();
  return (
    <Flex gap={12} wrap style={{ marginBottom: 12 }} data-testid="public-area-legend">
      {SEGMENTS.map((segment) => (
        <Flex key={segment} gap={6} align="center">
          <span
            aria-hidden
            style={{
              width: 12,
              height: 12,
              borderRadius: 2,
              background: STATUS_FILL[segment],
              display: 'inline-block',
            }}
          />
          <Typography.Text type="secondary">{t(`publicPage.status.${segment}`)}</Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}

/**
 * One bar per reform area, the whole width being the area's tasks, split into done, in progress, not started
 * and overdue (the colours of the plan screens), with "x% done" written after it: a share reads at a glance
 * and on a phone, where areas stack (name above its bar). Every bar has a label with all its figures, so
 * nothing depends on colour.
 */
export function PublicAreaChart({ rows }: { rows: readonly PublicAreaProgress[] }) {
  const { t, i18n } = useTranslation();
  const { number } = useFormatters();
  const shown = rows.filter((row) => row.code !== null || row.total > 0);
  if (shown.every((row) => row.total === 0)) return <Empty description={t('publicPage.progress.empty')} />;
  const english = i18n.language === 'en';
  return (
    <div data-testid="public-area-chart">
      <Legend />
      <Flex vertical gap={10} role="list">
        {shown.map((row) => {
          const name = row.code
            ? `${row.code}. ${(english ? row.nameEn : row.nameVi) ?? ''}`
            : t('publicPage.progress.noArea');
          const figures = SEGMENTS.map((s) => `${t(`publicPage.status.${s}`)}: ${number(row[s])}`).join(', ');
          const percent = donePercent(row);
          return (
            <div
              key={row.code ?? 'none'}
              role="listitem"
              aria-label={`${name} — ${t('publicPage.progress.total', { n: number(row.total) })}; ${figures}`}
              data-testid={`public-area-${row.code ?? 'none'}`}
            >
              <Flex justify="space-between" gap={8}>
                <Typography.Text>{name}</Typography.Text>
                <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                  {t('publicPage.progress.donePercent', { percent: number(percent), n: number(row.total) })}
                </Typography.Text>
              </Flex>
              <div style={{ display: 'flex', height: BAR_HEIGHT, background: '#f5f5f5', borderRadius: 2 }}>
                {SEGMENTS.filter((segment) => row[segment] > 0).map((segment) => (
                  <div
                    key={segment}
                    title={`${t(`publicPage.status.${segment}`)}: ${number(row[segment])}`}
                    data-testid={`public-area-${row.code ?? 'none'}-${segment}`}
                    style={{
                      flexGrow: row[segment],
                      flexBasis: 0,
                      minWidth: 3,
                      background: STATUS_FILL[segment],
                    }}
                  />
                ))}
              </div>
            </div>
          );
        })}
      </Flex>
    </div>
  );
}
