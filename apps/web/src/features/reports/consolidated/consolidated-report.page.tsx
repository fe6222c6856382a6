import { useState, type ReactNode } from 'react';
import { ArrowLeftOutlined, EyeOutlined, FileAddOutlined, RedoOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Empty, Flex, Form, Popconfirm, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ConsolidatedReportStatus, Permission } from '@partrack/shared';
import { toApiError } from '../../../app/apollo/api-error';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { useCan } from '../../../app/permissions/use-can.hook';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import { useErrorMessage } from '../../../app/ui/use-error-message.hook';
import type { ConsolidatedReportQuery, ReportFileFormat } from '../../../gql/graphql';
import { periodLabel } from '../../indicators/indicator-period.util';
import { ReportDataSections } from '../document/report-data-sections.component';
import { ReportDocument } from '../document/report-document.component';
import { ReportDownloads } from '../document/report-downloads.component';
import { ReportPreviewModal } from '../document/report-preview.modal';
import {
  ConsolidatedReportDocument,
  ExportConsolidatedReportDocument,
  GenerateConsolidatedReportDocument,
} from '../graphql/consolidated-report.operations';
import { narrativeOfValues, type NarrativeValues } from '../report-editing.util';
import { ConsolidatedStatusTag } from '../report-tags.component';
import { roundPath } from '../report-url.util';
import { CompletenessCounters } from '../rounds/completeness-counters.component';
import { CompletenessTable } from '../rounds/completeness-table.component';
import { ConsolidatedEditor } from './consolidated-editor.component';

type Round = ConsolidatedReportQuery['reportingRound'];
type Report = NonNullable<ConsolidatedReportQuery['consolidatedReport']>;

/** `/reports/rounds/:id/consolidated`: the province's report of a round, generated, edited and finalised. */
export function ConsolidatedReportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const canReview = useCan(Permission.REPORT_REVIEW);
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ConsolidatedReportDocument, {
    variables: { roundId: id },
  });
  const [generate, generating] = useMutation(GenerateConsolidatedReportDocument, {
    refetchQueries: [ConsolidatedReportDocument],
  });
  const round = data?.reportingRound;

  if (loading && !round)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 12 }} />
      </Card>
    );
  if (!round) {
    return (
      <Card>
        {error && toApiError(error).code !== 'NOT_FOUND' ? (
          <ApiErrorAlert error={error} onRetry={() => void refetch()} />
        ) : (
          <Empty description={t('report.dashboard.notFound')} />
        )}
      </Card>
    );
  }

  const run = async (redraw: boolean) => {
    try {
      await generate({ variables: { roundId: round.id, redraw } });
      void message.success(t(redraw ? 'report.consolidated.redrawn' : 'report.consolidated.generated'));
    } catch (caught) {
      void message.error(errorMessage(caught));
    }
  };

  const report = data.consolidatedReport;
  if (!report) {
    return (
      <Flex vertical gap={16}>
        <RoundHeading round={round} />
        <Card data-testid="consolidated-empty">
          <Empty
            description={t(
              canReview ? 'report.consolidated.notGenerated' : 'report.consolidated.notGeneratedReader',
            )}
          >
            {canReview && (
              <Flex vertical align="center" gap={8}>
                <Typography.Text type="secondary">{t('report.consolidated.generateHint')}</Typography.Text>
                <Button
                  type="primary"
                  icon={<FileAddOutlined />}
                  loading={generating.loading}
                  data-testid="consolidated-generate"
                  onClick={() => void run(false)}
                >
                  {t('report.consolidated.generate')}
                </Button>
              </Flex>
            )}
          </Empty>
        </Card>
      </Flex>
    );
  }
  return (
    <ConsolidatedView
      round={round}
      report={report}
      canEdit={canReview && report.status === ConsolidatedReportStatus.DRAFT}
      redrawing={generating.loading}
      onRedraw={() => run(true)}
      onRefetch={refetch}
    />
  );
}

function RoundHeading({ round, extra }: { round: Round; extra?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div>
      <Link to={roundPath(round.id)}>
        <ArrowLeftOutlined /> {t('report.consolidated.back')}
      </Link>
      <Flex justify="space-between" align="start" wrap gap={8} style={{ marginTop: 8 }}>
        <Space orientation="vertical" size={0}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="consolidated-title">
            {t('report.consolidated.title')}
          </Typography.Title>
          <Typography.Text strong>
            {round.title} · {periodLabel(round.period, t)}
          </Typography.Text>
        </Space>
        {extra}
      </Flex>
    </div>
  );
}

