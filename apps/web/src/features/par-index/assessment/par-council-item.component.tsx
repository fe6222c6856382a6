import { Col, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { ParEvidenceRow, ParLeafItem, ParScoreRow } from './par-assessment-items.util';
import { ParItemCard } from './par-item-card.component';
import type { ParItemError } from './use-par-council-save.hook';

/** What an item card of the council's rounds (first and second appraisal) is given. */
export interface ParCouncilItemProps<V> extends ParItemError {
  item: ParLeafItem;
  score: ParScoreRow | undefined;
  evidence: readonly ParEvidenceRow[];
  value: V;
  onChange: (patch: Partial<V>) => void;
}

/** An item for the council: the agency's side on the left, the council's fields on the right (stacked on a phone). */
export function ParCouncilItemCard({
  item,
  side,
  children,
}: {
  item: ParLeafItem;
  side: ReactNode;
  children: ReactNode;
}) {
  return (
    <ParItemCard item={item}>
      <Row gutter={[16, 12]}>
        <Col xs={24} md={12}>
          {side}
        </Col>
        <Col xs={24} md={12}>
          {children}
        </Col>
      </Row>
    </ParItemCard>
  );
}

/** Why the council's entry would be refused, under its fields. */
export function ParCouncilItemError({ error, testId }: { error: string | undefined; testId: string }) {
  if (!error) return null;
  return (
    <Typography.Text type="danger" data-testid={testId}>
      {error}
    </Typography.Text>
  );
}
