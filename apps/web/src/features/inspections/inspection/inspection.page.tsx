import { useState } from 'react';
import { ArrowLeftOutlined, AuditOutlined, DownloadOutlined, FileAddOutlined } from '@ant-design/icons';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Button, Card, Descriptions, Flex, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { InspectionPlanStatus, InspectionStatus, Permission } from '@partrack/shared';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { useCan } from '../../../app/permissions/use-can.hook';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import { DownloadErrorAlert } from '../../../app/ui/download-error-alert.component';
import { useDownload } from '../../../app/ui/use-download.hook';
import {
  InspectionConclusionDocxDocument,
  InspectionDocument,
  InspectionPlanDocument,
} from '../graphql/inspections.operations';
import { InspectionChecklistPanel } from '../checklist/inspection-checklist.panel';
import { InspectionReasons } from '../inspection-reasons.component';
import { InspectionTeam } from '../inspection-team.component';
import { InspectionStatusTag } from '../inspection-tags.component';
import { correctiveTaskSearch, inspectionPlanPath, openFindingCount } from '../inspection.util';
import { taskListPath } from '../../tasks/task-url-filters.util';
import { InspectionFindingsModal } from './inspection-findings.modal';
import { InspectionFindingsTable } from './inspection-findings-table.component';
import { InspectionReinspectModal } from './inspection-reinspect.modal';

/** One inspection: the agency, the visit, why it was chosen, its findings and their corrective tasks. */
export function InspectionPage() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const client = useApolloClient();
  const { planId = '', inspectionId = '' } = useParams();
  const canManage = useCan(Permission.INSPECTION_MANAGE);
  const [dialog, setDialog] = useState<'findings' | 'reinspect' | null>(null);
  const file = useDownload();
  const planQuery = useQuery(InspectionPlanDocument, { variables: { id: planId } });
  const { data, error, refetch } = useQuery(InspectionDocument, { variables: { id: inspectionId } });
  const inspection = data?.inspection;
  const plan = planQuery.data?.inspectionPlan;

  const back = (
    <Link to={inspectionPlanPath(planId)} data-testid="inspection-back">
      <ArrowLeftOutlined />{' '}
      {plan ? t('inspection.list.planOf', { year: plan.year }) : t('inspection.plan.backShort')}
    </Link>
  );
  if (!inspection || !plan) {
    const failure = error ?? planQuery.error;
    return (
      <Flex vertical gap={16}>
        {back}
        {failure ? (
          <ApiErrorAlert
            error={failure}
            onRetry={() => {
              void refetch();
              void planQuery.refetch();
            }}
          />
        ) : (
          <Skeleton active data-testid="inspection-loading" />
        )}
      </Flex>
    );
  }

  const done = inspection.status === InspectionStatus.DONE;
  const canRecord =
    canManage &&
    inspection.status === InspectionStatus.PLANNED &&
    plan.status === InspectionPlanStatus.APPROVED;
  const canReinspect = canManage && done && inspection.findings.length > 0;
  return (
    <Flex vertical gap={16} data-testid="inspection-page">
      {back}
      <Flex justify="space-between" align="start" wrap gap={8}>
        <Space size={[8, 4]} wrap align="center">
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="inspection-title">
            {inspection.agency?.name ?? t('inspection.unknownAgency')}
          </Typography.Title>
          <InspectionStatusTag status={inspection.status} />
        </Space>
        <Flex vertical gap={8} align="end">
          <Flex gap={8} wrap justify="end" data-testid="inspection-actions">
            {canRecord && (
              <Button
                type="primary"
                icon={<FileAddOutlined />}
                data-testid="inspection-record-findings"
                onClick={() => setDialog('findings')}
              >
                {t('inspection.findings.record')}
              </Button>
            )}
            {canReinspect && (
              <Button
                icon={<AuditOutlined />}
                data-testid="inspection-reinspect"
                onClick={() => setDialog('reinspect')}
              >
                {t('inspection.reinspect.open')}
              </Button>
            )}
            {done && (
              <Button
                icon={<DownloadOutlined />}
                data-testid="inspection-conclusion-download"
                loading={file.downloading}
                onClick={() =>
                  void file.download(async () => {
                    const result = await client.query({
                      query: InspectionConclusionDocxDocument,
                      variables: { inspectionId: inspection.id },
                      fetchPolicy: 'no-cache',
                    });
                    return result.data?.inspectionConclusionDocx;
                  })
                }
              >
                {t('inspection.conclusion')}
              </Button>
            )}
          </Flex>
          <DownloadErrorAlert
            data-testid="inspection-conclusion-error"
            error={file.error}
            onClose={file.clearError}
          />
        </Flex>
      </Flex>
      {canManage && plan.status === InspectionPlanStatus.DRAFT && (
        <Typography.Text type="secondary" data-testid="inspection-draft-hint">
          {t('inspection.findings.draftHint')}
        </Typography.Text>
      )}
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 2, lg: 3 }}
        data-testid="inspection-header"
        items={[
          {
            key: 'level',
            label: t('inspection.fields.level'),
            children: inspection.agency ? t(`agency.level.${inspection.agency.level}`) : '—',
          },
          {
            key: 'month',
            label: t('inspection.fields.month'),
            children: inspection.month
              ? t('inspection.monthOfYear', { month: inspection.month, year: plan.year })
              : t('inspection.unscheduled'),
          },
          {
            key: 'team',
            label: t('inspection.fields.team'),
            children: <InspectionTeam team={inspection.team} testId="inspection-team" />,
          },
          {
            key: 'conductedOn',
            label: t('inspection.fields.conductedOn'),
            children: fmt.date(inspection.conductedOn),
          },
          {
            key: 'reinspectedOn',
            label: t('inspection.fields.reinspectedOn'),
            children: fmt.date(inspection.reinspectedOn),
          },
          {
            key: 'open',
            label: t('inspection.fields.openFindings'),
            children: fmt.number(openFindingCount(inspection.findings)),
          },
          {
            key: 'reasons',
            label: t('inspection.fields.reasons'),
            span: 'filled',
            children: (
              <Space orientation="vertical" size={0}>
                {inspection.score !== null && inspection.score !== undefined && (
                  <Typography.Text strong>
                    {t('inspection.score', { score: fmt.number(inspection.score) })}
                  </Typography.Text>
                )}
                <InspectionReasons reasons={inspection.reasons} />
              </Space>
            ),
          },
        ]}
      />
      <Card
        size="small"
        title={t('inspection.findings.title')}
        extra={
          inspection.findings.length > 0 && (
            <Link
              data-testid="inspection-agency-tasks"
              to={taskListPath({ lead: inspection.agencyId, q: correctiveTaskSearch(inspection.id) })}
            >
              {t('inspection.findings.agencyTasks')}
            </Link>
          )
        }
      >
        <InspectionFindingsTable inspection={inspection} />
      </Card>
      <InspectionChecklistPanel inspectionId={inspection.id} canEdit={canManage} />
      {dialog === 'findings' && (
        <InspectionFindingsModal inspection={inspection} year={plan.year} onClose={() => setDialog(null)} />
      )}
      {dialog === 'reinspect' && (
        <InspectionReinspectModal inspection={inspection} onClose={() => setDialog(null)} />
      )}
    </Flex>
  );
}
