import {
  ALL_REPORT_KINDS,
  dataWindow,
  DataWindow,
  internalDueDate,
  InternalDueOffsets,
  reportDueDate,
  ReportKind,
  reportPeriod,
} from '../period/reporting-calendar';
import { formatPeriod } from '../period/period-format';

export interface ReportingPeriod {
  kind: ReportKind;
  year: number;
  /** The period whose results are reported, e.g. '2022-H1'. */
  period: string;
  window: DataWindow;
  /** The legal date for the province's report (day 20 of the period's last month). */
  dueDate: string;
  /** When each level hands its report in, moved off weekends. */
  internalDueDates: Readonly<Record<'PROVINCE' | 'DISTRICT' | 'COMMUNE', string>>;
}

/** The four periodic reports of a year, in order, with their windows and due dates. */
export function reportingPeriods(year: number, offsets: Partial<InternalDueOffsets> = {}): ReportingPeriod[] {
  return ALL_REPORT_KINDS.map((kind) => ({
    kind,
    year,
    period: formatPeriod(reportPeriod(kind, year)),
    window: dataWindow(kind, year),
    dueDate: reportDueDate(kind, year),
    internalDueDates: {
      PROVINCE: internalDueDate(kind, year, 'PROVINCE', offsets),
      DISTRICT: internalDueDate(kind, year, 'DISTRICT', offsets),
      COMMUNE: internalDueDate(kind, year, 'COMMUNE', offsets),
    },
  }));
}
