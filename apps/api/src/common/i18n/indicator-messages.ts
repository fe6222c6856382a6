/** Messages of indicators, measurements and reports; spread into the main table in messages.ts. */
export const INDICATOR_MESSAGES = {
  'indicator.notActive': {
    vi: 'Chỉ tiêu "{code}" chưa được xác nhận hoặc đã lưu trữ, không nhận số liệu.',
    en: 'Indicator "{code}" is not active (draft or archived) and takes no figures.',
  },
  'indicator.levelNotReporting': {
    vi: 'Cơ quan cấp {level} không báo cáo chỉ tiêu "{code}".',
    en: 'Agencies of level {level} do not report indicator "{code}".',
  },
  'indicator.definitionLocked': {
    vi: 'Chỉ tiêu đã có số liệu nên không thể đổi đơn vị, cách tổng hợp hay kỳ báo cáo.',
    en: 'The indicator has figures, so its unit, aggregation and frequency can no longer change.',
  },
  'indicator.targetScope': {
    vi: 'Một chỉ tiêu con chỉ áp dụng cho một cấp hoặc một cơ quan, không phải cả hai.',
    en: 'A target override applies to a level or to an agency, not both.',
  },
  'indicator.targetDuplicate': {
    vi: 'Có hai chỉ tiêu con cho cùng phạm vi và kỳ (dòng {index}).',
    en: 'Two target overrides share the same scope and period (row {index}).',
  },
  'indicator.seriesTooLong': {
    vi: 'Chuỗi số liệu tối đa {max} kỳ.',
    en: 'A series covers at most {max} periods.',
  },
  'measurement.locked': {
    vi: 'Số liệu đã được duyệt và khóa; cần cơ quan điều phối mở lại để sửa.',
    en: 'The figure is approved and locked; the coordinator must reopen it before it can change.',
  },
  'measurement.awaitingReview': {
    vi: 'Số liệu đã nộp và đang chờ duyệt, không thể sửa.',
    en: 'The figure is submitted and waiting for review; it cannot be edited.',
  },
  'measurement.illegalTransition': {
    vi: 'Không thể {action} số liệu đang ở trạng thái {status}.',
    en: 'Cannot {action} a figure whose status is {status}.',
  },
  'measurement.commentRequired': {
    vi: 'Cần ghi rõ lý do khi trả lại số liệu.',
    en: 'Give a reason when returning a figure.',
  },
  'measurement.REQUIRED': { vi: 'Trường này là bắt buộc.', en: 'This field is required.' },
  'measurement.NOT_A_NUMBER': { vi: 'Phải là một số hữu hạn.', en: 'Must be a finite number.' },
  'measurement.NEGATIVE': { vi: 'Không được là số âm.', en: 'Must not be negative.' },
  'measurement.PERCENT_OVER_100': {
    vi: 'Tỷ lệ phần trăm không được vượt quá 100.',
    en: 'A percentage cannot exceed 100.',
  },
  'measurement.NOT_INTEGER': { vi: 'Phải là số nguyên.', en: 'Must be a whole number.' },
  'measurement.NOT_BOOLEAN': { vi: 'Chỉ nhận 1 (có) hoặc 0 (không).', en: 'Must be 1 (yes) or 0 (no).' },
  'measurement.RANK_BELOW_ONE': { vi: 'Thứ hạng bắt đầu từ 1.', en: 'A rank starts at 1.' },
  'measurement.DENOMINATOR_ZERO': {
    vi: 'Mẫu số phải lớn hơn 0.',
    en: 'The denominator must be greater than 0.',
  },
  'measurement.NUMERATOR_OVER_DENOMINATOR': {
    vi: 'Tử số không được lớn hơn mẫu số.',
    en: 'The numerator cannot exceed the denominator.',
  },
  'measurement.VALUE_DISAGREES_WITH_RATIO': {
    vi: 'Giá trị không khớp với tử số ÷ mẫu số.',
    en: 'The value disagrees with numerator ÷ denominator.',
  },
  'measurement.PERIOD_MALFORMED': {
    vi: 'Kỳ không đúng định dạng: dùng 2022-Q1…2022-Q4, 2022-H1, 2022-H2 hoặc 2022.',
    en: 'Not a period: use 2022-Q1…2022-Q4, 2022-H1, 2022-H2 or 2022.',
  },
  'measurement.PERIOD_OUTSIDE_PLAN_YEAR': {
    vi: 'Kỳ nằm ngoài năm của kế hoạch ({year}).',
    en: 'The period is outside the plan year ({year}).',
  },
  'measurement.PERIOD_KIND_MISMATCH': {
    vi: 'Kỳ không khớp với tần suất báo cáo của chỉ tiêu ({frequency}).',
    en: 'The period does not match the indicator’s frequency ({frequency}).',
  },
  'report.illegalTransition': {
    vi: 'Không thể thực hiện {action} với báo cáo đang ở trạng thái {status}.',
    en: 'Cannot {action} a report whose status is {status}.',
  },
  'report.commentRequired': {
    vi: 'Cần ghi ý kiến khi trả lại hoặc mở lại báo cáo.',
    en: 'Give a comment when returning or reopening a report.',
  },
  'report.notYourAgency': {
    vi: 'Chỉ cán bộ của cơ quan mới được soạn và nộp báo cáo này.',
    en: "Only the agency's own staff may write and submit this report.",
  },
  'report.notEditable': {
    vi: 'Báo cáo đang ở trạng thái {status}, không thể sửa.',
    en: 'The report is {status} and cannot be edited.',
  },
  'report.finalised': {
    vi: 'Báo cáo tổng hợp đã hoàn thành, không thể sửa.',
    en: 'The consolidated report is final and cannot change.',
  },
  'report.tooManyAttachments': {
    vi: 'Mỗi báo cáo có tối đa {max} tệp đính kèm.',
    en: 'A report takes at most {max} attachments.',
  },
  'report.windowReversed': {
    vi: 'Ngày kết thúc kỳ số liệu phải sau ngày bắt đầu.',
    en: 'The data window must end after it starts.',
  },
} as const;
