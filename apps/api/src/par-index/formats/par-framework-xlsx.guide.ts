import { ParDataSource, ParScoringMethod, ParTargetGroup, REFORM_AREAS } from '@partrack/shared';
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
import { AREA_PREFIX, DATA_SOURCE_LABELS, INDICATOR_PREFIX } from './par-framework-xlsx.data-rule';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

const COLUMN_HELP: Readonly<Record<ItemColumnKey, string>> = {
  code: 'Mã của mục, duy nhất trong bộ tiêu chí. Mã cho biết cấp và mục cha: "1" là lĩnh vực, "1.2" là tiêu chí thuộc lĩnh vực 1, "1.2.3" là tiêu chí thành phần thuộc tiêu chí 1.2. Tối đa ba cấp. Bắt buộc.',
  title: 'Tên lĩnh vực, tiêu chí hoặc tiêu chí thành phần, như văn bản ghi. Bắt buộc.',
  maxPoints: `Điểm tối đa, từ 0 đến ${PAR_XLSX_LIMITS.points}, tối đa hai chữ số thập phân; dùng dấu phẩy hoặc dấu chấm ("0,5" hay "0.5"). Bắt buộc.`,
  method: `Cách chấm điểm của mục không có mục con: ${Object.values(METHOD_LABELS).join(', ')}. Để trống ở mục có mục con (điểm của nó là tổng các mục con).`,
  scale:
    'Chỉ cho mục có cách chấm "Thang điểm": mỗi lựa chọn một dòng trong ô (Alt+Enter để xuống dòng), dạng "Nội dung: điểm". Để trống ở các mục khác.',
  dataSource: `Chỉ cho mục có cách chấm "${METHOD_LABELS.DATA}": partrack tính điểm từ "${DATA_SOURCE_LABELS.TASKS_ON_TIME}", "${DATA_SOURCE_LABELS.REPORTS_ON_TIME}" hoặc "${DATA_SOURCE_LABELS.INDICATOR_TARGET}". Với nhiệm vụ, có thể chỉ tính một lĩnh vực cải cách: thêm dấu chấm phẩy và lĩnh vực, ví dụ "${DATA_SOURCE_LABELS.TASKS_ON_TIME}; ${AREA_PREFIX} I". Với chỉ tiêu, bắt buộc ghi mã chỉ tiêu trong kế hoạch của năm, ví dụ "${DATA_SOURCE_LABELS.INDICATOR_TARGET}; ${INDICATOR_PREFIX} CT-01". Để trống cùng cột "Ngưỡng điểm" thì Hội đồng thẩm định chấm mục này.`,
  thresholds: `Đi kèm cột "Nguồn dữ liệu": các mức "tỷ lệ%: điểm" cách nhau bằng dấu chấm phẩy, ví dụ "100%: 1; 80%: 0,5; 50%: 0,25". Tối đa ${PAR_XLSX_LIMITS.thresholds} mức.`,
  evidence: `"${YES}" nếu chấm điểm cần tài liệu kiểm chứng, "${NO}" hoặc để trống nếu không.`,
  guidance: 'Hướng dẫn chấm điểm, tài liệu kiểm chứng cần nộp. Không bắt buộc.',
};

const METHOD_HELP: Readonly<Record<ParScoringMethod, string>> = {
  [ParScoringMethod.MANUAL]: 'Cơ quan tự chấm theo thang điểm, Hội đồng thẩm định; cần cột "Thang điểm".',
  [ParScoringMethod.DATA]:
    'partrack tự tính từ dữ liệu của hệ thống theo cột "Nguồn dữ liệu" và "Ngưỡng điểm"; để trống hai cột này thì Hội đồng thẩm định chấm.',
  [ParScoringMethod.SURVEY]: 'Điều tra xã hội học: điểm = điểm tối đa × tỷ lệ hài lòng.',
  [ParScoringMethod.BONUS]: 'Điểm thưởng, cộng thêm, nằm ngoài tổng điểm.',
  [ParScoringMethod.PENALTY]: 'Điểm trừ, trừ đi, nằm ngoài tổng điểm.',
};

