import { useState } from 'react';
import { CheckOutlined, RollbackOutlined, UnlockOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ReportDecision, ReportStatus } from '@partrack/shared';
import { useErrorMessage } from '../../../app/ui/use-error-message.hook';
import { ReopenAgencyReportDocument, ReviewAgencyReportDocument } from '../graphql/agency-report.operations';
import { invalidateReportLists } from '../report-cache';
import { ReportCommentModal } from './report-comment.modal';

interface ReviewedReport {
  id: string;
  status: ReportStatus;
  version: number;
  agency: { name: string };
}

/**
 * A coordinator's decisions (REPORT_REVIEW; the caller checks): accept or return (with a required comment) a
 * submitted report, reopen an accepted one (comment too). Each sends the version on screen; `onDone` refetches
 * the report so its events and data (live again after a return) are current.
 */
export function ReportReviewActions({ report, onDone }: { report: ReviewedReport; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const [dialog, setDialog] = useState<'return' | 'reopen' | null>(null);
  const [review, reviewing] = useMutation(ReviewAgencyReportDocument, { update: invalidateReportLists });
  const [reopen] = useMutation(ReopenAgencyReportDocument, { update: invalidateReportLists });
  const agency = report.agency.name;

  const accept = async () => {
    try {
      await review({
        variables: { input: { id: report.id, decision: ReportDecision.ACCEPT, version: report.version } },
      });
      void message.success(t('report.review.accepted'));
      onDone();
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  const sendBack = async (comment: string) => {
    await review({
      variables: {
        input: { id: report.id, decision: ReportDecision.RETURN, version: report.version, comment },
      },
    });
    setDialog(null);
    void message.success(t('report.review.returned'));
    onDone();
  };

  const unlock = async (comment: string) => {
    await reopen({ variables: { id: report.id, version: report.version, comment } });
    setDialog(null);
    void message.success(t('report.review.reopened'));
    onDone();
  };

  if (report.status !== ReportStatus.SUBMITTED && report.status !== ReportStatus.ACCEPTED) return null;
  return (
    <>
      <Space wrap data-testid="report-review-actions">
        {report.status === ReportStatus.SUBMITTED && (
          <>
            <Popconfirm
              title={t('report.review.acceptConfirm', { agency })}
              okText={t('report.review.accept')}
              cancelText={t('common.cancel')}
              okButtonProps={{ 'data-testid': 'report-accept-confirm' }}
              onConfirm={() => void accept()}
            >
              <Button
                type="primary"
                icon={<CheckOutlined />}
                loading={reviewing.loading}
                data-testid="report-accept"
              >
                {t('report.review.accept')}
              </Button>
            </Popconfirm>
            <Button
              danger
              icon={<RollbackOutlined />}
              data-testid="report-return"
              onClick={() => setDialog('return')}
            >
              {t('report.review.return')}
            </Button>
          </>
        )}
        {report.status === ReportStatus.ACCEPTED && (
          <Button icon={<UnlockOutlined />} data-testid="report-reopen" onClick={() => setDialog('reopen')}>
            {t('report.review.reopen')}
          </Button>
        )}
      </Space>
      {dialog === 'return' && (
        <ReportCommentModal
          title={t('report.review.returnTitle', { agency })}
          okText={t('report.review.return')}
          hint={t('report.review.returnHint')}
          onSubmit={sendBack}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'reopen' && (
        <ReportCommentModal
          title={t('report.review.reopenTitle', { agency })}
          okText={t('report.review.reopen')}
          hint={t('report.review.reopenHint')}
          onSubmit={unlock}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
