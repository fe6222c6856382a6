import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MeasurementStatus } from '@partrack/shared';
import { MeasurementStatusTag } from '../indicator-tags.component';
import type { Entry, RowApiError } from './measurement-entry.util';

/**
 * Where the row stands: not entered yet, a draft, submitted or approved (read-only, with why), or returned
 * with the coordinator's comment; plus an API error that belongs to no single input.
 */
export function EntryRowStatus({
  entry,
  changed,
  apiError,
}: {
  entry: Entry;
  changed: boolean;
  apiError: RowApiError | undefined;
}) {
  const { t } = useTranslation();
  const m = entry.measurement;
  const code = entry.indicator.code;
  return (
    <Flex vertical gap={4} align="start" data-testid={`entry-status-${code}`}>
      {m ? (
        <MeasurementStatusTag status={m.status} />
      ) : (
        <Typography.Text type="secondary">{t('indicator.entry.notEntered')}</Typography.Text>
      )}
      {changed && <Typography.Text type="warning">{t('indicator.entry.unsaved')}</Typography.Text>}
      {m?.status === MeasurementStatus.SUBMITTED && (
        <Typography.Text type="secondary">{t('indicator.entry.lockedSubmitted')}</Typography.Text>
      )}
      {m?.status === MeasurementStatus.APPROVED && (
        <Typography.Text type="secondary">{t('indicator.entry.lockedApproved')}</Typography.Text>
      )}
      {m?.status === MeasurementStatus.RETURNED && m.reviewComment && (
        <Alert
          type="warning"
          showIcon
          data-testid={`entry-returned-${code}`}
          title={t('indicator.entry.returnedComment', { comment: m.reviewComment })}
        />
      )}
      {apiError?.general && (
        <Typography.Text type="danger" role="alert" data-testid={`entry-error-${code}`}>
          {apiError.general}
        </Typography.Text>
      )}
    </Flex>
  );
}
