import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Empty, Skeleton, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { InspectionChecklistResult } from '@partrack/shared';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import type { InspectionChecklistItemFieldsFragment } from '../../../gql/graphql';
import { InspectionChecklistDocument } from './graphql/inspection-checklist.operations';
import { InspectionChecklistBuildModal } from './inspection-checklist-build.modal';
import { InspectionChecklistItemModal } from './inspection-checklist-item.modal';

type Item = InspectionChecklistItemFieldsFragment;

const RESULT_COLOR: Record<InspectionChecklistResult, string> = {
  [InspectionChecklistResult.MET]: 'green',
  [InspectionChecklistResult.NOT_MET]: 'red',
  [InspectionChecklistResult.NOT_APPLICABLE]: 'default',
};

/** Assessed in any way: the checklist can then no longer be rebuilt (the API refuses it too). */
export const isFilled = (item: Pick<Item, 'result' | 'note' | 'evidence'>) =>
  Boolean(item.result) || Boolean(item.note) || item.evidence.length > 0;

/** Counts by result, for the line above the list. */
export function checklistSummary(items: readonly Pick<Item, 'result'>[]) {
  const count = (r: InspectionChecklistResult) => items.filter((i) => i.result === r).length;
  return {
    met: count(InspectionChecklistResult.MET),
    notMet: count(InspectionChecklistResult.NOT_MET),
    na: count(InspectionChecklistResult.NOT_APPLICABLE),
    open: items.filter((i) => !i.result).length,
  };
}

/**
 * An inspection's checklist (bảng kiểm): built from a PAR framework's areas and criteria or written lines, then
 * each item assessed (met / not met / not applicable) with a note and evidence links. Self-contained: it loads
 * its own data, so the inspection page only mounts it. `canEdit` is INSPECTION_MANAGE in the inspection's province.
 */
export function InspectionChecklistPanel({
  inspectionId,
  canEdit,
}: {
  inspectionId: string;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(InspectionChecklistDocument, {
    variables: { id: inspectionId },
  });
  const [building, setBuilding] = useState(false);
  const [editing, setEditing] = useState<Item | null>(null);
  const items = data?.inspection.checklist ?? [];
  const filled = items.some(isFilled);

  let body;
  if (error && !data) body = <ApiErrorAlert error={error} onRetry={() => void refetch()} />;
  else if (loading && !data) body = <Skeleton active aria-label={t('inspectionChecklist.loading')} />;
  else if (!items.length)
    body = (
      <Empty description={t('inspectionChecklist.empty')} data-testid="checklist-empty">
        {canEdit && (
          <Button type="primary" onClick={() => setBuilding(true)} data-testid="checklist-build">
            {t('inspectionChecklist.build')}
          </Button>
        )}
      </Empty>
    );
  else
    body = (
      <>
        <Typography.Paragraph type="secondary" data-testid="checklist-summary">
          {t('inspectionChecklist.summary', checklistSummary(items))}
        </Typography.Paragraph>
        <div role="list" data-testid="checklist-items">
          {items.map((item) => (
            <div
              key={item.id}
              role="listitem"
              data-testid={`checklist-item-${item.position}`}
              style={{
                display: 'flex',
                gap: 8,
                padding: '8px 0',
                borderBottom: '1px solid rgba(5, 5, 5, 0.06)',
              }}
            >
              <Space orientation="vertical" size={2} style={{ minWidth: 0, flex: 1 }}>
                <Typography.Text style={{ overflowWrap: 'anywhere' }}>
                  {item.sourceCode ? <Typography.Text strong>{item.sourceCode}. </Typography.Text> : null}
                  {item.title}
                </Typography.Text>
                <Space wrap size={4}>
                  {item.result ? (
                    <Tag color={RESULT_COLOR[item.result]}>
                      {t(`inspectionChecklist.result.${item.result}`)}
                    </Tag>
                  ) : (
                    <Tag>{t('inspectionChecklist.result.none')}</Tag>
                  )}
                  {item.evidence.map((e) => (
                    <a
                      key={e.url}
                      href={e.url}
                      target="_blank"
                      rel="noopener noreferrer"
                      style={{ overflowWrap: 'anywhere' }}
                    >
                      {e.label ?? e.url}
                    </a>
                  ))}
                </Space>
                {item.note && (
                  <Typography.Text
                    type="secondary"
                    style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                  >
                    {item.note}
                  </Typography.Text>
                )}
              </Space>
              {canEdit && (
                <Button
                  size="small"
                  onClick={() => setEditing(item)}
                  data-testid={`checklist-item-edit-${item.position}`}
                >
                  {t('inspectionChecklist.edit')}
                </Button>
              )}
            </div>
          ))}
        </div>
      </>
    );

  const rebuild =
    canEdit && items.length > 0 ? (
      <Tooltip title={filled ? t('inspectionChecklist.filledHint') : undefined}>
        <Button
          size="small"
          disabled={filled}
          onClick={() => setBuilding(true)}
          data-testid="checklist-rebuild"
        >
          {t('inspectionChecklist.rebuild')}
        </Button>
      </Tooltip>
    ) : null;

  return (
    <Card
      size="small"
      title={t('inspectionChecklist.title')}
      extra={rebuild}
      data-testid="inspection-checklist"
    >
      {body}
      {building && (
        <InspectionChecklistBuildModal inspectionId={inspectionId} onClose={() => setBuilding(false)} />
      )}
      {editing && (
        <InspectionChecklistItemModal
          inspectionId={inspectionId}
          item={editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}