const SOURCE_HELP: Readonly<Record<ParDataSource, string>> = {
  [ParDataSource.TASKS_ON_TIME]:
    'Tỷ lệ nhiệm vụ trong các kế hoạch của năm do cơ quan chủ trì, đến hạn, hoàn thành đúng hạn.',
  [ParDataSource.REPORTS_ON_TIME]: 'Tỷ lệ báo cáo định kỳ của năm, đến hạn, được gửi đúng hạn.',
  [ParDataSource.INDICATOR_TARGET]: `Mức đạt chỉ tiêu của cơ quan so với chỉ tiêu giao cho cơ quan (giá trị ÷ chỉ tiêu × 100, tối đa 100%; với chỉ tiêu "càng thấp càng tốt" như thứ hạng: chỉ tiêu ÷ giá trị), theo số liệu gần nhất đã gửi hoặc đã duyệt của năm. Ghi mã chỉ tiêu sau dấu chấm phẩy: "${DATA_SOURCE_LABELS.INDICATOR_TARGET}; ${INDICATOR_PREFIX} CT-01".`,
};

/** What the reader checks, in the words of the person preparing the file. */
const RULES: readonly string[] = [
  `Trang "${ITEMS_SHEET}": dòng 1 là tiêu đề cột, mỗi mục (lĩnh vực, tiêu chí, tiêu chí thành phần) một dòng, theo thứ tự của bộ tiêu chí. Có thể đổi thứ tự cột nhưng không đổi tên cột. Dòng trống được bỏ qua.`,
  'Mã cho biết cây tiêu chí: mục cha của "1.2.3" là "1.2", của "1.2" là "1". Mục cha phải có dòng riêng, nằm trên các mục con của nó.',
  'Cột Mã định dạng Văn bản (Text) để "1.10" không bị Excel đổi thành 1.1; khi thêm dòng, giữ định dạng này.',
  'Điểm tối đa của mục có mục con phải bằng tổng điểm tối đa của các mục con.',
  `Điểm tối đa của các mục được chấm (không có mục con, trừ Điểm thưởng và Điểm trừ) cộng lại phải bằng "${INFO_LABELS.total}" ở trang "${INFO_SHEET}" (thường là ${DEFAULT_TOTAL}). Điểm thưởng, điểm trừ nằm ngoài tổng điểm.`,
  'Thang điểm: mỗi lựa chọn một dòng "Nội dung: điểm", ví dụ "Hoàn thành 100% kế hoạch: 1". Cần ít nhất hai lựa chọn, không lựa chọn nào vượt điểm tối đa, phải có một lựa chọn bằng điểm tối đa. Điểm viết bằng dấu phẩy hoặc dấu chấm.',
  `Dữ liệu partrack: cột "Nguồn dữ liệu" ghi "${DATA_SOURCE_LABELS.TASKS_ON_TIME}" (tỷ lệ nhiệm vụ trong kế hoạch do cơ quan chủ trì hoàn thành đúng hạn) , "${DATA_SOURCE_LABELS.REPORTS_ON_TIME}" (tỷ lệ báo cáo định kỳ gửi đúng hạn) hoặc "${DATA_SOURCE_LABELS.INDICATOR_TARGET}; ${INDICATOR_PREFIX} CT-01" (mức đạt chỉ tiêu CT-01 so với chỉ tiêu giao); với nhiệm vụ có thể thêm lĩnh vực cải cách, ví dụ "${DATA_SOURCE_LABELS.TASKS_ON_TIME}; ${AREA_PREFIX} I" chỉ tính các nhiệm vụ cải cách thể chế. Chỉ tiêu không có chỉ tiêu giao cho cơ quan (hoặc không có trong kế hoạch của năm) thì không tính được: mục đó lấy điểm như mục do Hội đồng chấm. Cột "Ngưỡng điểm" ghi các mức "tỷ lệ%: điểm" cách nhau bằng dấu chấm phẩy, ví dụ "100%: 1; 80%: 0,5; 50%: 0,25": đạt 100% được 1 điểm, từ 80% đến dưới 100% được 0,5 điểm, từ 50% đến dưới 80% được 0,25 điểm, dưới 50% không có điểm. Tỷ lệ từ 0% đến 100%, không trùng nhau; không mức nào vượt điểm tối đa.`,
  `Trang "${INFO_SHEET}": ghi "${INFO_LABELS.name}", chọn "${INFO_LABELS.targetGroup}", "${INFO_LABELS.total}" (để trống là ${DEFAULT_TOTAL}); bảng "${INFO_LABELS.bands}" gồm các cột ${BAND_HEADERS.join(', ')} — để trống bảng thì dùng các mức A ≥ 90, B ≥ 80, C ≥ 70, D dưới 70. Năm áp dụng và phiên bản chỉ để tham khảo, được chọn khi nhập.`,
  `Tối đa ${PAR_XLSX_LIMITS.items} mục, ${PAR_XLSX_LIMITS.scaleOptions} lựa chọn mỗi thang điểm, ${PAR_XLSX_LIMITS.bands} mức xếp loại.`,
  'Tệp có lỗi thì không mục nào được nhập; mọi lỗi được báo kèm trang, dòng và cột để sửa một lần.',
];

