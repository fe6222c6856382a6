import { IndicatorStatus, IndicatorUnit } from '@partrack/shared';

/** Indicator statuses as printed in Vietnamese documents (report appendices, scoreboard workbook). */
export const INDICATOR_STATUS_VI: Record<IndicatorStatus, string> = {
  [IndicatorStatus.ACHIEVED]: 'Đạt',
  [IndicatorStatus.ON_TRACK]: 'Đúng tiến độ',
  [IndicatorStatus.AT_RISK]: 'Có nguy cơ không đạt',
  [IndicatorStatus.OFF_TRACK]: 'Chậm tiến độ',
  [IndicatorStatus.NO_DATA]: 'Chưa có số liệu',
};

const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** A figure as Vietnamese documents write it: "42,5%", "1.245", "hạng 20". */
export function figureText(value: number | null, unit: IndicatorUnit): string {
  if (value === null) return '—';
  switch (unit) {
    case IndicatorUnit.PERCENT:
      return `${vi.format(value)}%`;
    case IndicatorUnit.RANK:
      return `hạng ${vi.format(value)}`;
    case IndicatorUnit.BOOLEAN:
      return value >= 1 ? 'Có' : 'Không';
    case IndicatorUnit.COUNT:
    case IndicatorUnit.SCORE:
      return vi.format(value);
    default: {
      const never: never = unit;
      return never;
    }
  }
}
