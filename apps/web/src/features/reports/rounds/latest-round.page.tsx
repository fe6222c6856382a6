import { useQuery } from '@apollo/client/react';
import { Button, Card, Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import { todayInVietnam } from '../../tasks/task-dates.util';
import { LatestRoundsDocument } from '../graphql/reporting-round.operations';
import { roundPath } from '../report-url.util';

/**
 * The round a coordinator is following now: the nearest one still to come, else the latest one past
 * (rounds arrive latest due date first).
 */
export function currentRoundId(
  rounds: readonly { id: string; dueDate: string }[],
  today: string,
): string | null {
  const upcoming = rounds.filter((round) => round.dueDate >= today);
  return (upcoming[upcoming.length - 1] ?? rounds[0])?.id ?? null;
}

/** `/reports/rounds`: the menu's "reporting status" entry, which opens the current round's dashboard. */
export function LatestRoundPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(LatestRoundsDocument, { fetchPolicy: 'network-only' });

  if (loading && !data)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  if (error && !data)
    return (
      <Card>
        <ApiErrorAlert error={error} onRetry={() => void refetch()} />
      </Card>
    );
  const id = currentRoundId(data?.reportingRounds ?? [], todayInVietnam());
  if (id) return <Navigate to={roundPath(id)} replace />;
  return (
    <Card>
      <Empty description={t('report.dashboard.noRound')}>
        <Button type="primary" onClick={() => void navigate('/reports')}>
          {t('nav.reportRounds')}
        </Button>
      </Empty>
    </Card>
  );
}
