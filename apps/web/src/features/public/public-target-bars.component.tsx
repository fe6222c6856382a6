import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../app/format/use-formatters.hook';

export interface TargetBar {
  key: string;
  name: string;
  /** 0–100; null when there is no figure (no answer) */
  value: number | null;
  /** 0–100 */
  target: number;
  /** Everything the bar shows, in words (its aria-label) */
  label: string;
  /** A short note under the name: "120 người trả lời", "3/10 cơ quan" */
  detail: string;
}

const BAR_HEIGHT = 18;
const MET = '#52c41a';
const NOT_MET = '#faad14';

/**
 * Shares against their targets, one bar per row on a 0–100 scale with the target as a red mark across it, and
 * "Đạt" / "Chưa đạt" written beside the value: a citizen sees at a glance what reached its target, without
 * relying on colour. Name above its bar, so it reads the same on a 390 px phone.
 */
export function PublicTargetBars({ rows, testId }: { rows: readonly TargetBar[]; testId: string }) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  return (
    <Flex vertical gap={10} role="list" data-testid={testId}>
      {rows.map((row) => {
        const met = row.value !== null && row.value >= row.target;
        return (
          <div key={row.key} role="listitem" aria-label={row.label} data-testid={`${testId}-${row.key}`}>
            <Flex justify="space-between" gap={8} align="baseline">
              <Typography.Text style={{ minWidth: 0 }} ellipsis={{ tooltip: row.name }}>
                {row.name}
              </Typography.Text>
              <Flex gap={6} align="center" style={{ whiteSpace: 'nowrap' }}>
                <Typography.Text strong style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {row.value === null ? '—' : `${number(row.value)}%`}
                </Typography.Text>
                {row.value !== null && (
                  <Tag color={met ? 'success' : 'warning'} style={{ marginInlineEnd: 0 }}>
                    {met ? t('publicPage.satisfaction.met') : t('publicPage.satisfaction.notMet')}
                  </Tag>
                )}
              </Flex>
            </Flex>
            <div style={{ position: 'relative', height: BAR_HEIGHT, background: '#f5f5f5', borderRadius: 2 }}>
              <div
                style={{
                  width: `${Math.max(0, Math.min(100, row.value ?? 0))}%`,
                  height: '100%',
                  background: met ? MET : NOT_MET,
                  borderRadius: 2,
                }}
              />
              <div
                aria-hidden
                style={{
                  position: 'absolute',
                  top: -3,
                  bottom: -3,
                  left: `${Math.max(0, Math.min(100, row.target))}%`,
                  borderLeft: '3px solid #cf1322',
                }}
              />
            </div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {row.detail}
            </Typography.Text>
          </div>
        );
      })}
    </Flex>
  );
}
