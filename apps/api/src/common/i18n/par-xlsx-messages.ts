/**
 * What a PAR Index framework import (par-index/formats) can say, Vietnamese first, with {param} placeholders
 * filled from the problem's params; spread into the main table in messages.ts.
 */
export const PAR_XLSX_MESSAGES = {
  'parXlsx.notAWorkbook': {
    vi: 'Tệp không phải là bảng tính Excel (.xlsx) đọc được ({format}). Hãy lưu tệp dưới dạng .xlsx rồi nhập lại.',
    en: 'The file is not a readable Excel workbook (.xlsx) ({format}). Save it as .xlsx and import it again.',
  },
  'parXlsx.unpackedTooLarge': {
    vi: 'Tệp giải nén ra quá {maxMb} MB nên không đọc được.',
    en: 'The file unpacks to more than {maxMb} MB and cannot be read.',
  },
  'parXlsx.missingSheet': {
    vi: 'Không có trang "{sheet}". Hãy dùng mẫu bộ tiêu chí tải từ partrack.',
    en: 'There is no "{sheet}" sheet. Use the framework template downloaded from partrack.',
  },
  'parXlsx.missingHeader': {
    vi: 'Không tìm thấy "{header}". Không đổi tên, không xóa cột hay dòng tiêu đề của mẫu.',
    en: '"{header}" was not found. Do not rename or delete the columns and labels of the template.',
  },
  'parXlsx.noItems': {
    vi: 'Trang "Bộ tiêu chí" chưa có mục nào: hãy nhập các lĩnh vực, tiêu chí, tiêu chí thành phần.',
    en: 'The "Bộ tiêu chí" sheet holds no item: enter the areas, criteria and sub-criteria.',
  },
  'parXlsx.tooManyRows': {
    vi: 'Một bộ tiêu chí có tối đa {max} mục; các dòng từ dòng này trở đi vượt quá giới hạn.',
    en: 'A framework holds at most {max} items; the rows from this one on are over the limit.',
  },
  'parXlsx.missingCode': {
    vi: 'Dòng có nội dung nhưng thiếu mã.',
    en: 'The row has content but no code.',
  },
  'parXlsx.code': {
    vi: 'Mã "{code}" không hợp lệ: mã gồm tối đa ba phần chữ và số cách nhau bằng dấu chấm (1, 1.2, 1.2.3).',
    en: 'Code "{code}" is not valid: up to three parts of letters and digits separated by dots (1, 1.2, 1.2.3).',
  },
  'parXlsx.duplicateCode': {
    vi: 'Mã {code} đã có ở dòng {firstLine}.',
    en: 'Code {code} is already used on row {firstLine}.',
  },
  'parXlsx.unknownParent': {
    vi: 'Mục {code} thuộc mục {parentCode}, nhưng không có dòng nào mang mã {parentCode}.',
    en: 'Item {code} belongs to {parentCode}, but no row has the code {parentCode}.',
  },
  'parXlsx.parentBelow': {
    vi: 'Mục {code} phải nằm dưới mục cha {parentCode} (đang ở dòng {parentLine}).',
    en: 'Item {code} must come after its parent {parentCode} (on row {parentLine}).',
  },
  'parXlsx.title': {
    vi: 'Mục {code} chưa có nội dung.',
    en: 'Item {code} has no title.',
  },
  'parXlsx.tooLong': {
    vi: 'Nội dung ô dài quá {max} ký tự.',
    en: 'The cell holds more than {max} characters.',
  },
  'parXlsx.missingPoints': {
    vi: 'Mục {code} chưa có điểm tối đa.',
    en: 'Item {code} has no maximum points.',
  },
  'parXlsx.points': {
    vi: '"{value}" không phải là số điểm hợp lệ: cần một số từ 0 đến {max}, tối đa hai chữ số thập phân.',
    en: '"{value}" is not valid points: a number from 0 to {max} with at most two decimals.',
  },
  'parXlsx.method': {
    vi: 'Cách chấm "{value}" không hợp lệ: chọn Thang điểm, Dữ liệu partrack, Khảo sát, Điểm thưởng hoặc Điểm trừ.',
    en: 'Scoring method "{value}" is not valid: choose MANUAL, DATA, SURVEY, BONUS or PENALTY (or the Vietnamese names).',
  },
  'parXlsx.scaleLine': {
    vi: 'Dòng thứ {position} trong thang điểm của mục {code} ("{text}") phải có dạng "Nội dung: điểm".',
    en: 'Line {position} of the scale of item {code} ("{text}") must read "label: points".',
  },
  'parXlsx.scaleMissing': {
    vi: 'Mục {code} chấm theo thang điểm nhưng chưa có thang điểm.',
    en: 'Item {code} is scored on a scale but has none.',
  },
  'parXlsx.scaleNotManual': {
    vi: 'Chỉ mục có cách chấm "Thang điểm" mới có thang điểm; hãy xóa thang điểm của mục {code} hoặc đổi cách chấm.',
    en: 'Only items scored on a scale (MANUAL) take one; remove the scale of item {code} or change its method.',
  },
  'parXlsx.tooManyOptions': {
    vi: 'Thang điểm của mục {code} có tối đa {max} lựa chọn.',
    en: 'The scale of item {code} has at most {max} options.',
  },
  'parXlsx.dataRuleNotData': {
    vi: 'Chỉ mục có cách chấm "Dữ liệu partrack" mới có nguồn dữ liệu và ngưỡng điểm; hãy xóa hai ô này ở mục {code} hoặc đổi cách chấm.',
    en: 'Only items scored from partrack data (DATA) take a data source and thresholds; clear both cells of item {code} or change its method.',
  },
  'parXlsx.dataSourceMissing': {
    vi: 'Mục {code} có ngưỡng điểm nhưng chưa có nguồn dữ liệu: ghi "Nhiệm vụ đúng hạn", "Báo cáo đúng hạn" hoặc "Mức đạt chỉ tiêu; mã …".',
    en: 'Item {code} has thresholds but no data source: write "Nhiệm vụ đúng hạn" (tasks on time), "Báo cáo đúng hạn" (reports on time) or "Mức đạt chỉ tiêu; mã …" (an indicator against its target).',
  },
  'parXlsx.dataSource': {
    vi: 'Nguồn dữ liệu "{value}" không hợp lệ: ghi "Nhiệm vụ đúng hạn" hoặc "Báo cáo đúng hạn", có thể thêm lĩnh vực, ví dụ "Nhiệm vụ đúng hạn; lĩnh vực I", hoặc "Mức đạt chỉ tiêu" kèm mã chỉ tiêu, ví dụ "Mức đạt chỉ tiêu; mã CT-01".',
    en: 'Data source "{value}" is not valid: write "Nhiệm vụ đúng hạn" (tasks on time) or "Báo cáo đúng hạn" (reports on time), optionally with an area, e.g. "Nhiệm vụ đúng hạn; lĩnh vực I", or "Mức đạt chỉ tiêu" (an indicator against its target) with the indicator\'s code, e.g. "Mức đạt chỉ tiêu; mã CT-01".',
  },
  'parXlsx.dataArea': {
    vi: 'Lĩnh vực "{value}" không hợp lệ: ghi "lĩnh vực" kèm số La Mã từ I đến VII (hoặc số từ 1 đến 7), ví dụ "lĩnh vực I" là Cải cách thể chế.',
    en: 'Area "{value}" is not valid: write "lĩnh vực" and a Roman numeral from I to VII (or a number from 1 to 7), e.g. "lĩnh vực I" for institutional reform.',
  },
  'parXlsx.dataIndicator': {
    vi: 'Mục {code} tính theo mức đạt chỉ tiêu cần mã chỉ tiêu sau dấu chấm phẩy, ví dụ "Mức đạt chỉ tiêu; mã CT-01" (mã gồm chữ in hoa, số, "-" và "_"); "{value}" không phải là mã chỉ tiêu.',
    en: 'Item {code} reads an indicator: give its code after a semicolon, e.g. "Mức đạt chỉ tiêu; mã CT-01" (capitals, digits, "-" and "_"); "{value}" is not an indicator code.',
  },
  'parXlsx.dataAreaNotTasks': {
    vi: 'Chỉ nguồn "Nhiệm vụ đúng hạn" mới lọc được theo lĩnh vực; hãy bỏ lĩnh vực ở nguồn dữ liệu của mục {code}.',
    en: 'Only the "Nhiệm vụ đúng hạn" (tasks on time) source can be narrowed to an area; remove the area from the data source of item {code}.',
  },
  'parXlsx.thresholdsMissing': {
    vi: 'Mục {code} có nguồn dữ liệu nhưng chưa có ngưỡng điểm, ví dụ "100%: 1; 80%: 0,5".',
    en: 'Item {code} has a data source but no thresholds, e.g. "100%: 1; 80%: 0,5".',
  },
  'parXlsx.tooManyThresholds': {
    vi: 'Mục {code} có tối đa {max} ngưỡng điểm.',
    en: 'Item {code} has at most {max} thresholds.',
  },
  'parXlsx.thresholdLine': {
    vi: 'Ngưỡng thứ {position} của mục {code} ("{text}") phải có dạng "tỷ lệ%: điểm", ví dụ "80%: 0,5".',
    en: 'Threshold {position} of item {code} ("{text}") must read "percent%: points", e.g. "80%: 0,5".',
  },
  'parXlsx.thresholdPercent': {
    vi: 'Tỷ lệ của ngưỡng thứ {position} của mục {code} phải từ 0% đến 100%.',
    en: 'The percentage of threshold {position} of item {code} must lie between 0 % and 100 %.',
  },
  'parXlsx.thresholdDuplicate': {
    vi: 'Ngưỡng thứ {position} của mục {code} trùng tỷ lệ với một ngưỡng khác.',
    en: 'Threshold {position} of item {code} repeats the percentage of another.',
  },
  'parXlsx.thresholdPoints': {
    vi: 'Điểm của ngưỡng thứ {position} của mục {code} có quá hai chữ số thập phân.',
    en: 'The points of threshold {position} of item {code} have more than two decimals.',
  },
  'parXlsx.thresholdAboveMaximum': {
    vi: 'Điểm của ngưỡng thứ {position} của mục {code} vượt điểm tối đa {maxPoints}.',
    en: 'The points of threshold {position} of item {code} are above the maximum of {maxPoints}.',
  },
  'parXlsx.yesNo': {
    vi: '"{value}" không hợp lệ: ghi "Có" hoặc "Không" (để trống là Không).',
    en: '"{value}" is not valid: write "Có" (yes) or "Không" (no); empty means no.',
  },
  'parXlsx.childrenDoNotAddUp': {
    vi: 'Mục {code} có điểm tối đa {maxPoints} nhưng các mục con cộng lại {childrenTotal}.',
    en: 'Item {code} is worth {maxPoints} but its children add up to {childrenTotal}.',
  },
  'parXlsx.leafWithoutMethod': {
    vi: 'Mục {code} không có mục con nên cần cách chấm.',
    en: 'Item {code} has no children and needs a scoring method.',
  },
  'parXlsx.methodOnParent': {
    vi: 'Mục {code} có mục con nên được tính bằng tổng các mục con; hãy để trống cách chấm.',
    en: 'Item {code} has children and is their sum; leave its scoring method empty.',
  },
  'parXlsx.scaleTooFewOptions': {
    vi: 'Thang điểm của mục {code} cần ít nhất hai lựa chọn.',
    en: 'The scale of item {code} needs at least two options.',
  },
  'parXlsx.scaleOptionAboveMaximum': {
    vi: 'Lựa chọn thứ {position} của mục {code} vượt điểm tối đa.',
    en: 'Option {position} of item {code} is above the maximum.',
  },
  'parXlsx.scaleInvalidOptionPoints': {
    vi: 'Điểm của lựa chọn thứ {position} của mục {code} có quá hai chữ số thập phân.',
    en: 'Option {position} of item {code} has more than two decimals.',
  },
  'parXlsx.scaleDuplicateOptionLabel': {
    vi: 'Lựa chọn thứ {position} của mục {code} trùng tên với một lựa chọn khác.',
    en: 'Option {position} of item {code} repeats another option.',
  },
  'parXlsx.scaleMaximumUnreachable': {
    vi: 'Thang điểm của mục {code} không có lựa chọn nào bằng điểm tối đa.',
    en: 'No option of the scale of item {code} is worth the maximum.',
  },
  'parXlsx.name': {
    vi: 'Chưa có tên bộ tiêu chí.',
    en: 'The framework has no name.',
  },
  'parXlsx.targetGroup': {
    vi: 'Nhóm đối tượng "{value}" không hợp lệ: chọn Sở, ban, ngành; UBND cấp huyện; UBND cấp xã, phường hoặc Tỉnh (Chỉ số CCHC quốc gia).',
    en: 'Target group "{value}" is not valid: choose DEPARTMENT, DISTRICT, COMMUNE or PROVINCE (or the Vietnamese names).',
  },
  'parXlsx.total': {
    vi: 'Tổng điểm "{value}" không hợp lệ: cần một số lớn hơn 0 và không quá {max}, tối đa hai chữ số thập phân.',
    en: 'Total "{value}" is not valid: a number above 0 and at most {max}, with at most two decimals.',
  },
  'parXlsx.totalDoesNotAddUp': {
    vi: 'Các mục được chấm (không kể điểm thưởng, điểm trừ) cộng lại {total}, khác tổng điểm {declaredTotal}.',
    en: 'The scored items (bonus and penalty aside) add up to {total}, not to the total of {declaredTotal}.',
  },
  'parXlsx.band': {
    vi: 'Mức xếp loại cần mã (tối đa {codeMax} ký tự), tên (tối đa {labelMax} ký tự) và chỉ số sàn từ 0 đến 100.',
    en: 'A band needs a code (at most {codeMax} characters), a name (at most {labelMax}) and a minimum index from 0 to 100.',
  },
  'parXlsx.tooManyBands': {
    vi: 'Có tối đa {max} mức xếp loại.',
    en: 'There are at most {max} bands.',
  },
  'parXlsx.bandDuplicateCode': {
    vi: 'Mã xếp loại {code} bị trùng.',
    en: 'Band code {code} is used twice.',
  },
  'parXlsx.bandDuplicateMinimum': {
    vi: 'Hai mức xếp loại cùng chỉ số sàn {minIndex}.',
    en: 'Two bands share the minimum index {minIndex}.',
  },
} as const satisfies Record<string, { vi: string; en: string }>;
