import { useMemo, useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { Permission } from '@partrack/shared';
import { useSession } from '../../../app/auth/session.context';
import { useCan } from '../../../app/permissions/use-can.hook';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import { useErrorMessage } from '../../../app/ui/use-error-message.hook';
import { patchParams } from '../../indicators/indicator-url.util';
import { MyReports } from '../agency-report/my-reports.component';
import { OpenReportingRoundDocument, ReportingCalendarDocument } from '../graphql/reporting-round.operations';
import { invalidateReportLists } from '../report-cache';
import { readsWholeProvince } from '../report-editing.util';
import { currentReportYear, roundPath, yearParam } from '../report-url.util';
import { calendarRows, type CalendarRow } from './report-calendar.util';
import { ReportRoundFormModal } from './report-round-form.modal';
import { ReportingCalendar } from './reporting-calendar.component';

/** Five years back and one ahead, plus whatever year the URL asks for. */
function yearOptions(year: number): number[] {
  const current = currentReportYear();
  const years = new Set<number>([year]);
  for (let y = current + 1; y >= current - 5; y -= 1) years.add(y);
  return [...years].sort((a, b) => b - a);
}

/**
 * `/reports`: the year's reporting calendar with each round's state (year in the URL), where coordinators
 * open rounds or create ad hoc ones, and — for agency staff — their own agency's reports.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const year = yearParam(params);
  const canReview = useCan(Permission.REPORT_REVIEW);
  const canWrite = useCan(Permission.REPORT_WRITE);
  const canTrack = session ? readsWholeProvince(session.user.role) : false;
  const agencyId = session?.user.agencyId ?? null;
  const [creating, setCreating] = useState(false);
  const [opening, setOpening] = useState<string | null>(null);
  const calendar = useQuery(ReportingCalendarDocument, { variables: { year } });
  const [open] = useMutation(OpenReportingRoundDocument, { update: invalidateReportLists });
  const data = calendar.data ?? calendar.previousData;
  const rows = useMemo(() => (data ? calendarRows(data.reportingPeriods, data.reportingRounds) : []), [data]);

  const openRound = async (row: CalendarRow) => {
    setOpening(row.key);
    try {
      await open({ variables: { input: { kind: row.kind, year } } });
      void message.success(t('report.rounds.opened'));
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      setOpening(null);
    }
  };

  const mine = canWrite && agencyId ? <MyReports agencyId={agencyId} /> : null;
  const calendarCard = (
    <Card
      title={t('report.rounds.calendarTitle', { year })}
      extra={
        canReview && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="round-create-adhoc"
            onClick={() => setCreating(true)}
          >
            {t('report.rounds.createAdHoc')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('report.rounds.calendarHint')}</Typography.Paragraph>
      {calendar.error && !data ? (
        <ApiErrorAlert error={calendar.error} onRetry={() => void calendar.refetch()} />
      ) : (
        <ReportingCalendar
          rows={rows}
          loading={calendar.loading}
          canOpen={canReview}
          canTrack={canTrack}
          opening={opening}
          onOpen={(row) => void openRound(row)}
        />
      )}
    </Card>
  );

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('report.rounds.title')}
        </Typography.Title>
        <Select
          data-testid="report-year"
          aria-label={t('report.rounds.year')}
          value={year}
          onChange={(value: number) =>
            setParams(patchParams(params, { year: String(value) }, { year: String(currentReportYear()) }))
          }
          options={yearOptions(year).map((value) => ({
            value,
            label: `${t('report.rounds.year')} ${value}`,
          }))}
          style={{ minWidth: 160 }}
        />
      </Flex>
      {/* Agency staff come for their own report first; coordinators for the calendar. */}
      {canReview ? (
        <>
          {calendarCard}
          {mine}
        </>
      ) : (
        <>
          {mine}
          {calendarCard}
        </>
      )}
      {creating && (
        <ReportRoundFormModal
          year={year}
          onClose={() => setCreating(false)}
          onCreated={(roundId) => {
            setCreating(false);
            void navigate(roundPath(roundId));
          }}
        />
      )}
    </Flex>
  );
}
