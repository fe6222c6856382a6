import { DragOutlined, EditOutlined, MergeCellsOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';

export type AgencyAction = 'edit' | 'move' | 'deactivate' | 'merge';

/** Rendered only for AGENCY_MANAGE holders (the caller checks), so no button leads to a FORBIDDEN error. */
export function AgencyActions({
  active,
  onAction,
}: {
  active: boolean;
  onAction: (action: AgencyAction) => void;
}) {
  const { t } = useTranslation();
  return (
    <Flex gap={4} wrap>
      <Button data-testid="agency-edit" size="small" icon={<EditOutlined />} onClick={() => onAction('edit')}>
        {t('agency.actions.edit')}
      </Button>
      <Button data-testid="agency-move" size="small" icon={<DragOutlined />} onClick={() => onAction('move')}>
        {t('agency.actions.move')}
      </Button>
      <Button
        data-testid="agency-merge"
        size="small"
        icon={<MergeCellsOutlined />}
        onClick={() => onAction('merge')}
        disabled={!active}
      >
        {t('agency.actions.merge')}
      </Button>
      <Button
        data-testid="agency-deactivate"
        size="small"
        danger
        icon={<StopOutlined />}
        onClick={() => onAction('deactivate')}
        disabled={!active}
      >
        {t('agency.actions.deactivate')}
      </Button>
    </Flex>
  );
}
