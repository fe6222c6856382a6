/**
 * DEMO DATA ONLY: the words of the demo PAR Index appraisals — the council's reasons, the agencies'
 * explanations (giải trình) and the council's answers — as a Sở Nội vụ council would write them. Invented;
 * each list is picked from by a stable roll so the same item always reads the same.
 */
import { ParDataSource } from '@partrack/shared';

/** Reasons for a lower appraisal, by the item's area (the first part of its code) in the sample frameworks. */
const REASONS_BY_AREA: Record<string, readonly string[]> = {
  '1': [
    'Chưa có văn bản chứng minh việc ban hành kế hoạch đúng hạn',
    'Báo cáo kết quả thực hiện chưa đánh giá đầy đủ các nhiệm vụ của kế hoạch',
    'Chưa có tài liệu kiểm chứng về việc kiểm tra cải cách hành chính tại các đơn vị trực thuộc',
  ],
  '2': [
    'Chưa có kết quả rà soát, hệ thống hóa văn bản quy phạm pháp luật kèm theo',
    'Văn bản tham mưu ban hành chậm so với chương trình xây dựng văn bản của tỉnh',
  ],
  '3': [
    'Số liệu không khớp với Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh',
    'Còn hồ sơ giải quyết trễ hạn nhưng chưa có văn bản xin lỗi người dân, tổ chức',
    'Chưa công khai đầy đủ thủ tục hành chính tại Bộ phận tiếp nhận và trả kết quả',
  ],
  '4': [
    'Chưa có quyết định phê duyệt điều chỉnh vị trí việc làm',
    'Tài liệu kiểm chứng chưa thể hiện việc sắp xếp tổ chức bên trong đúng quy định',
  ],
  '5': [
    'Kế hoạch đào tạo, bồi dưỡng chưa được triển khai đầy đủ',
    'Chưa có báo cáo kết quả kiểm tra công vụ trong năm',
  ],
  '6': [
    'Chưa công khai dự toán, quyết toán ngân sách đúng thời hạn',
    'Tỷ lệ giải ngân vốn đầu tư công chưa đạt kế hoạch được giao',
  ],
  '7': [
    'Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng chưa đạt chỉ tiêu',
    'Chưa có minh chứng về việc kết nối, chia sẻ dữ liệu với cơ sở dữ liệu quốc gia',
  ],
};
const GENERIC_REASON = 'Tài liệu kiểm chứng chưa thể hiện đầy đủ kết quả thực hiện';

export const BONUS_REASON = 'Sáng kiến chưa được cấp có thẩm quyền công nhận trong năm đánh giá';
export const LATE_PENALTY_REASON = 'Gửi báo cáo tự đánh giá chậm so với thời hạn của Sở Nội vụ';
export const PENALTY_REASON = 'Có văn bản phê bình của Ủy ban nhân dân tỉnh về công tác cải cách hành chính';

const DATA_REASONS: Record<ParDataSource | 'NONE', string> = {
  [ParDataSource.TASKS_ON_TIME]:
    'Theo số liệu theo dõi: còn nhiệm vụ của kế hoạch hoàn thành chậm so với thời hạn',
  [ParDataSource.REPORTS_ON_TIME]: 'Có kỳ báo cáo định kỳ gửi chậm so với thời hạn',
  [ParDataSource.INDICATOR_TARGET]: 'Theo số liệu báo cáo: chỉ tiêu chưa đạt mức được giao trong năm',
  NONE: 'Số liệu chưa đạt chỉ tiêu được giao trong năm',
};

const EXPLANATIONS: readonly ((year: number, n: number) => string)[] = [
  (year, n) =>
    `Đơn vị đã ban hành văn bản đúng hạn; xin gửi bổ sung văn bản số ${n}/KH-UBND năm ${year} kèm theo`,
  (year) =>
    `Số liệu chênh lệch do hệ thống chưa cập nhật các hồ sơ giải quyết cuối năm ${year}; đơn vị gửi kèm báo cáo trích xuất`,
  (year) => `Nhiệm vụ đã hoàn thành, biên bản nghiệm thu ký ngày 28/12/${year}; xin gửi bổ sung`,
  () => 'Đơn vị đã tổ chức thực hiện đầy đủ theo kế hoạch; tài liệu kiểm chứng gửi bổ sung qua hệ thống',
];

const ACCEPTED: readonly string[] = [
  'Chấp nhận giải trình: tài liệu bổ sung chứng minh đơn vị đã hoàn thành',
  'Thống nhất điều chỉnh điểm theo tài liệu đơn vị gửi bổ sung',
];
const KEPT: readonly ((year: number) => string)[] = [
  (year) => `Giữ nguyên kết quả thẩm định: văn bản bổ sung được ban hành sau ngày 31/12/${year}`,
  () => 'Giữ nguyên kết quả thẩm định: tài liệu gửi kèm không thuộc năm đánh giá',
];

/** One of a list by a roll in [0, 1). */
function pick<T>(list: readonly T[], roll: number): T {
  return list[Math.min(list.length - 1, Math.floor(roll * list.length))];
}

export function appraisalReason(code: string, roll: number): string {
  return pick(REASONS_BY_AREA[code.split('.')[0]] ?? [GENERIC_REASON], roll);
}

export function dataReason(source: ParDataSource | null): string {
  return DATA_REASONS[source ?? 'NONE'];
}

export function explanationText(year: number, roll: number): string {
  return pick(EXPLANATIONS, roll)(year, 10 + Math.floor(roll * 90));
}

export function answerText(accepted: boolean, year: number, roll: number): string {
  return accepted ? pick(ACCEPTED, roll) : pick(KEPT, roll)(year);
}
