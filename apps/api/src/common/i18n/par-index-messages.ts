/** Messages of the PAR Index (frameworks, assessments); spread into the main table in messages.ts. */
export const PAR_INDEX_MESSAGES = {
  'parIndex.code': {
    vi: 'Mã gồm chữ và số, các cấp cách nhau bằng dấu chấm (ví dụ 1, 1.2, 1.2.3).',
    en: 'Codes are letters and digits, levels separated by dots (e.g. 1, 1.2, 1.2.3).',
  },
  'parIndex.areaCode': {
    vi: 'Mã lĩnh vực không có dấu chấm (ví dụ 1, 2, IX).',
    en: 'An area code has no dot (e.g. 1, 2, IX).',
  },
  'parIndex.codeUnderParent': {
    vi: 'Mã của mục con là mã của mục cha, dấu chấm và một số thứ tự: {parentCode}.1, {parentCode}.2…',
    en: "A child's code is its parent's code, a dot and a number: {parentCode}.1, {parentCode}.2…",
  },
  'parIndex.cycleExists': {
    vi: 'Tỉnh đã có kỳ đánh giá Chỉ số CCHC năm {year}.',
    en: 'The province already has a PAR Index cycle for {year}.',
  },
  'parIndex.frameworkYear': {
    vi: 'Bộ tiêu chí "{name}" là của năm {frameworkYear}, không phải năm {year}.',
    en: 'Framework "{name}" is for {frameworkYear}, not {year}.',
  },
  'parIndex.frameworkGroupTwice': {
    vi: 'Mỗi nhóm đối tượng chỉ dùng một bộ tiêu chí.',
    en: 'Each target group is scored with one framework only.',
  },
  'parIndex.dueDate': {
    vi: 'Hạn tự đánh giá phải trong năm {year} hoặc năm sau.',
    en: 'The self-assessment must be due in {year} or the year after.',
  },
  'parIndex.assessmentSubmitted': {
    vi: 'Bản tự đánh giá đã gửi nên không sửa được nữa.',
    en: 'The self-assessment has been submitted and no longer changes.',
  },
  'parIndex.selfAssessmentClosed': {
    vi: 'Đã hết hạn tự đánh giá ({date}).',
    en: 'The self-assessment closed on {date}.',
  },
  'parIndex.score.notSelfScored': {
    vi: 'Mục {code} không do cơ quan tự chấm (tính từ dữ liệu, khảo sát hoặc là mục tổng).',
    en: 'Item {code} is not scored by the agency (computed, surveyed or a sum).',
  },
  'parIndex.score.invalidPoints': {
    vi: 'Điểm của mục {code} không hợp lệ.',
    en: 'The points of item {code} are not valid.',
  },
  'parIndex.score.aboveMaximum': {
    vi: 'Điểm của mục {code} vượt điểm tối đa {max}.',
    en: 'The points of item {code} exceed its maximum of {max}.',
  },
  'parIndex.score.notAnOption': {
    vi: 'Điểm của mục {code} phải là một mức của thang điểm: {options}.',
    en: 'The points of item {code} must be one of its scale: {options}.',
  },
  'parIndex.scoreTwice': {
    vi: 'Mục {code} được chấm hai lần trong cùng một lần lưu.',
    en: 'Item {code} is scored twice in one save.',
  },
  'parIndex.incomplete': {
    vi: 'Còn {count} mục chưa chấm, ví dụ mục {code}.',
    en: '{count} item(s) are not scored yet, e.g. {code}.',
  },
  'parIndex.evidence.url': {
    vi: 'Đường dẫn phải bắt đầu bằng http:// hoặc https:// và dài tối đa 2000 ký tự.',
    en: 'A link must start with http:// or https:// and be at most 2000 characters long.',
  },
  'parIndex.evidence.notALeaf': {
    vi: 'Mục {code} có mục con: minh chứng được gắn vào mục không có mục con.',
    en: 'Item {code} has sub-items: evidence goes on an item without children.',
  },
  'parIndex.evidence.tooMany': {
    vi: 'Mỗi mục có tối đa {max} minh chứng.',
    en: 'An item takes at most {max} pieces of evidence.',
  },
  'parIndex.evidence.recordNotFound': {
    vi: 'Không tìm thấy bản ghi này trong dữ liệu của cơ quan được đánh giá.',
    en: 'The assessed agency has no such record.',
  },
  'parIndex.evidence.citedTwice': {
    vi: 'Bản ghi này đã được dẫn làm minh chứng cho mục này.',
    en: 'This record is already cited as evidence for this item.',
  },
  'parIndex.notAProvince': {
    vi: 'Bộ tiêu chí thuộc về một tỉnh: hãy chọn cơ quan cấp tỉnh (gốc của cây tổ chức).',
    en: 'A framework belongs to a province: choose a root agency.',
  },
  'parIndex.frameworkLocked': {
    vi: 'Bộ tiêu chí đã khóa nên không sửa được; hãy sao chép thành phiên bản mới.',
    en: 'The framework is locked and cannot change; copy it to a new revision instead.',
  },
  'parIndex.tooManyCriteria': {
    vi: 'Một bộ tiêu chí có tối đa {max} mục.',
    en: 'A framework holds at most {max} items.',
  },
  'parIndex.tooDeep': {
    vi: 'Tiêu chí thành phần là cấp cuối, không có mục con.',
    en: 'A sub-criterion is the last level and takes no children.',
  },
  'parIndex.cannotLock': {
    vi: 'Bộ tiêu chí còn {count} vấn đề phải sửa trước khi khóa: {first}',
    en: 'The framework has {count} problem(s) to fix before it can be locked: {first}',
  },
  'parIndex.scaleWithoutManual': {
    vi: 'Chỉ tiêu chí chấm thủ công (MANUAL) mới có thang điểm.',
    en: 'Only MANUAL items take a scale.',
  },
  'parIndex.bands': {
    vi: 'Các mức xếp loại cần mã khác nhau và mức điểm sàn khác nhau trong khoảng 0–100.',
    en: 'Bands need distinct codes and distinct minimums between 0 and 100.',
  },
  'parIndex.problem.duplicateCode': { vi: 'Mã {code} bị trùng.', en: 'Code {code} is used twice.' },
  'parIndex.problem.unknownParent': {
    vi: 'Mục {code} thuộc mục {parentCode} không có trong bộ tiêu chí.',
    en: 'Item {code} belongs to {parentCode}, which is not in the framework.',
  },
  'parIndex.problem.wrongLevel': {
    vi: 'Mục {code} phải ở cấp {expected}.',
    en: 'Item {code} must be at level {expected}.',
  },
  'parIndex.problem.invalidMaxPoints': {
    vi: 'Điểm tối đa của mục {code} không hợp lệ.',
    en: 'The maximum of item {code} is not valid.',
  },
  'parIndex.problem.childrenDoNotAddUp': {
    vi: 'Mục {code} có điểm tối đa {maxPoints} nhưng các mục con cộng lại {childrenTotal}.',
    en: 'Item {code} is worth {maxPoints} but its children add up to {childrenTotal}.',
  },
  'parIndex.problem.leafWithoutMethod': {
    vi: 'Mục {code} chưa có cách chấm điểm.',
    en: 'Item {code} has no scoring method.',
  },
  'parIndex.problem.methodOnParent': {
    vi: 'Mục {code} có mục con nên được tính bằng tổng các mục con; hãy bỏ cách chấm điểm của nó.',
    en: 'Item {code} has children and is their sum; remove its own scoring method.',
  },
  'parIndex.problem.totalDoesNotAddUp': {
    vi: 'Tổng điểm tối đa các mục là {total}, khác tổng điểm của bộ tiêu chí ({declaredTotal}).',
    en: 'The items add up to {total}, not to the framework total of {declaredTotal}.',
  },
  'parIndex.problem.scale.tooFewOptions': {
    vi: 'Thang điểm của mục {code} cần ít nhất hai lựa chọn.',
    en: 'The scale of item {code} needs at least two options.',
  },
  'parIndex.problem.scale.optionAboveMaximum': {
    vi: 'Lựa chọn thứ {position} của mục {code} vượt điểm tối đa.',
    en: 'Option {position} of item {code} is above the maximum.',
  },
  'parIndex.problem.scale.invalidOptionPoints': {
    vi: 'Điểm của lựa chọn thứ {position} của mục {code} không hợp lệ.',
    en: 'Option {position} of item {code} has invalid points.',
  },
  'parIndex.problem.scale.duplicateOptionLabel': {
    vi: 'Lựa chọn thứ {position} của mục {code} trùng tên với một lựa chọn khác.',
    en: 'Option {position} of item {code} repeats another option.',
  },
  'parIndex.problem.scale.maximumUnreachable': {
    vi: 'Thang điểm của mục {code} không có lựa chọn nào đạt điểm tối đa.',
    en: 'No option of item {code} reaches its maximum.',
  },
} as const;
