import { useState } from 'react';
import { CheckOutlined, HistoryOutlined, RollbackOutlined, UnlockOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Popconfirm, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { MeasurementDecision, MeasurementStatus } from '@partrack/shared';
import { useErrorMessage } from '../../../app/ui/use-error-message.hook';
import type { MeasurementRowFieldsFragment } from '../../../gql/graphql';
import { ReopenMeasurementDocument, ReviewMeasurementDocument } from '../graphql/measurement.operations';
import { invalidateFigures } from '../indicator-cache';
import { MeasurementHistoryDrawer } from './measurement-history.drawer';
import { MeasurementReasonModal } from './measurement-reason.modal';

type Dialog = 'return' | 'reopen' | 'history' | null;

/**
 * A coordinator's actions on one figure: approve or return (with a reason) a submitted one, reopen an
 * approved one (with a reason), and read its history. Each sends the version on screen (optimistic lock).
 */
export function MeasurementReviewActions({ row }: { row: MeasurementRowFieldsFragment }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [review, reviewing] = useMutation(ReviewMeasurementDocument, { update: invalidateFigures });
  const [reopen] = useMutation(ReopenMeasurementDocument, { update: invalidateFigures });
  const label = `${row.agency.name} · ${row.indicator.code}`;

  const approve = async () => {
    try {
      await review({
        variables: { input: { id: row.id, decision: MeasurementDecision.APPROVE, version: row.version } },
      });
      void message.success(t('indicator.review.approved', { label }));
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  const sendBack = async (comment: string) => {
    await review({
      variables: {
        input: { id: row.id, decision: MeasurementDecision.RETURN, version: row.version, comment },
      },
    });
    setDialog(null);
    void message.success(t('indicator.review.returned', { label }));
  };

  const unlock = async (reason: string) => {
    await reopen({ variables: { input: { id: row.id, version: row.version, reason } } });
    setDialog(null);
    void message.success(t('indicator.review.reopened', { label }));
  };

  return (
    <>
      <Space size={4} wrap>
        {row.status === MeasurementStatus.SUBMITTED && (
          <>
            <Popconfirm
              title={t('indicator.review.approveConfirm', { label })}
              okText={t('indicator.review.approve')}
              cancelText={t('common.cancel')}
              onConfirm={() => void approve()}
            >
              <Button
                size="small"
                type="primary"
                icon={<CheckOutlined />}
                loading={reviewing.loading}
                data-testid={`review-approve-${row.id}`}
              >
                {t('indicator.review.approve')}
              </Button>
            </Popconfirm>
            <Button
              size="small"
              danger
              icon={<RollbackOutlined />}
              data-testid={`review-return-${row.id}`}
              onClick={() => setDialog('return')}
            >
              {t('indicator.review.return')}
            </Button>
          </>
        )}
        {row.status === MeasurementStatus.APPROVED && (
          <Button
            size="small"
            icon={<UnlockOutlined />}
            data-testid={`review-reopen-${row.id}`}
            onClick={() => setDialog('reopen')}
          >
            {t('indicator.review.reopen')}
          </Button>
        )}
        <Tooltip title={t('indicator.history.title')}>
          <Button
            size="small"
            icon={<HistoryOutlined />}
            aria-label={t('indicator.history.title')}
            data-testid={`review-history-${row.id}`}
            onClick={() => setDialog('history')}
          />
        </Tooltip>
      </Space>
      {dialog === 'return' && (
        <MeasurementReasonModal
          title={t('indicator.review.returnTitle', { label })}
          okText={t('indicator.review.return')}
          hint={t('indicator.review.returnHint')}
          onSubmit={sendBack}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'reopen' && (
        <MeasurementReasonModal
          title={t('indicator.review.reopenTitle', { label })}
          okText={t('indicator.review.reopen')}
          hint={t('indicator.review.reopenHint')}
          onSubmit={unlock}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'history' && (
        <MeasurementHistoryDrawer
          measurementId={row.id}
          unit={row.indicator.unit}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
