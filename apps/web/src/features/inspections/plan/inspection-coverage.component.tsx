import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import type { InspectionPlanQuery } from '../../../gql/graphql';
import { targetOfLevel, type CoverageTargets } from '../inspection.util';

type Coverage = InspectionPlanQuery['inspectionCoverage'];
type Line = Coverage['total'] & { level?: string | null };

/**
 * Coverage per level and in total: the figures in words, then a bar on the 0–100 scale with the level's target
 * marked, so nothing depends on colour; the bar takes the full width so it stays readable on a phone.
 */
export function InspectionCoverage({ plan, coverage }: { plan: CoverageTargets; coverage: Coverage }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const lines: { key: string; label: string; line: Line; target: number | null }[] = [
    ...coverage.levels.map((line) => ({
      key: line.level ?? 'level',
      label: t(`agency.level.${line.level ?? 'PROVINCE'}`),
      line,
      target: targetOfLevel(plan, line.level),
    })),
    { key: 'total', label: t('inspection.coverage.total'), line: coverage.total, target: null },
  ];
  return (
    <Card size="small" title={t('inspection.coverage.title')} data-testid="inspection-coverage">
      <Flex vertical gap={10} role="list">
        {lines.map(({ key, label, line, target }) => {
          const text = t('inspection.coverage.line', {
            inspected: fmt.number(line.inspected),
            agencies: fmt.number(line.agencies),
            percent: fmt.number(line.percent),
          });
          return (
            <div
              key={key}
              role="listitem"
              aria-label={`${label}: ${text}`}
              data-testid={`inspection-coverage-${key}`}
            >
              <Flex justify="space-between" wrap style={{ columnGap: 8 }}>
                <Typography.Text strong={key === 'total'}>{label}</Typography.Text>
                <Typography.Text>
                  {text}
                  {target !== null && (
                    <Typography.Text type="secondary">
                      {' · '}
                      {t('inspection.coverage.target', { target })}
                    </Typography.Text>
                  )}
                </Typography.Text>
              </Flex>
              <div
                style={{
                  position: 'relative',
                  height: 10,
                  background: '#f0f0f0',
                  borderRadius: 2,
                  marginTop: 2,
                }}
              >
                <div
                  style={{
                    width: `${Math.min(100, Math.max(0, line.percent))}%`,
                    height: '100%',
                    background: target !== null && line.percent >= target ? '#52c41a' : '#1677ff',
                    borderRadius: 2,
                  }}
                />
                {target !== null && (
                  <div
                    aria-hidden
                    style={{
                      position: 'absolute',
                      left: `${target}%`,
                      top: -3,
                      bottom: -3,
                      width: 2,
                      background: '#fa541c',
                    }}
                  />
                )}
              </div>
            </div>
          );
        })}
      </Flex>
    </Card>
  );
}
