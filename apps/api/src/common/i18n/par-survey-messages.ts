/**
 * What the PAR Index survey points import (par-index/formats/par-survey-xlsx*) can say, Vietnamese first, with
 * {param} placeholders filled from the problem's params; spread into the main table in messages.ts.
 */
export const PAR_SURVEY_MESSAGES = {
  'parSurvey.cycleClosed': {
    vi: 'Kỳ đánh giá đã công bố kết quả nên không nhập điểm khảo sát được nữa.',
    en: 'The cycle has been published: survey points can no longer be imported.',
  },
  'parSurvey.missingSheet': {
    vi: 'Không có trang "{sheet}". Hãy dùng mẫu điểm khảo sát tải từ partrack.',
    en: 'There is no "{sheet}" sheet. Use the survey points template downloaded from partrack.',
  },
  'parSurvey.missingHeader': {
    vi: 'Không tìm thấy cột "{header}" trong 10 dòng đầu. Không đổi tên, không xóa dòng tiêu đề của mẫu.',
    en: 'Column "{header}" was not found in the first 10 rows. Do not rename or delete the title row of the template.',
  },
  'parSurvey.noRows': {
    vi: 'Chưa có dòng nào ghi tỷ lệ hài lòng: hãy nhập tỷ lệ hài lòng (%) của các cơ quan.',
    en: 'No row gives a satisfaction rate: enter the satisfaction (%) of the agencies.',
  },
  'parSurvey.tooManyRows': {
    vi: 'Một tệp có tối đa {max} dòng; các dòng từ dòng này trở đi vượt quá giới hạn.',
    en: 'A file holds at most {max} rows; the rows from this one on are over the limit.',
  },
  'parSurvey.missingAgency': {
    vi: 'Dòng có tỷ lệ hài lòng nhưng thiếu mã và tên cơ quan.',
    en: 'The row gives a satisfaction rate but neither an agency code nor a name.',
  },
  'parSurvey.missingItem': {
    vi: 'Dòng có tỷ lệ hài lòng nhưng thiếu mã mục khảo sát.',
    en: 'The row gives a satisfaction rate but no survey item code.',
  },
  'parSurvey.percent': {
    vi: 'Tỷ lệ hài lòng "{value}" không hợp lệ: phải là số từ 0 đến 100, tối đa hai chữ số thập phân.',
    en: 'Satisfaction "{value}" is not valid: it must be a number from 0 to 100 with at most two decimals.',
  },
  'parSurvey.unknownAgency': {
    vi: 'Không có cơ quan "{agency}".',
    en: 'There is no agency "{agency}".',
  },
  'parSurvey.ambiguousAgency': {
    vi: 'Có nhiều cơ quan cùng tên "{agency}": hãy ghi mã cơ quan.',
    en: 'Several agencies are named "{agency}": give the agency code.',
  },
  'parSurvey.agencyNotInCycle': {
    vi: 'Cơ quan "{agency}" không được đánh giá trong kỳ này.',
    en: 'Agency "{agency}" is not assessed in this cycle.',
  },
  'parSurvey.notASurveyItem': {
    vi: 'Mục "{code}" không phải là mục khảo sát trong bộ tiêu chí của cơ quan "{agency}".',
    en: 'Item "{code}" is not a survey item of the framework of agency "{agency}".',
  },
  'parSurvey.duplicateRow': {
    vi: 'Cơ quan "{agency}", mục {code} đã có ở dòng {firstLine}.',
    en: 'Agency "{agency}", item {code} is already on row {firstLine}.',
  },
  'parSurvey.sourceNotASurveyItem': {
    vi: 'Không bộ tiêu chí nào của kỳ đánh giá có mục khảo sát "{code}".',
    en: 'No framework of the cycle has a survey item "{code}".',
  },
  'parSurvey.sourceDuplicate': {
    vi: 'Mục "{code}" đã được gắn với một cuộc khảo sát khác.',
    en: 'Item "{code}" is already given another survey.',
  },
  'parSurvey.assessmentFinalised': {
    vi: 'Kết quả của cơ quan "{agency}" đã chốt nên không đổi điểm được nữa.',
    en: 'The assessment of agency "{agency}" is finalised and its points no longer change.',
  },
} as const;
