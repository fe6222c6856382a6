import { PlanItemStatus } from '@partrack/shared';

/** Task statuses as printed in Vietnamese documents (plan exports, report appendices). */
export const TASK_STATUS_VI: Record<PlanItemStatus, string> = {
  [PlanItemStatus.NOT_STARTED]: 'Chưa thực hiện',
  [PlanItemStatus.IN_PROGRESS]: 'Đang thực hiện',
  [PlanItemStatus.DONE]: 'Hoàn thành',
  [PlanItemStatus.CANCELLED]: 'Hủy bỏ',
};
