import { useState } from 'react';
import { ArrowLeftOutlined, EyeOutlined } from '@ant-design/icons';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Empty, Flex, Form, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Permission, ReportAction, ReportStatus, Role } from '@partrack/shared';
import { toApiError } from '../../../app/apollo/api-error';
import { useSession } from '../../../app/auth/session.context';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { useCan } from '../../../app/permissions/use-can.hook';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import type { AgencyReportQuery, ReportFileFormat } from '../../../gql/graphql';
import { periodLabel } from '../../indicators/indicator-period.util';
import { todayInVietnam } from '../../tasks/task-dates.util';
import { ReportDataSections } from '../document/report-data-sections.component';
import { ReportDocument } from '../document/report-document.component';
import { ReportDownloads } from '../document/report-downloads.component';
import { ReportPreviewModal } from '../document/report-preview.modal';
import { AgencyReportDocument, ExportAgencyReportDocument } from '../graphql/agency-report.operations';
import { isOverdueLine } from '../report-completeness.util';
import {
  latestReviewComment,
  narrativeOfValues,
  readsWholeProvince,
  reportEditAccess,
  type NarrativeValues,
} from '../report-editing.util';
import { LateTag, OverdueTag, ReportStatusTag } from '../report-tags.component';
import { roundPath } from '../report-url.util';
import { AgencyReportEditor } from './agency-report-editor.component';
import { ReportAttachments } from './report-attachments.component';
import { ReportEvents } from './report-events.component';
import { ReportReviewActions } from './report-review-actions.component';

type Report = AgencyReportQuery['agencyReport'];

/** `/reports/:id`: one agency's report, editable by its staff while it is with them, read-only otherwise. */
export function AgencyReportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(AgencyReportDocument, { variables: { id } });
  const report = data?.agencyReport;

  if (loading && !report)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 14 }} />
      </Card>
    );
  if (!report) {
    return (
      <Card>
        {error && toApiError(error).code !== 'NOT_FOUND' ? (
          <ApiErrorAlert error={error} onRetry={() => void refetch()} />
        ) : (
          <Empty description={t('report.editor.notFound')} />
        )}
      </Card>
    );
  }
  return <AgencyReportView report={report} refetch={refetch} />;
}

function AgencyReportView({ report, refetch }: { report: Report; refetch: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const client = useApolloClient();
  const session = useSession();
  const canWrite = useCan(Permission.REPORT_WRITE);
  const canReview = useCan(Permission.REPORT_REVIEW);
  const [form] = Form.useForm<NarrativeValues>();
  const [previewing, setPreviewing] = useState(false);
  const [reloadKey, setReloadKey] = useState(0);
  const role = session?.user.role ?? Role.VIEWER;
  const access = reportEditAccess({
    role,
    canWrite,
    userAgencyId: session?.user.agencyId ?? null,
    reportAgencyId: report.agencyId,
    status: report.status,
  });
  const review = report.status === ReportStatus.RETURNED ? latestReviewComment(report.events) : null;

  const fetchFile = async (format: ReportFileFormat) => {
    const result = await client.query({
      query: ExportAgencyReportDocument,
      variables: { id: report.id, format },
      fetchPolicy: 'no-cache',
    });
    return result.data?.exportAgencyReport;
  };

  // The preview of an open editor shows what is typed, saved or not; the form exists only once it is mounted,
  // so its values are read when the preview opens, not on every render.
  const documentProps = (fromForm: boolean) => {
    const values = fromForm ? (form.getFieldsValue(true) as NarrativeValues) : null;
    return {
      issuer: report.agency.name,
      summary: report.round.title,
      documentNumber: values ? values.documentNumber.trim() || null : report.documentNumber,
      draft: report.status !== ReportStatus.ACCEPTED,
      narrative: values ? narrativeOfValues(values) : report.narrative,
      data: report.data,
      signerName: values ? values.signerName.trim() || null : report.signerName,
      signerTitle: values ? values.signerTitle.trim() || null : report.signerTitle,
    };
  };

  return (
    <Flex vertical gap={16} data-testid="report-page">
      <div>
        <Link to={readsWholeProvince(role) ? roundPath(report.roundId) : '/reports'}>
          <ArrowLeftOutlined />{' '}
          {t(readsWholeProvince(role) ? 'report.editor.backToRound' : 'report.editor.backToMine')}
        </Link>
        <Flex justify="space-between" align="start" wrap gap={8} style={{ marginTop: 8 }}>
          <Space orientation="vertical" size={4}>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="report-title">
              {t('report.editor.title', { agency: report.agency.name })}
            </Typography.Title>
            <Typography.Text strong>
              {report.round.title} · {periodLabel(report.round.period, t)}
            </Typography.Text>
            <Space size={8} wrap data-testid="report-header">
              <ReportStatusTag status={report.status} />
              {report.late && report.submittedAt && <LateTag />}
              {isOverdueLine(report, todayInVietnam()) && <OverdueTag />}
              <Typography.Text>
                {t('report.editor.dueDate', { date: fmt.date(report.dueDate) })}
              </Typography.Text>
              {report.submittedAt && (
                <Typography.Text type="secondary">
                  {t('report.editor.submittedAt', { time: fmt.dateTime(report.submittedAt) })}
                </Typography.Text>
              )}
              <Typography.Text type="secondary">
                {t('report.editor.window', {
                  from: fmt.date(report.round.dataFrom),
                  to: fmt.date(report.round.dataTo),
                })}
              </Typography.Text>
            </Space>
          </Space>
          <Flex vertical align="end" gap={8}>
            <Space wrap>
              <Button icon={<EyeOutlined />} data-testid="report-preview" onClick={() => setPreviewing(true)}>
                {t('report.editor.preview')}
              </Button>
              {canReview && <ReportReviewActions report={report} onDone={() => void refetch()} />}
            </Space>
            <ReportDownloads fetchFile={fetchFile} />
          </Flex>
        </Flex>
      </div>
      {review && (
        <Alert
          type="warning"
          showIcon
          data-testid="report-return-comment"
          title={t(
            review.action === ReportAction.REOPEN
              ? 'report.editor.reopenedTitle'
              : 'report.editor.returnedTitle',
            {
              comment: review.comment ?? '',
            },
          )}
          description={t('report.editor.returnedBy', {
            who: review.actorLabel ?? t('report.events.unknown'),
            time: fmt.dateTime(review.createdAt),
          })}
        />
      )}
      {access.reason && (
        <Alert
          type="info"
          showIcon
          data-testid="report-readonly"
          data-reason={access.reason}
          title={t('report.editor.readOnlyTitle')}
          description={t(`report.editor.readOnly.${access.reason}`, { agency: report.agency.name })}
        />
      )}
      {access.editable ? (
        <AgencyReportEditor
          key={reloadKey}
          report={report}
          form={form}
          onRefresh={refetch}
          onReload={() => void refetch().then(() => setReloadKey((key) => key + 1))}
        />
      ) : (
        <Card title={t('report.editor.narrativeTitle')}>
          <ReportDocument {...documentProps(false)} showTables={false} />
        </Card>
      )}
      <ReportAttachments
        reportId={report.id}
        attachments={report.attachments}
        editable={access.editable}
        onChanged={() => void refetch()}
      />
      <ReportDataSections data={report.data} frozen={report.frozen} />
      <ReportEvents events={report.events} />
      {previewing && (
        <ReportPreviewModal
          document={documentProps(access.editable)}
          unsaved={access.editable}
          onClose={() => setPreviewing(false)}
        />
      )}
    </Flex>
  );
}
