import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InspectionTeamMemberFieldsFragment } from '../../gql/graphql';

/** The team by name, in order, its leader marked; a dash without a team. */
export function InspectionTeam({
  team,
  testId,
}: {
  team: readonly InspectionTeamMemberFieldsFragment[];
  testId?: string;
}) {
  const { t } = useTranslation();
  if (team.length === 0) return <span data-testid={testId}>—</span>;
  return (
    <Space orientation="vertical" size={0} data-testid={testId}>
      {team.map((member) => (
        <span key={member.id}>
          <Typography.Text>{member.name}</Typography.Text>
          {member.leader && (
            <Tag color="blue" style={{ marginInlineStart: 6 }}>
              {t('inspection.team.leader')}
            </Tag>
          )}
        </span>
      ))}
    </Space>
  );
}
