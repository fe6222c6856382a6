import { useState } from 'react';
import { CrownOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ParCycleStatus, Permission } from '@partrack/shared';
import { useCan } from '../../../app/permissions/use-can.hook';
import type { ParCycleDetailFragment } from '../../../gql/graphql';
import { ParCycleCouncilModal } from './par-cycle-council.modal';

/** The appraisal council by name, its lead first; coordinators name it while the cycle is open. */
export function ParCycleCouncil({ cycle }: { cycle: ParCycleDetailFragment }) {
  const { t } = useTranslation();
  const canManage = useCan(Permission.PAR_CYCLE_MANAGE);
  const [editing, setEditing] = useState(false);
  const editable = canManage && cycle.status === ParCycleStatus.OPEN;

  return (
    <Card
      size="small"
      title={t('parIndex.cycleAdmin.council.title')}
      data-testid="par-cycle-council"
      extra={
        editable && (
          <Button
            size="small"
            icon={<TeamOutlined />}
            data-testid="par-cycle-council-edit"
            onClick={() => setEditing(true)}
          >
            {t('parIndex.cycleAdmin.council.edit')}
          </Button>
        )
      }
    >
      {cycle.council.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('parIndex.cycleAdmin.council.empty')}
          style={{ margin: 0 }}
        />
      ) : (
        <Flex vertical gap={4} component="ol" style={{ margin: 0, paddingInlineStart: 20 }}>
          {cycle.council.map((member, index) => (
            <li key={member.id} data-testid={`par-council-member-${member.id}`}>
              <Flex gap={8} wrap align="center">
                <Typography.Text>{member.fullName}</Typography.Text>
                {index === 0 && (
                  <Tag color="gold" icon={<CrownOutlined />} style={{ marginInlineEnd: 0 }}>
                    {t('parIndex.cycleAdmin.council.lead')}
                  </Tag>
                )}
                {!member.active && (
                  <Tag style={{ marginInlineEnd: 0 }}>{t('parIndex.cycleAdmin.council.inactive')}</Tag>
                )}
              </Flex>
            </li>
          ))}
        </Flex>
      )}
      {editing && <ParCycleCouncilModal cycle={cycle} onClose={() => setEditing(false)} />}
    </Card>
  );
}
