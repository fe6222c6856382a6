/**
 * DEMO DATA ONLY: the tasks of the demo plan of the current year (invented, in the style of a provincial
 * CCHC plan), with how each stands today.
 */
import { ReformAreaCode } from '@partrack/shared';

/**
 * How a task stands today: the first three are due already (done on time, done late, or overdue), the last
 * two are due later this year. Due dates are placed relative to today so the mix holds whatever the day.
 */
export type Outcome = 'ON_TIME' | 'LATE' | 'OVERDUE' | 'IN_PROGRESS' | 'NOT_STARTED';

export interface DemoTask {
  area: ReformAreaCode;
  title: string;
  lead: string;
  coordinator?: string;
  outcome: Outcome;
  /** Where in its part of the year (already past, or still ahead) the task falls due, 0–1 */
  at: number;
}

/**
 * About fifteen tasks led by a few departments and districts, so the points at risk differ: Sở Nội vụ on time
 * throughout, Sở Tư pháp and Tam Kỳ late on institutional reform (area I, which a sample item reads), Sở TT&TT
 * and Điện Bàn with overdue work, others with nothing due yet.
 */
export const DEMO_CURRENT_TASKS: readonly DemoTask[] = [
  {
    area: 'VII',
    title: 'Ban hành Kế hoạch cải cách hành chính năm {year} của tỉnh',
    lead: 'QNA-SNV',
    coordinator: 'QNA-VP',
    outcome: 'ON_TIME',
    at: 0.02,
  },
  {
    area: 'VII',
    title: 'Kiểm tra công tác cải cách hành chính tại các cơ quan, địa phương',
    lead: 'QNA-SNV',
    outcome: 'ON_TIME',
    at: 0.6,
  },
  {
    area: 'VII',
    title: 'Xây dựng báo cáo tự đánh giá Chỉ số cải cách hành chính năm {year} của tỉnh',
    lead: 'QNA-SNV',
    coordinator: 'QNA-STP',
    outcome: 'NOT_STARTED',
    at: 0.7,
  },
  {
    area: 'I',
    title: 'Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành',
    lead: 'QNA-STP',
    outcome: 'ON_TIME',
    at: 0.25,
  },
  {
    area: 'I',
    title: 'Theo dõi tình hình thi hành pháp luật trong các lĩnh vực trọng tâm năm {year}',
    lead: 'QNA-STP',
    outcome: 'LATE',
    at: 0.55,
  },
  {
    area: 'VI',
    title: 'Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh',
    lead: 'QNA-STTTT',
    outcome: 'ON_TIME',
    at: 0.35,
  },
  {
    area: 'VI',
    title: 'Kết nối, chia sẻ dữ liệu dân cư với các hệ thống thông tin của tỉnh',
    lead: 'QNA-STTTT',
    coordinator: 'QNA-CAT',
    outcome: 'OVERDUE',
    at: 0.7,
  },
  {
    area: 'VI',
    title: 'Cấp chữ ký số cho cán bộ, công chức cấp xã',
    lead: 'QNA-STTTT',
    outcome: 'IN_PROGRESS',
    at: 0.4,
  },
  {
    area: 'V',
    title: 'Hướng dẫn cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập',
    lead: 'QNA-STC',
    outcome: 'ON_TIME',
    at: 0.4,
  },
  {
    area: 'II',
    title: 'Rà soát, đơn giản hóa thủ tục hành chính trong lĩnh vực đầu tư',
    lead: 'QNA-SKHDT',
    outcome: 'LATE',
    at: 0.45,
  },
  {
    area: 'I',
    title: 'Ban hành quy chế phối hợp xây dựng văn bản quy phạm pháp luật của thành phố',
    lead: 'QNA-TAMKY',
    outcome: 'LATE',
    at: 0.3,
  },
  {
    area: 'II',
    title: 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa thành phố',
    lead: 'QNA-TAMKY',
    outcome: 'ON_TIME',
    at: 0.65,
  },
  {
    area: 'II',
    title: 'Triển khai mô hình “Một cửa không chờ” tại UBND các phường',
    lead: 'QNA-HOIAN',
    outcome: 'ON_TIME',
    at: 0.5,
  },
  {
    area: 'III',
    title: 'Sắp xếp, kiện toàn các cơ quan chuyên môn thuộc UBND thị xã',
    lead: 'QNA-DIENBAN',
    outcome: 'OVERDUE',
    at: 0.8,
  },
  {
    area: 'IV',
    title: 'Bồi dưỡng kỹ năng giao tiếp, ứng xử cho công chức Bộ phận Một cửa',
    lead: 'QNA-NUITHANH',
    outcome: 'NOT_STARTED',
    at: 0.5,
  },
];
