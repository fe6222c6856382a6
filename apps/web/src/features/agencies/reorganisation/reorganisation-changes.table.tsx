import { Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PreviewReorganisationMutation } from '../../../gql/graphql';

export type AgencyChange = PreviewReorganisationMutation['previewReorganisation']['agencies'][number];

/** What happens to one agency, in the words of the decision: new, renamed, moved, ended. */
function ChangeTags({ change }: { change: AgencyChange }) {
  const { t } = useTranslation();
  const tags: { key: string; color: string; text: string }[] = [];
  if (change.created) tags.push({ key: 'created', color: 'green', text: t('agencyReorg.change.created') });
  if (!change.created && change.nameBefore !== null && change.nameBefore !== change.nameAfter)
    tags.push({ key: 'renamed', color: 'blue', text: t('agencyReorg.change.renamed') });
  if (!change.created && change.parentBefore !== change.parentAfter)
    tags.push({ key: 'moved', color: 'purple', text: t('agencyReorg.change.moved') });
  if (change.ends) tags.push({ key: 'ends', color: 'red', text: t('agencyReorg.change.ends') });
  return (
    <Flex gap={4} wrap>
      {tags.map((tag) => (
        <Tag key={tag.key} color={tag.color}>
          {tag.text}
        </Tag>
      ))}
    </Flex>
  );
}

function BeforeAfter({ before, after }: { before: string | null; after: string | null }) {
  const { t } = useTranslation();
  if (before === after) return <>{after ?? t('agencyReorg.change.noParent')}</>;
  return (
    <Flex vertical>
      <Typography.Text delete type="secondary">
        {before ?? t('agencyReorg.change.noParent')}
      </Typography.Text>
      <Typography.Text>{after ?? t('agencyReorg.change.noParent')}</Typography.Text>
    </Flex>
  );
}

/** Everything by name; the code is only a secondary column, to tell apart two agencies of the same name. */
export function ReorganisationChangesTable({ changes }: { changes: readonly AgencyChange[] }) {
  const { t } = useTranslation();
  return (
    <Table<AgencyChange>
      data-testid="reorg-changes"
      size="small"
      rowKey="code"
      pagination={changes.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      dataSource={[...changes]}
      locale={{ emptyText: t('agencyReorg.change.empty') }}
      columns={[
        {
          key: 'name',
          title: t('agencyReorg.change.agency'),
          render: (_value: unknown, change: AgencyChange) =>
            change.created ? (
              change.nameAfter
            ) : (
              <BeforeAfter before={change.nameBefore} after={change.nameAfter} />
            ),
        },
        {
          key: 'parent',
          title: t('agencyReorg.change.parent'),
          render: (_value: unknown, change: AgencyChange) =>
            change.created ? (
              (change.parentAfter ?? t('agencyReorg.change.noParent'))
            ) : (
              <BeforeAfter before={change.parentBefore} after={change.parentAfter} />
            ),
        },
        {
          key: 'what',
          title: t('agencyReorg.change.what'),
          render: (_value: unknown, change: AgencyChange) => (
            <Flex vertical gap={4}>
              <ChangeTags change={change} />
              {change.ends && change.successor && (
                <Typography.Text type="secondary">
                  {t('agencyReorg.change.successor', { name: change.successor })}
                </Typography.Text>
              )}
            </Flex>
          ),
        },
        {
          key: 'code',
          title: t('agencyReorg.change.code'),
          dataIndex: 'code',
          render: (code: string) => <Typography.Text type="secondary">{code}</Typography.Text>,
        },
      ]}
    />
  );
}
