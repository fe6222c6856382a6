import { ParScoringMethod, ParTargetGroup } from '@partrack/shared';
import ExcelJS from 'exceljs';
import {
  BAND_HEADERS,
  DEFAULT_TOTAL,
  GUIDE_SHEET,
  INFO_LABELS,
  INFO_SHEET,
  ITEM_COLUMNS,
  ItemColumnKey,
  ITEMS_SHEET,
  METHOD_LABELS,
  NO,
  PAR_XLSX_LIMITS,
  TARGET_GROUP_LABELS,
  YES,
} from './par-framework-xlsx.columns';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

const COLUMN_HELP: Readonly<Record<ItemColumnKey, string>> = {
  code: 'Mã của mục, duy nhất trong bộ tiêu chí. Mã cho biết cấp và mục cha: "1" là lĩnh vực, "1.2" là tiêu chí thuộc lĩnh vực 1, "1.2.3" là tiêu chí thành phần thuộc tiêu chí 1.2. Tối đa ba cấp. Bắt buộc.',
  title: 'Tên lĩnh vực, tiêu chí hoặc tiêu chí thành phần, như văn bản ghi. Bắt buộc.',
  maxPoints: `Điểm tối đa, từ 0 đến ${PAR_XLSX_LIMITS.points}, tối đa hai chữ số thập phân; dùng dấu phẩy hoặc dấu chấm ("0,5" hay "0.5"). Bắt buộc.`,
  method: `Cách chấm điểm của mục không có mục con: ${Object.values(METHOD_LABELS).join(', ')}. Để trống ở mục có mục con (điểm của nó là tổng các mục con).`,
  scale:
    'Chỉ cho mục có cách chấm "Thang điểm": mỗi lựa chọn một dòng trong ô (Alt+Enter để xuống dòng), dạng "Nội dung: điểm". Để trống ở các mục khác.',
  evidence: `"${YES}" nếu chấm điểm cần tài liệu kiểm chứng, "${NO}" hoặc để trống nếu không.`,
  guidance: 'Hướng dẫn chấm điểm, tài liệu kiểm chứng cần nộp. Không bắt buộc.',
};

const METHOD_HELP: Readonly<Record<ParScoringMethod, string>> = {
  [ParScoringMethod.MANUAL]: 'Cơ quan tự chấm theo thang điểm, Hội đồng thẩm định; cần cột "Thang điểm".',
  [ParScoringMethod.DATA]:
    'partrack tự tính từ dữ liệu của hệ thống (tiến độ nhiệm vụ, báo cáo, số liệu chỉ tiêu).',
  [ParScoringMethod.SURVEY]: 'Điều tra xã hội học: điểm = điểm tối đa × tỷ lệ hài lòng.',
  [ParScoringMethod.BONUS]: 'Điểm thưởng, cộng thêm, nằm ngoài tổng điểm.',
  [ParScoringMethod.PENALTY]: 'Điểm trừ, trừ đi, nằm ngoài tổng điểm.',
};

/** What the reader checks, in the words of the person preparing the file. */
const RULES: readonly string[] = [
  `Trang "${ITEMS_SHEET}": dòng 1 là tiêu đề cột, mỗi mục (lĩnh vực, tiêu chí, tiêu chí thành phần) một dòng, theo thứ tự của bộ tiêu chí. Có thể đổi thứ tự cột nhưng không đổi tên cột. Dòng trống được bỏ qua.`,
  'Mã cho biết cây tiêu chí: mục cha của "1.2.3" là "1.2", của "1.2" là "1". Mục cha phải có dòng riêng, nằm trên các mục con của nó.',
  'Cột Mã định dạng Văn bản (Text) để "1.10" không bị Excel đổi thành 1.1; khi thêm dòng, giữ định dạng này.',
  'Điểm tối đa của mục có mục con phải bằng tổng điểm tối đa của các mục con.',
  `Điểm tối đa của các mục được chấm (không có mục con, trừ Điểm thưởng và Điểm trừ) cộng lại phải bằng "${INFO_LABELS.total}" ở trang "${INFO_SHEET}" (thường là ${DEFAULT_TOTAL}). Điểm thưởng, điểm trừ nằm ngoài tổng điểm.`,
  'Thang điểm: mỗi lựa chọn một dòng "Nội dung: điểm", ví dụ "Hoàn thành 100% kế hoạch: 1". Cần ít nhất hai lựa chọn, không lựa chọn nào vượt điểm tối đa, phải có một lựa chọn bằng điểm tối đa. Điểm viết bằng dấu phẩy hoặc dấu chấm.',
  `Trang "${INFO_SHEET}": ghi "${INFO_LABELS.name}", chọn "${INFO_LABELS.targetGroup}", "${INFO_LABELS.total}" (để trống là ${DEFAULT_TOTAL}); bảng "${INFO_LABELS.bands}" gồm các cột ${BAND_HEADERS.join(', ')} — để trống bảng thì dùng các mức A ≥ 90, B ≥ 80, C ≥ 70, D dưới 70. Năm áp dụng và phiên bản chỉ để tham khảo, được chọn khi nhập.`,
  `Tối đa ${PAR_XLSX_LIMITS.items} mục, ${PAR_XLSX_LIMITS.scaleOptions} lựa chọn mỗi thang điểm, ${PAR_XLSX_LIMITS.bands} mức xếp loại.`,
  'Tệp có lỗi thì không mục nào được nhập; mọi lỗi được báo kèm trang, dòng và cột để sửa một lần.',
];

