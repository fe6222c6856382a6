import { FieldTimeOutlined, RollbackOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ParCycleAssessmentRowFragment } from '../../../gql/graphql';
import { canReopen, extendablePhases } from './par-cycle-deadlines.util';

export type ParAssessmentAction = 'extend' | 'reopen';

/**
 * "Gia hạn" while a phase can take a later deadline, "Mở lại" once the assessment was sent. Clicks stay on
 * the button: the row itself opens the assessment.
 */
export function ParAssessmentRowActions({
  row,
  onAction,
}: {
  row: ParCycleAssessmentRowFragment;
  onAction: (action: ParAssessmentAction, row: ParCycleAssessmentRowFragment) => void;
}) {
  const { t } = useTranslation();
  const extendable = extendablePhases(row).length > 0;
  const reopenable = canReopen(row.status);
  if (!extendable && !reopenable) return null;
  return (
    <Flex gap={4} wrap onClick={(event) => event.stopPropagation()}>
      {extendable && (
        <Button
          size="small"
          icon={<FieldTimeOutlined />}
          data-testid={`par-extend-${row.id}`}
          onClick={() => onAction('extend', row)}
        >
          {t('parIndex.cycleAdmin.extend.action')}
        </Button>
      )}
      {reopenable && (
        <Button
          size="small"
          icon={<RollbackOutlined />}
          data-testid={`par-reopen-${row.id}`}
          onClick={() => onAction('reopen', row)}
        >
          {t('parIndex.cycleAdmin.reopen.action')}
        </Button>
      )}
    </Flex>
  );
}
