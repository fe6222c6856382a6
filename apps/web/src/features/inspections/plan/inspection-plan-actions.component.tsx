import { CheckOutlined, DownloadOutlined, EditOutlined, FundOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { App, Button, Flex, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { InspectionPlanStatus, Permission } from '@partrack/shared';
import { toApiError } from '../../../app/apollo/api-error';
import { useCan } from '../../../app/permissions/use-can.hook';
import { DownloadErrorAlert } from '../../../app/ui/download-error-alert.component';
import { useDownload } from '../../../app/ui/use-download.hook';
import { useErrorMessage } from '../../../app/ui/use-error-message.hook';
import type { InspectionPlanFieldsFragment } from '../../../gql/graphql';
import {
  ApproveInspectionPlanDocument,
  InspectionDecisionDocxDocument,
} from '../graphql/inspections.operations';
import { invalidateInspections } from '../inspection-cache';

export type PlanDialog = 'adjust' | 'coverage';

interface InspectionPlanActionsProps {
  plan: InspectionPlanFieldsFragment;
  onOpen: (dialog: PlanDialog) => void;
  /** After a stale approval: the page reloads the plan so the next attempt carries the fresh version. */
  onStale: () => void;
}

/** What the caller may do with the plan now: adjust and approve a DRAFT, record coverage, download the decision. */
export function InspectionPlanActions({ plan, onOpen, onStale }: InspectionPlanActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const errorMessage = useErrorMessage();
  const canManage = useCan(Permission.INSPECTION_MANAGE);
  const file = useDownload();
  const [approve, approving] = useMutation(ApproveInspectionPlanDocument, { update: invalidateInspections });
  const draft = plan.status === InspectionPlanStatus.DRAFT;

  const approvePlan = async () => {
    try {
      await approve({ variables: { input: { id: plan.id, version: plan.version } } });
      void message.success(t('inspection.approve.done'));
    } catch (error) {
      void message.error(errorMessage(error));
      if (toApiError(error).code === 'CONFLICT') onStale();
    }
  };

  return (
    <Flex vertical gap={8} align="end">
      <Flex gap={8} wrap justify="end" data-testid="inspection-plan-actions">
        {canManage && draft && (
          <Button data-testid="inspection-adjust" icon={<EditOutlined />} onClick={() => onOpen('adjust')}>
            {t('inspection.adjust.open')}
          </Button>
        )}
        {canManage && draft && (
          <Popconfirm
            title={t('inspection.approve.title', { year: plan.year })}
            description={t('inspection.approve.content')}
            okText={t('inspection.approve.submit')}
            cancelText={t('common.cancel')}
            okButtonProps={{ loading: approving.loading, 'data-testid': 'inspection-approve-confirm' }}
            onConfirm={() => void approvePlan()}
          >
            <Button data-testid="inspection-approve" type="primary" icon={<CheckOutlined />}>
              {t('inspection.approve.open')}
            </Button>
          </Popconfirm>
        )}
        {canManage && (
          <Button
            data-testid="inspection-coverage-record"
            icon={<FundOutlined />}
            onClick={() => onOpen('coverage')}
          >
            {t('inspection.coverageRecord.open')}
          </Button>
        )}
        <Button
          data-testid="inspection-decision-download"
          icon={<DownloadOutlined />}
          loading={file.downloading}
          onClick={() =>
            void file.download(async () => {
              // A document is not worth keeping in the normalised cache.
              const result = await client.query({
                query: InspectionDecisionDocxDocument,
                variables: { planId: plan.id },
                fetchPolicy: 'no-cache',
              });
              return result.data?.inspectionDecisionDocx;
            })
          }
        >
          {t('inspection.decision')}
        </Button>
      </Flex>
      <DownloadErrorAlert
        data-testid="inspection-decision-error"
        error={file.error}
        onClose={file.clearError}
      />
    </Flex>
  );
}
