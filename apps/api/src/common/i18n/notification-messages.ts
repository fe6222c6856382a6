/**
 * Notification texts (stored in Vietnamese; English kept for the API's English messages) and the errors
 * of the notifications module; spread into the main table in messages.ts.
 */
export const NOTIFICATION_MESSAGES = {
  'notification.usersOnly': {
    vi: 'Chỉ người dùng mới có thông báo; khóa API thì không.',
    en: 'Only users have notifications, API keys do not.',
  },
  'notification.tooManyIds': {
    vi: 'Tối đa {max} thông báo mỗi lần.',
    en: 'At most {max} notifications at a time.',
  },
  'notification.REPORT_DUE_SOON.title': { vi: 'Sắp đến hạn nộp báo cáo', en: 'Report due soon' },
  'notification.REPORT_DUE_SOON.body': {
    vi: '"{subject}" của {agency} đến hạn nộp ngày {due}, còn {days} ngày.',
    en: '"{subject}" of {agency} is due on {due}, in {days} days.',
  },
  'notification.REPORT_DUE_TODAY.title': { vi: 'Hôm nay là hạn nộp báo cáo', en: 'Report due today' },
  'notification.REPORT_DUE_TODAY.body': {
    vi: '"{subject}" của {agency} đến hạn nộp hôm nay ({due}).',
    en: '"{subject}" of {agency} is due today ({due}).',
  },
  'notification.REPORT_OVERDUE.title': { vi: 'Báo cáo đã quá hạn', en: 'Report overdue' },
  'notification.REPORT_OVERDUE.body': {
    vi: '"{subject}" của {agency} đã quá hạn nộp ({due}) mà chưa được gửi.',
    en: '"{subject}" of {agency} was due on {due} and has not been submitted.',
  },
  'notification.REPORT_ESCALATED.title': {
    vi: 'Báo cáo quá hạn {days} ngày',
    en: 'Report {days} days overdue',
  },
  'notification.REPORT_ESCALATED.body': {
    vi: '"{subject}" của {agency} đã quá hạn {days} ngày (hạn {due}) mà chưa được gửi.',
    en: '"{subject}" of {agency} is {days} days overdue (due {due}) and has not been submitted.',
  },
  'notification.TASK_DUE_SOON.title': { vi: 'Nhiệm vụ sắp đến hạn', en: 'Task due soon' },
  'notification.TASK_DUE_SOON.body': {
    vi: 'Nhiệm vụ {subject} do {agency} chủ trì đến hạn ngày {due}, còn {days} ngày.',
    en: 'Task {subject}, led by {agency}, is due on {due}, in {days} days.',
  },
  'notification.TASK_DUE_TODAY.title': { vi: 'Nhiệm vụ đến hạn hôm nay', en: 'Task due today' },
  'notification.TASK_DUE_TODAY.body': {
    vi: 'Nhiệm vụ {subject} do {agency} chủ trì đến hạn hôm nay ({due}).',
    en: 'Task {subject}, led by {agency}, is due today ({due}).',
  },
  'notification.TASK_OVERDUE.title': { vi: 'Nhiệm vụ đã quá hạn', en: 'Task overdue' },
  'notification.TASK_OVERDUE.body': {
    vi: 'Nhiệm vụ {subject} do {agency} chủ trì đã quá hạn ({due}) mà chưa hoàn thành.',
    en: 'Task {subject}, led by {agency}, was due on {due} and is not done.',
  },
  'notification.TASK_ESCALATED.title': { vi: 'Nhiệm vụ quá hạn {days} ngày', en: 'Task {days} days overdue' },
  'notification.TASK_ESCALATED.body': {
    vi: 'Nhiệm vụ {subject} do {agency} chủ trì đã quá hạn {days} ngày (hạn {due}) mà chưa hoàn thành.',
    en: 'Task {subject}, led by {agency}, is {days} days overdue (due {due}) and is not done.',
  },
  'notification.REPORT_SUBMITTED.title': { vi: 'Có báo cáo mới được gửi', en: 'Report submitted' },
  'notification.REPORT_SUBMITTED.body': {
    vi: '{agency} đã gửi "{subject}".',
    en: '{agency} submitted "{subject}".',
  },
  'notification.REPORT_RETURNED.title': { vi: 'Báo cáo bị trả lại', en: 'Report returned' },
  'notification.REPORT_RETURNED.body': {
    vi: '"{subject}" của {agency} đã bị trả lại để chỉnh sửa.',
    en: '"{subject}" of {agency} was returned for changes.',
  },
  'notification.REPORT_ACCEPTED.title': { vi: 'Báo cáo đã được chấp nhận', en: 'Report accepted' },
  'notification.REPORT_ACCEPTED.body': {
    vi: '"{subject}" của {agency} đã được chấp nhận.',
    en: '"{subject}" of {agency} was accepted.',
  },
  'notification.INSPECTION_SCHEDULED.title': {
    vi: 'Lịch kiểm tra cải cách hành chính {month}',
    en: 'Administrative reform inspection in {month}',
  },
  'notification.INSPECTION_SCHEDULED.body': {
    vi: '{agency} sẽ được kiểm tra công tác cải cách hành chính trong {month} theo "{subject}"; trưởng đoàn kiểm tra: {leader}. Quyết định ban hành kế hoạch kiểm tra (DOCX) có trong partrack.',
    en: '{agency} will be inspected on administrative reform in {month} under "{subject}"; team leader: {leader}. The decision issuing the inspection plan (DOCX) is in partrack.',
  },
  'notification.comment': { vi: 'Ý kiến: {comment}', en: 'Comment: {comment}' },
  'notification.andOthers': { vi: '{names} và {count} cơ quan khác', en: '{names} and {count} more' },
  'notification.email.greeting': { vi: 'Kính gửi {name},', en: 'Dear {name},' },
  'notification.email.open': { vi: 'Xem chi tiết: {url}', en: 'Details: {url}' },
  'notification.email.footer': {
    vi: 'Thư này được gửi tự động từ partrack. Bạn có thể tắt từng loại thông báo trong trang Hồ sơ của mình.',
    en: 'This email was sent automatically by partrack. You can turn each kind of notification off in your profile.',
  },
} as const;
