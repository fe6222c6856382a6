import { useQuery } from '@apollo/client/react';
import { Drawer, Empty, Skeleton, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IndicatorUnit } from '@partrack/shared';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import { MeasurementHistoryDocument } from '../graphql/measurement.operations';
import { MeasurementStatusTag } from '../indicator-tags.component';
import { useIndicatorFormat } from '../use-indicator-format.hook';

const ACTION_COLORS: Readonly<Record<string, string>> = {
  APPROVE: 'green',
  RETURN: 'orange',
  REOPEN: 'orange',
  SUBMIT: 'blue',
};

/** Every version and review step of a figure, newest first: who changed what, and why it was returned. */
export function MeasurementHistoryDrawer({
  measurementId,
  unit,
  onClose,
}: {
  measurementId: string;
  unit: IndicatorUnit;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  const format = useIndicatorFormat();
  const { data, loading, error, refetch } = useQuery(MeasurementHistoryDocument, {
    variables: { id: measurementId },
    fetchPolicy: 'network-only',
  });
  const history = data?.measurement.history ?? [];

  let body;
  if (loading && !data) body = <Skeleton active />;
  else if (error && !data) body = <ApiErrorAlert error={error} onRetry={() => void refetch()} />;
  else if (history.length === 0) body = <Empty description={t('indicator.history.empty')} />;
  else
    body = (
      <Timeline
        data-testid="measurement-history"
        items={history.map((step) => ({
          key: step.id,
          color: ACTION_COLORS[step.action] ?? 'gray',
          content: (
            <>
              <Typography.Text strong>{t(`indicator.history.action.${step.action}`)}</Typography.Text>{' '}
              <MeasurementStatusTag status={step.status} />
              <div>
                <Typography.Text type="secondary">
                  {dateTime(step.createdAt)} · {step.actorLabel ?? t('indicator.history.system')}
                </Typography.Text>
              </div>
              <div>
                {t('indicator.history.figure', {
                  value: format.value(step.value, unit),
                  parts: format.ratio(step.numerator, step.denominator) ?? '—',
                })}
              </div>
              {step.note && <div>{t('indicator.history.note', { note: step.note })}</div>}
              {step.comment && (
                <Typography.Text type="warning">
                  {t('indicator.review.comment', { comment: step.comment })}
                </Typography.Text>
              )}
            </>
          ),
        }))}
      />
    );

  return (
    <Drawer open title={t('indicator.history.title')} onClose={onClose} size={480} destroyOnHidden>
      {body}
    </Drawer>
  );
}
