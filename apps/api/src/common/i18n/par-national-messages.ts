/**
 * What the province's national self-assessment outputs can say (its report, the Ministry's points import in
 * par-index/formats/par-national-xlsx*), Vietnamese first, with {param} placeholders filled from the problem's
 * params; spread into the main table in messages.ts.
 */
export const PAR_NATIONAL_MESSAGES = {
  'parNational.reportNotProvince': {
    vi: 'Chỉ bản tự đánh giá Chỉ số CCHC của tỉnh (gửi Bộ Nội vụ) mới xuất được báo cáo tự đánh giá.',
    en: "Only the province's own national assessment has a self-assessment report.",
  },
  'parNational.missingSheet': {
    vi: 'Không có trang "{sheet}". Hãy dùng mẫu điểm thẩm định tải từ partrack.',
    en: 'There is no "{sheet}" sheet. Use the Ministry\'s points template downloaded from partrack.',
  },
  'parNational.missingHeader': {
    vi: 'Không tìm thấy cột "{header}" trong 10 dòng đầu. Không đổi tên, không xóa dòng tiêu đề của mẫu.',
    en: 'Column "{header}" was not found in the first 10 rows. Do not rename or delete the title row of the template.',
  },
  'parNational.noRows': {
    vi: 'Chưa có dòng nào ghi điểm Bộ Nội vụ thẩm định.',
    en: "No row gives the Ministry's points.",
  },
  'parNational.tooManyRows': {
    vi: 'Một tệp có tối đa {max} dòng; các dòng từ dòng này trở đi vượt quá giới hạn.',
    en: 'A file holds at most {max} rows; the rows from this one on are over the limit.',
  },
  'parNational.missingCode': {
    vi: 'Dòng có điểm hoặc ý kiến nhưng thiếu mã mục.',
    en: 'The row gives points or a remark but no item code.',
  },
  'parNational.unknownCode': {
    vi: 'Bộ tiêu chí không có mục "{code}".',
    en: 'The framework has no item "{code}".',
  },
  'parNational.duplicateCode': {
    vi: 'Mục {code} đã có ở dòng {firstLine}.',
    en: 'Item {code} is already on row {firstLine}.',
  },
  'parNational.notScored': {
    vi: 'Mục {code} có mục con: điểm của nó là tổng các mục con, hãy để trống.',
    en: 'Item {code} has children: its points are their sum; leave it blank.',
  },
  'parNational.missingPoints': {
    vi: 'Mục {code} chưa có điểm Bộ Nội vụ thẩm định.',
    en: "Item {code} has no Ministry's points.",
  },
  'parNational.missingItem': {
    vi: 'Tệp không có dòng nào của mục {code}: mọi mục được chấm đều cần điểm thẩm định.',
    en: 'The file has no row for item {code}: every scored item needs points.',
  },
  'parNational.points': {
    vi: 'Điểm "{value}" của mục {code} không hợp lệ: phải là số không âm, tối đa hai chữ số thập phân.',
    en: 'Points "{value}" of item {code} are not valid: a number, not negative, with at most two decimals.',
  },
  'parNational.aboveMaximum': {
    vi: 'Điểm {value} của mục {code} vượt điểm tối đa {max}.',
    en: 'Points {value} of item {code} exceed its maximum of {max}.',
  },
  'parNational.reasonTooLong': {
    vi: 'Ý kiến về mục {code} dài quá {max} ký tự.',
    en: 'The remark on item {code} is longer than {max} characters.',
  },
} as const;
