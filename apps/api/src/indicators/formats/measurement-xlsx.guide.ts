import ExcelJS from 'exceljs';
import {
  FIRST_AGENCY_ROW,
  GROUP_ROW,
  GUIDE_SHEET,
  MEASUREMENT_SHEET,
  MeasurementXlsxIndicator,
  NOT_EXPECTED_MARK,
  NOTE_HEADER,
  PART_LABELS,
  PART_ROW,
  partsOf,
  UNIT_LABELS,
  xmlSafe,
} from './measurement-xlsx.columns';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

/** What the reader and the import do, in the words of the person filling in the figures. */
export const GUIDE_RULES: readonly string[] = [
  `Trang "${MEASUREMENT_SHEET}": dòng 1 là tên kế hoạch, dòng 2 là kỳ báo cáo, dòng ${GROUP_ROW}–${PART_ROW} là tiêu đề, mỗi cơ quan một dòng từ dòng ${FIRST_AGENCY_ROW}.`,
  'Chỉ nhập số liệu vào các ô trắng. Không thêm, xóa hay đổi thứ tự cột, không sửa dòng tiêu đề và mã cơ quan: vị trí các cột được ghi lại trong tệp, tệp bị xáo trộn cột sẽ bị từ chối.',
  `Chỉ tiêu tỷ lệ có hai cột "${PART_LABELS.numerator}" và "${PART_LABELS.denominator}": nhập cả hai, giá trị (tỷ lệ) được hệ thống tự tính.`,
  `Các chỉ tiêu khác có một cột "${PART_LABELS.value}", đơn vị ghi trong ngoặc ở tiêu đề, ví dụ "(%)". Chỉ tiêu có/không: nhập 1 (có) hoặc 0 (không).`,
  'Số thập phân dùng dấu phẩy hoặc dấu chấm: "12,5" và "12.5" đều là mười hai phẩy năm. Không dùng dấu phân cách hàng nghìn: "1.234" được hiểu là một phẩy hai ba bốn, hãy viết 1234.',
  'Có thể gõ số dưới dạng văn bản (có khoảng trắng thừa, có dấu % ở cuối); nội dung không phải là số sẽ được báo lỗi kèm dòng và cột.',
  'Ô để trống được bỏ qua khi nhập, không báo lỗi. Dấu gạch ngang (-) cũng được coi là ô trống.',
  `Ô màu xám có dấu "${NOT_EXPECTED_MARK}": cơ quan không phải báo cáo chỉ tiêu này trong kỳ; nội dung ô bị bỏ qua.`,
  'Ô màu xám có chú thích "Đã nộp" hoặc "Đã duyệt": số liệu đã nộp hoặc đã được duyệt nên bị khóa. Giữ nguyên ô này; muốn sửa, đề nghị người duyệt trả lại số liệu. Số liệu đã khóa bị thay đổi sẽ bị từ chối.',
  `Cột "${NOTE_HEADER}" (cột cuối) dùng chung cho cả dòng: ghi chú được gắn với mọi chỉ tiêu có số liệu trên dòng đó. Ghi chú có sẵn chỉ được điền khi các chỉ tiêu của dòng có cùng một ghi chú.`,
  'Mỗi cơ quan chỉ một dòng. Dòng có số liệu mà thiếu mã cơ quan, hoặc trùng mã cơ quan với dòng trên, sẽ không được nhập.',
  'Hệ thống kiểm tra số liệu khi nhập (tỷ lệ % không quá 100, số lượng là số nguyên, tử số không lớn hơn mẫu số …) và báo lỗi theo dòng, cột.',
];

function addTable(
  sheet: ExcelJS.Worksheet,
  header: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
): void {
  const head = sheet.addRow([...header]);
  head.font = { bold: true };
  head.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  for (const row of rows) sheet.addRow([...row]).alignment = { vertical: 'top', wrapText: true };
  sheet.addRow([]);
}

function howToEnter(indicator: MeasurementXlsxIndicator): string {
  return partsOf(indicator)
    .map((part) => PART_LABELS[part])
    .join(' và ');
}

/** Sheet "Hướng dẫn": the rules, then each indicator with its unit and the columns it takes. */
export function addGuideSheet(
  workbook: ExcelJS.Workbook,
  indicators: readonly MeasurementXlsxIndicator[],
): void {
  const sheet = workbook.addWorksheet(GUIDE_SHEET);
  sheet.columns = [{ width: 22 }, { width: 90 }, { width: 20 }, { width: 22 }];
  const title = sheet.addRow(['Hướng dẫn nhập số liệu chỉ tiêu']);
  title.font = { bold: true, size: 14 };
  sheet.addRow([]);
  addTable(
    sheet,
    ['STT', 'Quy tắc'],
    GUIDE_RULES.map((rule, i) => [String(i + 1), rule]),
  );
  addTable(
    sheet,
    ['Mã chỉ tiêu', 'Tên chỉ tiêu', 'Đơn vị', 'Cột cần nhập'],
    indicators.map((i) => [xmlSafe(i.code), xmlSafe(i.name), UNIT_LABELS[i.unit], howToEnter(i)]),
  );
}
