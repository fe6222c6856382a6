import { useDeferredValue, useMemo, useState } from 'react';
import { Card, Col, Empty, Row, Skeleton, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Permission } from '@partrack/shared';
import { LOCAL_DATE_FORMAT } from '../../app/format/formatters';
import { useCan } from '../../app/permissions/use-can.hook';
import { ApiErrorAlert } from '../../app/ui/api-error-alert.component';
import { AgencyDetailPanel } from './agency-detail-panel.component';
import { AgencyTreeToolbar } from './agency-tree-toolbar.component';
import { AgencyTreeView } from './agency-tree-view.component';
import { filterAgencyForest } from './agency-tree.util';
import { AgencyFormModal } from './forms/agency-form.modal';
import { useAgencyTree } from './use-agency-tree.hook';

export function AgencyTreePage() {
  const { t } = useTranslation();
  const canManage = useCan(Permission.AGENCY_MANAGE);
  const [params, setParams] = useSearchParams();
  const selectedId = params.get('id');
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [asOf, setAsOf] = useState<Dayjs | null>(null);
  const [includeInactive, setIncludeInactive] = useState(false);
  const [manualExpanded, setManualExpanded] = useState<string[] | null>(null);
  const [creating, setCreating] = useState(false);

  // One wire-format day for the query, the tree's "inactive" hint and the history's marked version.
  const asOfDay = asOf ? asOf.format(LOCAL_DATE_FORMAT) : null;
  const tree = useAgencyTree({ asOf: asOfDay, includeInactive });
  const { forest } = tree;
  const filtered = useMemo(
    () => filterAgencyForest(forest.roots, deferredSearch),
    [forest.roots, deferredSearch],
  );

  // A search opens the path to every match; otherwise the user's own expand/collapse choices (or the roots) apply.
  const defaultExpanded = deferredSearch.trim()
    ? filtered.expandIds
    : forest.roots.map((root) => root.row.id);
  const expandedKeys = manualExpanded ?? defaultExpanded;

  const select = (id: string) => setParams({ id }, { replace: false });
  const onSearchChange = (value: string) => {
    setSearch(value);
    setManualExpanded(null);
  };

  let treeBody;
  if (tree.loading && !tree.data) treeBody = <Skeleton active paragraph={{ rows: 8 }} />;
  else if (tree.error) treeBody = <ApiErrorAlert error={tree.error} onRetry={() => void tree.refetch()} />;
  else if (forest.roots.length === 0) treeBody = <Empty description={t('agency.tree.empty')} />;
  else if (filtered.roots.length === 0)
    treeBody = <Empty description={t('agency.tree.noMatch', { query: search })} />;
  else {
    treeBody = (
      <AgencyTreeView
        roots={filtered.roots}
        matchedIds={filtered.matchedIds}
        expandedKeys={expandedKeys}
        onExpandedKeysChange={setManualExpanded}
        selectedId={selectedId}
        onSelect={select}
        asOf={asOfDay}
      />
    );
  }

  return (
    <>
      <Typography.Title level={3}>{t('agency.tree.title')}</Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={11}>
          <Card>
            <AgencyTreeToolbar
              search={search}
              onSearchChange={onSearchChange}
              asOf={asOf}
              onAsOfChange={setAsOf}
              includeInactive={includeInactive}
              onIncludeInactiveChange={setIncludeInactive}
              onExpandAll={() => setManualExpanded(forest.branchIds)}
              onCollapseAll={() => setManualExpanded([])}
              onCreate={canManage ? () => setCreating(true) : undefined}
            />
            {treeBody}
          </Card>
        </Col>
        <Col xs={24} xl={13}>
          {selectedId ? (
            <AgencyDetailPanel id={selectedId} onSelect={select} asOf={asOfDay} />
          ) : (
            <Card>
              <Empty description={t('agency.detail.selectHint')} />
            </Card>
          )}
        </Col>
      </Row>
      {creating && (
        <AgencyFormModal
          mode="create"
          defaultParentId={selectedId}
          onClose={() => setCreating(false)}
          onSaved={(id) => {
            setCreating(false);
            select(id);
          }}
        />
      )}
    </>
  );
}
