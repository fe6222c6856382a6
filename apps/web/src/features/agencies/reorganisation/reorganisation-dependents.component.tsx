import { Card, Empty, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Permission } from '@partrack/shared';
import { useCan } from '../../../app/permissions/use-can.hook';
import type { ReorganisationDependentFieldsFragment } from '../../../gql/graphql';
import { ReassignUsersButton } from './reassign-users.button';

type Dependent = ReorganisationDependentFieldsFragment;

interface DependentTableProps {
  items: readonly Dependent[];
  labelTitle: string;
  testId: string;
}

/** A person, task, group or report of an ending agency, and the agency that takes it over. */
export function DependentTable({ items, labelTitle, testId }: DependentTableProps) {
  const { t } = useTranslation();
  return (
    <Table<Dependent>
      data-testid={testId}
      size="small"
      rowKey={(item) => `${item.id}:${item.agency}`}
      pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      dataSource={[...items]}
      locale={{ emptyText: t('agencyReorg.dependents.empty') }}
      columns={[
        { key: 'label', title: labelTitle, dataIndex: 'label' },
        { key: 'agency', title: t('agencyReorg.dependents.agency'), dataIndex: 'agency' },
        {
          key: 'successor',
          title: t('agencyReorg.dependents.successor'),
          dataIndex: 'successor',
          render: (successor: string | null) => successor ?? t('agencyReorg.dependents.noSuccessor'),
        },
      ]}
    />
  );
}

interface AgencyPeople {
  agency: string;
  successor: string | null;
  people: Dependent[];
}

function byAgency(users: readonly Dependent[]): AgencyPeople[] {
  const groups = new Map<string, AgencyPeople>();
  for (const user of users) {
    const group = groups.get(user.agency) ?? { agency: user.agency, successor: user.successor, people: [] };
    group.people.push(user);
    groups.set(user.agency, group);
  }
  return [...groups.values()];
}

/** The people to move, one card per ending agency, so an admin moves each group to its successor at once. */
export function PeopleToMove({ users, applied }: { users: readonly Dependent[]; applied: boolean }) {
  const { t } = useTranslation();
  const canManageUsers = useCan(Permission.USER_MANAGE);
  if (!users.length) return <Empty description={t('agencyReorg.users.empty')} />;
  return (
    <Flex vertical gap={12} data-testid="reorg-users">
      {byAgency(users).map((group) => (
        <Card
          key={group.agency}
          size="small"
          title={group.agency}
          extra={
            group.successor ? (
              <Typography.Text type="secondary">
                {t('agencyReorg.change.successor', { name: group.successor })}
              </Typography.Text>
            ) : undefined
          }
        >
          <Flex vertical gap={8}>
            <Typography.Text>{group.people.map((person) => person.label).join(', ')}</Typography.Text>
            {canManageUsers && group.successor && (
              <ReassignUsersButton
                agency={group.agency}
                successor={group.successor}
                userIds={group.people.map((person) => person.id)}
                applied={applied}
              />
            )}
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
