/** Messages of the PAR Index workflow (appraisal, explanations, deadlines, publication); spread into messages.ts. */
export const PAR_WORKFLOW_MESSAGES = {
  'parIndex.notCouncil': {
    vi: 'Chỉ thành viên hội đồng thẩm định của kỳ đánh giá mới được thẩm định.',
    en: "Only members of the cycle's appraisal council may appraise.",
  },
  'parIndex.wrongStatus': {
    vi: 'Bản đánh giá chưa đến hoặc đã qua bước này.',
    en: 'The assessment is not at this step (not yet, or no longer).',
  },
  'parIndex.cyclePublished': {
    vi: 'Kỳ đánh giá đã công bố kết quả nên không thay đổi được.',
    en: 'The cycle is published and can no longer change.',
  },
  'parIndex.score.notAppraised': {
    vi: 'Mục {code} lấy điểm từ kết quả khảo sát, hội đồng không chấm.',
    en: 'Item {code} takes its points from a survey, not from the council.',
  },
  'parIndex.appraisal.reasonRequired': {
    vi: 'Điểm thẩm định mục {code} khác điểm tự chấm: cần ghi lý do.',
    en: 'The appraisal of {code} differs from the self-score: give a reason.',
  },
  'parIndex.appraisal.incomplete': {
    vi: 'Còn {count} mục chưa thẩm định, ví dụ mục {code}.',
    en: '{count} item(s) are not appraised yet, e.g. {code}.',
  },
  'parIndex.explanation.noDifference': {
    vi: 'Mục {code} có điểm thẩm định bằng điểm tự chấm nên không cần giải trình.',
    en: 'Item {code} was appraised as self-scored: there is nothing to explain.',
  },
  'parIndex.explanation.closed': {
    vi: 'Đã hết hạn giải trình ({date}).',
    en: 'Explanations closed on {date}.',
  },
  'parIndex.reappraisal.notExplained': {
    vi: 'Mục {code} không có giải trình nên không thẩm định lại.',
    en: 'Item {code} was not explained: there is nothing to reappraise.',
  },
  'parIndex.reappraisal.incomplete': {
    vi: 'Còn {count} giải trình chưa trả lời, ví dụ mục {code}.',
    en: '{count} explanation(s) are not answered yet, e.g. {code}.',
  },
  'parIndex.evidenceMissing': {
    vi: 'Mục {code} bắt buộc có minh chứng: hãy đính kèm minh chứng hoặc ghi lý do không có.',
    en: 'Item {code} requires evidence: attach some or say why there is none.',
  },
  'parIndex.dueOrder': {
    vi: 'Các hạn phải theo thứ tự: tự chấm ≤ thẩm định ≤ công bố.',
    en: 'Deadlines must follow each other: self-assessment ≤ appraisal ≤ publication.',
  },
  'parIndex.extension.notOpen': {
    vi: 'Chỉ gia hạn được giai đoạn còn mở hoặc vừa đóng do hết hạn mà chưa có bước tiếp theo.',
    en: 'Only a phase still open, or closed by its deadline with no later step taken, can be extended.',
  },
  'parIndex.extension.notLater': {
    vi: 'Hạn mới phải sau hạn hiện tại ({date}) và không trước hôm nay.',
    en: 'The new deadline must be after the current one ({date}) and not before today.',
  },
  'parIndex.reopen.draftOnly': {
    vi: 'Bản đánh giá chưa gửi nên không cần mở lại.',
    en: 'The assessment has not been sent: there is nothing to reopen.',
  },
  'parIndex.publish.notFinalised': {
    vi: 'Còn {count} bản đánh giá chưa hoàn tất thẩm định, ví dụ của {agency}.',
    en: '{count} assessment(s) are not finalised yet, e.g. {agency}.',
  },
  'parIndex.council.unknownUser': {
    vi: 'Không tìm thấy người dùng đang hoạt động {id} trong tỉnh.',
    en: 'No active user {id} in the province.',
  },
  'parIndex.dataRuleWithoutData': {
    vi: 'Chỉ tiêu chí tính từ dữ liệu (DATA) mới có quy tắc tính điểm.',
    en: 'Only DATA items take a data rule.',
  },
  'parIndex.dataRule.indicatorCodeMissing': {
    vi: 'Quy tắc tính điểm của mục {code} theo chỉ tiêu cần mã chỉ tiêu.',
    en: 'The data rule of item {code} reads an indicator: give its code.',
  },
  'parIndex.dataRule.indicatorCodeNotIndicator': {
    vi: 'Chỉ nguồn "Mức đạt chỉ tiêu" mới có mã chỉ tiêu; hãy bỏ mã chỉ tiêu ở mục {code}.',
    en: 'Only the indicator source takes an indicator code; remove it from item {code}.',
  },
  'parIndex.dataRule.areaNotTasks': {
    vi: 'Chỉ nguồn "Nhiệm vụ đúng hạn" mới lọc được theo lĩnh vực; hãy bỏ lĩnh vực ở mục {code}.',
    en: 'Only the tasks source can be narrowed to a reform area; remove the area from item {code}.',
  },
  'parIndex.dataRule.noThresholds': {
    vi: 'Quy tắc tính điểm của mục {code} cần ít nhất một ngưỡng.',
    en: 'The data rule of item {code} needs at least one threshold.',
  },
  'parIndex.dataRule.percentOutOfRange': {
    vi: 'Ngưỡng thứ {position} của mục {code} phải từ 0 đến 100%.',
    en: 'Threshold {position} of item {code} must lie between 0 and 100 %.',
  },
  'parIndex.dataRule.duplicatePercent': {
    vi: 'Ngưỡng thứ {position} của mục {code} bị trùng.',
    en: 'Threshold {position} of item {code} repeats another.',
  },
  'parIndex.dataRule.invalidPoints': {
    vi: 'Điểm của ngưỡng thứ {position} của mục {code} không hợp lệ.',
    en: 'Threshold {position} of item {code} has invalid points.',
  },
  'parIndex.dataRule.aboveMaximum': {
    vi: 'Điểm của ngưỡng thứ {position} của mục {code} vượt điểm tối đa.',
    en: 'Threshold {position} of item {code} is above the maximum.',
  },
  'parIndex.national.notProvince': {
    vi: 'Chỉ bản tự đánh giá Chỉ số CCHC cấp tỉnh (gửi Bộ Nội vụ) mới phân công và nhập điểm thẩm định của Bộ.',
    en: "Only the province's own national assessment takes responsibilities and the Ministry's points.",
  },
  'parIndex.improvement.planYear': {
    vi: 'Hãy chọn một kế hoạch của năm {year}.',
    en: 'Choose a plan of {year}.',
  },
  'parIndex.improvement.exists': {
    vi: 'Kế hoạch đã có mục {code}: các nhiệm vụ khắc phục đã được tạo trước đó.',
    en: 'The plan already holds {code}: the improvement tasks were made before.',
  },
} as const;
