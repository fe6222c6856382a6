import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MeasurementStatus } from '@partrack/shared';
import { MeasurementsDocument } from '../graphql/measurement.operations';
import { MeasurementReviewActions } from '../review/measurement-review-actions.component';
import { MeasurementTable } from '../review/measurement-table.component';

/**
 * Approved figures under the agency shown in the breakdown, for the period: where a coordinator reopens a
 * figure that turned out wrong after it was counted.
 */
export function IndicatorApprovedFigures({
  indicatorId,
  agencyId,
  period,
}: {
  indicatorId: string;
  agencyId: string;
  period: string;
}) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MeasurementsDocument, {
    variables: {
      filter: { indicatorId, agencyId, period, statuses: [MeasurementStatus.APPROVED] },
      first: 100,
    },
  });
  return (
    <MeasurementTable
      data-testid="approved-figures"
      connection={data?.measurements}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      showIndicator={false}
      emptyText={t('indicator.detail.noApprovedFigures')}
      actions={(row) => <MeasurementReviewActions row={row} />}
    />
  );
}
