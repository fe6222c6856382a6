/**
 * What the inspections (inspections/) can say, Vietnamese first, with {param} placeholders; spread into the main
 * table in messages.ts.
 */
export const INSPECTION_MESSAGES = {
  'inspection.planExists': {
    vi: 'Tỉnh đã có kế hoạch kiểm tra năm {year}.',
    en: 'The province already has an inspection plan for {year}.',
  },
  'inspection.notDraft': {
    vi: 'Kế hoạch kiểm tra đã được phê duyệt: danh sách cơ quan không thay đổi được nữa.',
    en: 'The inspection plan is approved: its list of agencies no longer changes.',
  },
  'inspection.notApproved': {
    vi: 'Kế hoạch kiểm tra chưa được phê duyệt.',
    en: 'The inspection plan is not approved yet.',
  },
  'inspection.notInspectable': {
    vi: 'Cơ quan {id} không thuộc diện kiểm tra (sở, ban, ngành; UBND cấp huyện, cấp xã) của tỉnh.',
    en: 'Agency {id} is not one the province inspects (departments; district and commune people’s committees).',
  },
  'inspection.alreadyPlanned': {
    vi: 'Cơ quan {id} đã có trong kế hoạch.',
    en: 'Agency {id} is already in the plan.',
  },
  'inspection.notPlanned': {
    vi: 'Cuộc kiểm tra đã được tiến hành hoặc đã hủy.',
    en: 'The inspection was already conducted or cancelled.',
  },
  'inspection.notConducted': {
    vi: 'Chỉ tái kiểm tra được cuộc kiểm tra đã tiến hành.',
    en: 'Only a conducted inspection can be re-inspected.',
  },
  'inspection.planYear': {
    vi: 'Nhiệm vụ khắc phục phải thuộc một kế hoạch của năm {year}.',
    en: 'Corrective tasks must go to a plan of {year}.',
  },
  'inspection.duplicateFinding': {
    vi: 'Tồn tại {id} được nêu hai lần.',
    en: 'Finding {id} is given twice.',
  },
  'inspection.checklist.url': {
    vi: 'Đường dẫn minh chứng phải bắt đầu bằng http:// hoặc https:// và dài tối đa 2000 ký tự.',
    en: 'An evidence link must start with http:// or https:// and have at most 2000 characters.',
  },
  'inspection.checklist.oneSource': {
    vi: 'Chọn một bộ tiêu chí hoặc nhập danh sách nội dung kiểm tra (chỉ một trong hai).',
    en: 'Give either a PAR framework or a list of items (exactly one of them).',
  },
  'inspection.checklist.filled': {
    vi: 'Bảng kiểm đã có nội dung được đánh giá: không thể lập lại.',
    en: 'Items of the checklist are already assessed: it can no longer be rebuilt.',
  },
  'inspection.checklist.emptyFramework': {
    vi: 'Bộ tiêu chí chưa có lĩnh vực, tiêu chí nào.',
    en: 'The framework has no areas or criteria yet.',
  },
} as const;