/** Rows A–I of the example: an area, its criterion, a MANUAL and a DATA sub-criterion (1 + 1,5 = 2,5). */
const EXAMPLE: ReadonlyArray<readonly string[]> = [
  ['1', 'Công tác chỉ đạo, điều hành cải cách hành chính', '2,5', '', '', '', '', '', ''],
  ['1.1', 'Kế hoạch cải cách hành chính năm', '2,5', '', '', '', '', '', ''],
  [
    '1.1.1',
    'Ban hành Kế hoạch cải cách hành chính năm đúng thời hạn',
    '1',
    METHOD_LABELS.MANUAL,
    'Ban hành đúng thời hạn: 1\nBan hành chậm: 0,5\nKhông ban hành: 0',
    '',
    '',
    YES,
    'Tài liệu kiểm chứng: Quyết định ban hành Kế hoạch.',
  ],
  [
    '1.1.2',
    'Tỷ lệ nhiệm vụ của Kế hoạch hoàn thành đúng hạn',
    '1,5',
    METHOD_LABELS.DATA,
    '',
    DATA_SOURCE_LABELS.TASKS_ON_TIME,
    '100%: 1,5; 80%: 0,75',
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
 * Sheet "Hướng dẫn": the rules, each column, the methods, the data sources and reform areas of DATA items,
 * the target groups and an example (examples live
 * here, not in the item sheet, so a blank template imports as blank). Returns the absolute range of the
 * target group names, which the "Thông tin" sheet's drop-down list points at: a literal list cannot hold
 * names with commas ("Sở, ban, ngành").
 */
export function addGuideSheet(workbook: ExcelJS.Workbook): { targetGroupRange: string } {
  const sheet = workbook.addWorksheet(GUIDE_SHEET);
  sheet.columns = [26, 70, 14, 18, 34, 26, 26, 14, 40].map((width) => ({ width }));
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
  addTable(
    sheet,
    ['Nguồn dữ liệu', 'Ý nghĩa', 'Mã (tiếng Anh)'],
    Object.values(ParDataSource).map((d) => [DATA_SOURCE_LABELS[d], SOURCE_HELP[d], d]),
  );
  addTable(
    sheet,
    ['Lĩnh vực (sau "Nhiệm vụ đúng hạn;")', 'Lĩnh vực cải cách của kế hoạch'],
    REFORM_AREAS.map((a) => [`${AREA_PREFIX} ${a.code}`, a.nameVi]),
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
