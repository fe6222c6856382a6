import { IndicatorStatus } from '@partrack/shared';

/** Indicator statuses as printed in Vietnamese documents (report appendices, scoreboard workbook). */
export const INDICATOR_STATUS_VI: Record<IndicatorStatus, string> = {
  [IndicatorStatus.ACHIEVED]: 'Đạt',
  [IndicatorStatus.ON_TRACK]: 'Đúng tiến độ',
  [IndicatorStatus.AT_RISK]: 'Có nguy cơ không đạt',
  [IndicatorStatus.OFF_TRACK]: 'Chậm tiến độ',
  [IndicatorStatus.NO_DATA]: 'Chưa có số liệu',
};
