import { useMemo, useState } from 'react';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Card, Empty, Flex, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ParFrameworkStatus, Permission } from '@partrack/shared';
import { toApiError } from '../../../app/apollo/api-error';
import { useCan } from '../../../app/permissions/use-can.hook';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import { useErrorMessage } from '../../../app/ui/use-error-message.hook';
import { ParFrameworkDownload } from '../excel/par-excel-download.component';
import { ParFrameworkDocument } from '../graphql/par-index.operations';
import { ParFrameworkCopyModal } from '../par-framework-copy.modal';
import { ParRevisionTag, ParSampleTag, ParStatusTag } from '../par-framework-tags.component';
import { PAR_INDEX_PATH, parFrameworkPath } from '../par-framework.util';
import { buildCriteriaTree } from './par-criteria-tree.util';
import { ParCriteriaTable } from './par-criteria-table.component';
import { ParCriterionFormModal, type CriterionTarget } from './par-criterion-form.modal';
import { ParFrameworkActions } from './par-framework-actions.component';
import { ParFrameworkEditModal } from './par-framework-edit.modal';
import { ParFrameworkSummary, ParProblemsAlert } from './par-framework-summary.component';

type Dialog = { kind: 'edit' } | { kind: 'copy' } | { kind: 'criterion'; target: CriterionTarget };

/** One framework: particulars, what keeps it from adding up, and its items as a tree a coordinator edits. */
export function ParFrameworkPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const canManage = useCan(Permission.PAR_FRAMEWORK_MANAGE);
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ParFrameworkDocument, { variables: { id } });
  const framework = data?.parFramework;
  const tree = useMemo(() => buildCriteriaTree(framework?.criteria ?? []), [framework?.criteria]);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);

  if (loading && !framework) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  if (!framework) {
    return (
      <Card>
        {error && toApiError(error).code !== 'NOT_FOUND' ? (
          <ApiErrorAlert error={error} onRetry={() => void refetch()} />
        ) : (
          <Empty description={t('parIndex.framework.notFound')}>
            <Link to={PAR_INDEX_PATH}>{t('parIndex.framework.backToList')}</Link>
          </Empty>
        )}
      </Card>
    );
  }

  const editable = canManage && framework.status === ParFrameworkStatus.DRAFT;
  // A refused lock names its reasons as field messages; show those rather than the "id: …" summary.
  const actionErrorText = (failure: unknown) => {
    const fields = toApiError(failure).fieldErrors.map((f) => f.message);
    return fields.length > 0 ? fields.join(' ') : errorMessage(failure);
  };
  const close = () => setDialog(null);

  return (
    <Flex vertical gap={16} data-testid="par-framework">
      <div>
        <Link to={PAR_INDEX_PATH}>
          <ArrowLeftOutlined /> {t('parIndex.framework.backToList')}
        </Link>
        <Flex justify="space-between" align="start" wrap gap={8} style={{ marginTop: 8 }}>
          <Flex vertical gap={4} style={{ minWidth: 0, flex: '1 1 320px' }}>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="par-title">
              {framework.name}
            </Typography.Title>
            <Space size={[6, 4]} wrap>
              <ParStatusTag status={framework.status} />
              {framework.isSample && <ParSampleTag />}
              <ParRevisionTag revision={framework.revision} />
            </Space>
          </Flex>
          <Flex gap={8} wrap align="start">
            <ParFrameworkDownload frameworkId={framework.id} />
            <ParFrameworkActions
              framework={framework}
              onAddArea={() => setDialog({ kind: 'criterion', target: { kind: 'create', parent: null } })}
              onEdit={() => setDialog({ kind: 'edit' })}
              onCopy={() => setDialog({ kind: 'copy' })}
              onError={setActionError}
              onRefetch={() => void refetch()}
            />
          </Flex>
        </Flex>
      </div>
      {actionError !== null && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setActionError(null) }}
          role="alert"
          data-testid="par-action-error"
          title={actionErrorText(actionError)}
        />
      )}
      <ParFrameworkSummary framework={framework} />
      <ParProblemsAlert problems={framework.problems} />
      <Card title={t('parIndex.criteria.title', { n: framework.criteria.length })}>
        <ParCriteriaTable
          frameworkId={framework.id}
          rows={tree.rows}
          branchKeys={tree.branchKeys}
          editable={editable}
          onAdd={(parent) => setDialog({ kind: 'criterion', target: { kind: 'create', parent } })}
          onEdit={(row) => setDialog({ kind: 'criterion', target: { kind: 'edit', row } })}
        />
      </Card>
      {dialog?.kind === 'edit' && <ParFrameworkEditModal framework={framework} onClose={close} />}
      {dialog?.kind === 'copy' && (
        <ParFrameworkCopyModal
          framework={framework}
          onClose={close}
          onCopied={(copyId) => {
            close();
            void navigate(parFrameworkPath(copyId));
          }}
        />
      )}
      {dialog?.kind === 'criterion' && (
        <ParCriterionFormModal frameworkId={framework.id} target={dialog.target} onClose={close} />
      )}
    </Flex>
  );
}
