import { Card, Empty, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ParScoringMethod } from '@partrack/shared';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { groupByArea, type ParLeafItem } from './par-assessment-items.util';

/** A small grey label above its value, so stacked blocks read well on a phone. */
export function ParField({
  label,
  children,
  testId,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Flex vertical gap={2} style={{ minWidth: 0 }} data-testid={testId}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
      <div style={{ wordBreak: 'break-word', whiteSpace: 'pre-line' }}>{children}</div>
    </Flex>
  );
}

/** One scored item as a card: code, title, maximum and how it is scored, then what the step shows. */
export function ParItemCard({ item, children }: { item: ParLeafItem; children: ReactNode }) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const { criterion } = item;
  return (
    <Card size="small" data-testid={`par-item-${criterion.code}`}>
      <Flex justify="space-between" align="start" gap={8} wrap style={{ marginBottom: 8 }}>
        <Typography.Text strong style={{ flex: '1 1 220px', minWidth: 0, wordBreak: 'break-word' }}>
          {criterion.code} {criterion.title}
        </Typography.Text>
        <Flex gap={6} wrap align="center">
          {criterion.method && criterion.method !== ParScoringMethod.MANUAL && (
            <Tag style={{ marginInlineEnd: 0 }}>{t(`parIndex.method.${criterion.method}`)}</Tag>
          )}
          <Typography.Text type="secondary">
            {t('parIndex.appraisal.maxPoints', { points: number(criterion.maxPoints) })}
          </Typography.Text>
        </Flex>
      </Flex>
      {children}
    </Card>
  );
}

interface ParItemCardsProps<T extends ParLeafItem> {
  items: readonly T[];
  empty: string;
  renderItem: (item: T) => ReactNode;
  testId?: string;
}

/** Item cards under their area's heading: a list that stacks on a phone instead of a wide table. */
export function ParItemCards<T extends ParLeafItem>({
  items,
  empty,
  renderItem,
  testId,
}: ParItemCardsProps<T>) {
  if (items.length === 0)
    return (
      <Card data-testid={testId}>
        <Empty description={empty} />
      </Card>
    );
  return (
    <Flex vertical gap={12} data-testid={testId}>
      {groupByArea(items).map((group) => (
        <Flex vertical gap={8} key={group.key}>
          {group.area && (
            <Typography.Title level={5} style={{ margin: '4px 0 0' }}>
              {group.area.code}. {group.area.title}
            </Typography.Title>
          )}
          {group.items.map((item) => (
            <div key={item.criterion.id}>{renderItem(item)}</div>
          ))}
        </Flex>
      ))}
    </Flex>
  );
}
