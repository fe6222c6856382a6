import { ReportRoundKind, ReportStatus } from '@partrack/shared';

export const REPORT_STATUS_VI: Record<ReportStatus, string> = {
  [ReportStatus.DRAFT]: 'Chưa nộp',
  [ReportStatus.SUBMITTED]: 'Đã nộp, chờ duyệt',
  [ReportStatus.ACCEPTED]: 'Đã tiếp nhận',
  [ReportStatus.RETURNED]: 'Bị trả lại',
};

/** "quý I năm 2022", "6 tháng đầu năm 2022"…; ad hoc rounds use their title. */
export function periodPhrase(kind: ReportRoundKind, year: number, title: string): string {
  switch (kind) {
    case ReportRoundKind.Q1:
      return `quý I năm ${year}`;
    case ReportRoundKind.H1:
      return `6 tháng đầu năm ${year}`;
    case ReportRoundKind.Q3:
      return `quý III năm ${year}`;
    case ReportRoundKind.YEAR:
      return `năm ${year}`;
    case ReportRoundKind.AD_HOC:
      return title;
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/** "Ủy ban nhân dân tỉnh Quảng Nam" → "UBND TỈNH QUẢNG NAM", the usual form of the issuing body's parent. */
export function issuerCase(name: string): string {
  return name.replace(/^Ủy ban nhân dân/i, 'UBND').toLocaleUpperCase('vi');
}

/** "Ủy ban nhân dân tỉnh Quảng Nam" → "Quảng Nam". */
export function placeName(provinceName: string): string {
  return provinceName.replace(/^(Ủy ban nhân dân|UBND)\s+(tỉnh|thành phố)\s+/i, '').trim();
}