interface ConsolidatedViewProps {
  round: Round;
  report: Report;
  canEdit: boolean;
  redrawing: boolean;
  onRedraw: () => Promise<void>;
  onRefetch: () => Promise<unknown>;
}

function ConsolidatedView({ round, report, canEdit, redrawing, onRedraw, onRefetch }: ConsolidatedViewProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const client = useApolloClient();
  const canReview = useCan(Permission.REPORT_REVIEW);
  const [form] = Form.useForm<NarrativeValues>();
  const [previewing, setPreviewing] = useState(false);
  // Remounts the editor with the stored text after a redraw or a conflict reload.
  const [editorKey, setEditorKey] = useState(0);
  const final = report.status === ConsolidatedReportStatus.FINAL;

  const fetchFile = async (format: ReportFileFormat) => {
    const result = await client.query({
      query: ExportConsolidatedReportDocument,
      variables: { id: report.id, format },
      fetchPolicy: 'no-cache',
    });
    return result.data?.exportConsolidatedReport;
  };

  const documentProps = (fromForm: boolean) => {
    const values = fromForm ? (form.getFieldsValue(true) as NarrativeValues) : null;
    return {
      // The issuer is the coordinators' agency, which the Word export names; the preview leaves it out.
      issuer: null,
      summary: round.title,
      documentNumber: values ? values.documentNumber.trim() || null : report.documentNumber,
      draft: !final,
      narrative: values ? narrativeOfValues(values) : report.narrative,
      data: report.data,
      completeness: report.completeness.agencies,
      signerName: values ? values.signerName.trim() || null : report.signerName,
      signerTitle: values ? values.signerTitle.trim() || null : report.signerTitle,
    };
  };

  return (
    <Flex vertical gap={16} data-testid="consolidated-page">
      <RoundHeading
        round={round}
        extra={
          <Flex vertical align="end" gap={8}>
            <Space wrap>
              <ConsolidatedStatusTag status={report.status} />
              <Button icon={<EyeOutlined />} data-testid="report-preview" onClick={() => setPreviewing(true)}>
                {t('report.editor.preview')}
              </Button>
              {canEdit && (
                <Popconfirm
                  title={t('report.consolidated.redrawConfirm')}
                  okText={t('report.consolidated.redraw')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => void onRedraw().then(() => setEditorKey((key) => key + 1))}
                >
                  <Button icon={<RedoOutlined />} loading={redrawing} data-testid="consolidated-redraw">
                    {t('report.consolidated.redraw')}
                  </Button>
                </Popconfirm>
              )}
            </Space>
            <ReportDownloads fetchFile={fetchFile} />
          </Flex>
        }
      />
      {final && (
        <Alert
          type="success"
          showIcon
          data-testid="consolidated-final"
          title={t('report.consolidated.finalNote', { date: fmt.date(report.finalisedAt) })}
        />
      )}
      {!final && !canReview && <Alert type="info" showIcon title={t('report.consolidated.readerNote')} />}
      {canEdit ? (
        <ConsolidatedEditor
          key={editorKey}
          report={report}
          form={form}
          onReload={() => void onRefetch().then(() => setEditorKey((key) => key + 1))}
        />
      ) : (
        <Card title={t('report.editor.narrativeTitle')}>
          <ReportDocument {...documentProps(false)} showTables={false} />
        </Card>
      )}
      <Card title={t('report.consolidated.completenessTitle')}>
        <Flex vertical gap={16}>
          <CompletenessCounters counts={report.completeness} />
          <CompletenessTable lines={report.completeness.agencies} emptyText={t('report.dashboard.empty')} />
        </Flex>
      </Card>
      <ReportDataSections
        data={report.data}
        frozen={final}
        variant="consolidated"
        title={t('report.consolidated.statsTitle')}
      />
      {previewing && (
        <ReportPreviewModal
          document={documentProps(canEdit)}
          unsaved={canEdit}
          onClose={() => setPreviewing(false)}
        />
      )}
    </Flex>
  );
}
