/**
 * What the satisfaction surveys (surveys/) can say, Vietnamese first, with {param} placeholders; spread into the
 * main table in messages.ts.
 */
export const SURVEY_MESSAGES = {
  'survey.period': {
    vi: 'Kỳ "{value}" không hợp lệ: phải là năm {year}, một nửa năm (YYYY-H1, YYYY-H2) hoặc một quý (YYYY-Q1…Q4) của năm đó.',
    en: 'Period "{value}" is not valid: it must be {year}, a half (YYYY-H1, YYYY-H2) or a quarter (YYYY-Q1…Q4) of that year.',
  },
  'survey.agencyRequired': {
    vi: 'Khảo sát về một cơ quan cần chọn cơ quan.',
    en: 'A survey about an agency needs the agency.',
  },
  'survey.sectorRequired': {
    vi: 'Khảo sát theo lĩnh vực cần chọn lĩnh vực.',
    en: 'A survey of a sector needs the sector.',
  },
  'survey.notForScope': {
    vi: 'Không dùng trường này cho phạm vi khảo sát đã chọn.',
    en: 'This field does not apply to the chosen survey scope.',
  },
  'survey.duplicateCode': {
    vi: 'Mã câu hỏi "{code}" bị trùng.',
    en: 'Question code "{code}" is used twice.',
  },
  'survey.aspectTitle': {
    vi: 'Khía cạnh "{code}" có hai tên khác nhau.',
    en: 'Aspect "{code}" has two different titles.',
  },
  'survey.notDraft': {
    vi: 'Khảo sát đã mở nên không sửa được câu hỏi: kết quả đã gắn với các câu hỏi này.',
    en: 'The survey is open: its questions can no longer change because results refer to them.',
  },
  'survey.statusChange': {
    vi: 'Không chuyển được khảo sát từ "{from}" sang "{to}".',
    en: 'A survey cannot go from {from} to {to}.',
  },
  'survey.notOpen': {
    vi: 'Chỉ nhập được kết quả khi khảo sát đang mở.',
    en: 'Results can only be imported while the survey is open.',
  },
  'surveyXlsx.missingSheet': {
    vi: 'Không có trang "{sheet}". Hãy dùng mẫu kết quả khảo sát tải từ partrack.',
    en: 'There is no "{sheet}" sheet. Use the survey results template downloaded from partrack.',
  },
  'surveyXlsx.missingHeader': {
    vi: 'Không tìm thấy cột "{header}" trong 10 dòng đầu. Không đổi tên, không xóa dòng tiêu đề của mẫu.',
    en: 'Column "{header}" was not found in the first 10 rows. Do not rename or delete the title row of the template.',
  },
  'surveyXlsx.missingQuestion': {
    vi: 'Không có cột của câu hỏi "{code}" ở dòng tiêu đề.',
    en: 'The title row has no column for question "{code}".',
  },
  'surveyXlsx.answer': {
    vi: 'Câu trả lời "{value}" không hợp lệ: ghi một số từ 1 đến 5, hoặc để trống nếu không trả lời.',
    en: 'Answer "{value}" is not valid: write a number from 1 to 5, or leave it empty for no answer.',
  },
  'surveyXlsx.count': {
    vi: 'Số lượt "{value}" không hợp lệ: phải là số nguyên từ 0 đến {max}.',
    en: 'Count "{value}" is not valid: it must be a whole number from 0 to {max}.',
  },
  'surveyXlsx.missingAgency': {
    vi: 'Dòng có câu trả lời nhưng thiếu mã và tên cơ quan.',
    en: 'The row has answers but neither an agency code nor a name.',
  },
  'surveyXlsx.missingQuestionCode': {
    vi: 'Dòng có số lượt trả lời nhưng thiếu mã câu hỏi.',
    en: 'The row has counts but no question code.',
  },
  'surveyXlsx.unknownQuestion': {
    vi: 'Khảo sát không có câu hỏi "{code}".',
    en: 'The survey has no question "{code}".',
  },
  'surveyXlsx.duplicateRow': {
    vi: 'Cơ quan và câu hỏi này đã có ở dòng {line}.',
    en: 'This agency and question are already on line {line}.',
  },
  'surveyXlsx.noRows': {
    vi: 'Tệp chưa có câu trả lời nào.',
    en: 'The file has no answers yet.',
  },
  'surveyXlsx.tooManyRows': {
    vi: 'Một tệp có tối đa {max} dòng; các dòng từ dòng này trở đi vượt quá giới hạn.',
    en: 'A file holds at most {max} rows; the rows from this one on are over the limit.',
  },
  'surveyXlsx.unknownAgency': {
    vi: 'Không có cơ quan "{agency}" trong tỉnh của khảo sát.',
    en: 'There is no agency "{agency}" in the survey\'s province.',
  },
  'surveyXlsx.otherAgency': {
    vi: 'Khảo sát này chỉ hỏi về "{expected}", không phải "{agency}".',
    en: 'This survey is about "{expected}" only, not "{agency}".',
  },
  'surveyForm.alreadyAnswered': {
    vi: 'Thiết bị này đã gửi ý kiến về cơ quan này hôm nay. Xin cảm ơn, mời bạn quay lại vào ngày khác.',
    en: 'This device has already answered about this agency today. Thank you; you may answer again another day.',
  },
  'surveyForm.unknownQuestion': {
    vi: 'Câu hỏi không thuộc khảo sát này.',
    en: 'This question is not part of the survey.',
  },
  'surveyForm.duplicateQuestion': {
    vi: 'Câu hỏi này đã được trả lời ở trên.',
    en: 'This question is answered twice.',
  },
  'surveyForm.empty': {
    vi: 'Vui lòng chọn mức hài lòng cho ít nhất một câu hỏi.',
    en: 'Choose a level for at least one question.',
  },
  'surveyForm.level': {
    vi: 'Mức trả lời phải từ 1 đến 5, hoặc 0 nếu không trả lời.',
    en: 'The level must be 1 to 5, or 0 for no answer.',
  },
} as const;
