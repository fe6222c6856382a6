import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Breadcrumb, Button, Card, Descriptions, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Permission } from '@partrack/shared';
import { toApiError } from '../../app/apollo/api-error';
import { useFormatters } from '../../app/format/use-formatters.hook';
import { useCan } from '../../app/permissions/use-can.hook';
import { ApiErrorAlert } from '../../app/ui/api-error-alert.component';
import { AgencyActions, type AgencyAction } from './agency-actions.component';
import { AgencyHistorySection } from './agency-history.section';
import { AgencyDeactivateModal } from './forms/agency-deactivate.modal';
import { AgencyFormModal } from './forms/agency-form.modal';
import { AgencyMergeModal } from './forms/agency-merge.modal';
import { AgencyMoveModal } from './forms/agency-move.modal';
import { AgencyDetailDocument } from './graphql/agency-tree.operations';

interface AgencyDetailPanelProps {
  id: string;
  onSelect: (id: string) => void;
  /** The day the tree is viewed at ("YYYY-MM-DD"), marked in the history; null: today. */
  asOf?: string | null;
}

export function AgencyDetailPanel({ id, onSelect, asOf = null }: AgencyDetailPanelProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const canManage = useCan(Permission.AGENCY_MANAGE);
  const [action, setAction] = useState<AgencyAction | null>(null);
  const { data, loading, error, refetch } = useQuery(AgencyDetailDocument, { variables: { id } });
  const agency = data?.agency;

  if (loading && !agency) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  if (error && !agency) {
    return (
      <Card>
        {toApiError(error).code === 'NOT_FOUND' ? (
          <Empty description={t('agency.detail.notFound')} />
        ) : (
          <ApiErrorAlert error={error} onRetry={() => void refetch()} />
        )}
      </Card>
    );
  }
  if (!agency) return null;

  const link = (target: { id: string; name: string; code: string } | null) =>
    target ? (
      <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onSelect(target.id)}>
        {target.name} ({target.code})
      </Button>
    ) : (
      '—'
    );
  const activeChildren = agency.children.filter((child) => child.active).length;
  const close = () => setAction(null);
  const knownNames = new Map(
    [...agency.ancestors, ...(agency.parent ? [agency.parent] : [])].map((a) => [a.id, a.name]),
  );

  return (
    <Card
      data-testid="agency-detail"
      title={
        <Flex vertical style={{ paddingBlock: 8, whiteSpace: 'normal' }}>
          <Breadcrumb items={agency.ancestors.map((a) => ({ key: a.id, title: a.name }))} />
          <Flex gap={8} align="center" wrap>
            <Typography.Text strong style={{ fontSize: 16 }}>
              {agency.name}
            </Typography.Text>
            {/* Agency.active is about today, while the tree beside it may show another day: say which. */}
            {agency.active ? (
              <Tag color="green">{t('agency.detail.activeToday')}</Tag>
            ) : (
              <Tag>{t('agency.detail.inactiveToday')}</Tag>
            )}
          </Flex>
        </Flex>
      }
    >
      {canManage && (
        <div style={{ marginBottom: 16 }}>
          <AgencyActions active={agency.active} onAction={setAction} />
        </div>
      )}
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('agency.fields.code')}>{agency.code}</Descriptions.Item>
        <Descriptions.Item label={t('agency.fields.name')}>{agency.name}</Descriptions.Item>
        <Descriptions.Item label={t('agency.fields.shortName')}>{agency.shortName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('agency.fields.aliases')}>
          {agency.aliases.length > 0 ? agency.aliases.map((alias) => <Tag key={alias}>{alias}</Tag>) : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('agency.fields.kind')}>
          {t(`agency.kind.${agency.kind}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('agency.fields.level')}>
          {t(`agency.level.${agency.level}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('agency.fields.parent')}>{link(agency.parent)}</Descriptions.Item>
        <Descriptions.Item label={t('agency.fields.validFrom')}>
          {fmt.date(agency.validFrom)}
        </Descriptions.Item>
        <Descriptions.Item label={t('agency.fields.validTo')}>{fmt.date(agency.validTo)}</Descriptions.Item>
        <Descriptions.Item label={t('agency.fields.successor')}>{link(agency.successor)}</Descriptions.Item>
        <Descriptions.Item label={t('agency.fields.children')}>
          {t('agency.detail.childrenCount', {
            total: fmt.number(agency.children.length),
            active: fmt.number(activeChildren),
          })}
        </Descriptions.Item>
        <Descriptions.Item label={t('agency.fields.descendants')}>
          {fmt.number(agency.descendantCount)}
        </Descriptions.Item>
        <Descriptions.Item label={t('agency.fields.updatedAt')}>
          {fmt.dateTime(agency.updatedAt)}
        </Descriptions.Item>
      </Descriptions>
      <AgencyHistorySection agencyId={agency.id} asOf={asOf} knownNames={knownNames} />

      {action === 'edit' && (
        <AgencyFormModal mode="edit" agencyId={agency.id} onClose={close} onSaved={close} />
      )}
      {action === 'move' && <AgencyMoveModal agency={agency} onClose={close} />}
      {action === 'deactivate' && <AgencyDeactivateModal agency={agency} onClose={close} />}
      {action === 'merge' && (
        <AgencyMergeModal
          agency={agency}
          onClose={close}
          onMerged={(targetId) => {
            close();
            onSelect(targetId);
          }}
        />
      )}
    </Card>
  );
}