/** Rows A–G of the example: an area, its criterion, a MANUAL and a DATA sub-criterion (1 + 1,5 = 2,5). */
const EXAMPLE: ReadonlyArray<readonly string[]> = [
  ['1', 'Công tác chỉ đạo, điều hành cải cách hành chính', '2,5', '', '', '', ''],
  ['1.1', 'Kế hoạch cải cách hành chính năm', '2,5', '', '', '', ''],
  [
    '1.1.1',
    'Ban hành Kế hoạch cải cách hành chính năm đúng thời hạn',
    '1',
    METHOD_LABELS.MANUAL,
    'Ban hành đúng thời hạn: 1\nBan hành chậm: 0,5\nKhông ban hành: 0',
    YES,
    'Tài liệu kiểm chứng: Quyết định ban hành Kế hoạch.',
  ],
  [
    '1.1.2',
    'Tỷ lệ nhiệm vụ của Kế hoạch hoàn thành đúng hạn',
    '1,5',
    METHOD_LABELS.DATA,
    '',
    NO,
    'partrack tính từ tiến độ các nhiệm vụ.',
  ],
];

function addTable(
  sheet: ExcelJS.Worksheet,
  header: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
): { first: number; last: number } {
  const head = sheet.addRow([...header]);
  head.font = { bold: true };
  head.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  const first = head.number + 1;
  for (const row of rows) sheet.addRow([...row]).alignment = { vertical: 'top', wrapText: true };
  sheet.addRow([]);
  return { first, last: first + rows.length - 1 };
}

/**
 * Sheet "Hướng dẫn": the rules, each column, the methods, the target groups and an example (examples live
 * here, not in the item sheet, so a blank template imports as blank). Returns the absolute range of the
 * target group names, which the "Thông tin" sheet's drop-down list points at: a literal list cannot hold
 * names with commas ("Sở, ban, ngành").
 */
export function addGuideSheet(workbook: ExcelJS.Workbook): { targetGroupRange: string } {
  const sheet = workbook.addWorksheet(GUIDE_SHEET);
  sheet.columns = [26, 70, 14, 18, 34, 14, 40].map((width) => ({ width }));
  sheet.getColumn(2).alignment = { vertical: 'top', wrapText: true };
  const title = sheet.addRow(['Hướng dẫn nhập bộ tiêu chí Chỉ số cải cách hành chính']);
  title.font = { bold: true, size: 14 };
  sheet.addRow([]);
  addTable(
    sheet,
    ['STT', 'Quy tắc'],
    RULES.map((rule, i) => [String(i + 1), rule]),
  );
  addTable(
    sheet,
    ['Cột', 'Nội dung cần ghi'],
    ITEM_COLUMNS.map((c) => [c.header, COLUMN_HELP[c.key]]),
  );
  addTable(
    sheet,
    ['Cách chấm', 'Ý nghĩa', 'Mã (tiếng Anh)'],
    Object.values(ParScoringMethod).map((m) => [METHOD_LABELS[m], METHOD_HELP[m], m]),
  );
  const groups = addTable(
    sheet,
    ['Nhóm đối tượng', 'Mã (tiếng Anh)'],
    Object.values(ParTargetGroup).map((g) => [TARGET_GROUP_LABELS[g], g]),
  );
  const example = sheet.addRow([`Ví dụ (trang "${ITEMS_SHEET}")`]);
  example.font = { bold: true };
  addTable(
    sheet,
    ITEM_COLUMNS.map((c) => c.header),
    EXAMPLE,
  );
  return { targetGroupRange: `'${GUIDE_SHEET}'!$A$${groups.first}:$A$${groups.last}` };
}
