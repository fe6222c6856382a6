import { AgencyLevel, ReportKind, ReportRoundKind } from '@partrack/shared';
import type { ReportingCalendarQuery } from '../../../gql/graphql';

type Period = ReportingCalendarQuery['reportingPeriods'][number];
export type CalendarRound = ReportingCalendarQuery['reportingRounds'][number];

/** One line of the year's calendar: a periodic report (opened or not) or an ad hoc round. */
export interface CalendarRow {
  key: string;
  kind: ReportRoundKind;
  /** The round's title once opened; null for a periodic report not opened yet. */
  title: string | null;
  period: string;
  dataFrom: string;
  dataTo: string;
  dueDate: string;
  dueByLevel: { level: AgencyLevel; date: string }[];
  round: CalendarRound | null;
}

/** The calendar's kinds are the periodic kinds of a round. */
const ROUND_KIND: Readonly<Record<ReportKind, ReportRoundKind>> = {
  [ReportKind.Q1]: ReportRoundKind.Q1,
  [ReportKind.H1]: ReportRoundKind.H1,
  [ReportKind.Q3]: ReportRoundKind.Q3,
  [ReportKind.YEAR]: ReportRoundKind.YEAR,
};

const ALL_LEVELS: readonly AgencyLevel[] = [AgencyLevel.PROVINCE, AgencyLevel.DISTRICT, AgencyLevel.COMMUNE];

function dueOf(
  dates: { dueProvince: string; dueDistrict: string; dueCommune: string },
  level: AgencyLevel,
): string {
  if (level === AgencyLevel.COMMUNE) return dates.dueCommune;
  return level === AgencyLevel.DISTRICT ? dates.dueDistrict : dates.dueProvince;
}

/**
 * The four periodic reports of the year (with their round when it was opened) and the ad hoc rounds, by due
 * date. An opened round's own dates win over the calendar's: they were fixed when it was opened.
 */
export function calendarRows(periods: readonly Period[], rounds: readonly CalendarRound[]): CalendarRow[] {
  const periodic: CalendarRow[] = periods.map((period) => {
    const kind = ROUND_KIND[period.kind];
    const round = rounds.find((candidate) => candidate.kind === kind) ?? null;
    const dates = round ?? period;
    const levels = round ? ALL_LEVELS.filter((level) => round.levels.includes(level)) : ALL_LEVELS;
    return {
      key: round?.id ?? kind,
      kind,
      title: round?.title ?? null,
      period: dates.period,
      dataFrom: dates.dataFrom,
      dataTo: dates.dataTo,
      dueDate: dates.dueDate,
      dueByLevel: levels.map((level) => ({ level, date: dueOf(dates, level) })),
      round,
    };
  });
  const adHoc: CalendarRow[] = rounds
    .filter((round) => round.kind === ReportRoundKind.AD_HOC)
    .map((round) => ({
      key: round.id,
      kind: round.kind,
      title: round.title,
      period: round.period,
      dataFrom: round.dataFrom,
      dataTo: round.dataTo,
      dueDate: round.dueDate,
      dueByLevel: ALL_LEVELS.filter((level) => round.levels.includes(level)).map((level) => ({
        level,
        date: dueOf(round, level),
      })),
      round,
    }));
  return [...periodic, ...adHoc].sort(
    (a, b) => a.dueDate.localeCompare(b.dueDate) || a.key.localeCompare(b.key),
  );
}
