import { REFORM_AREAS } from '@partrack/shared';
import ExcelJS from 'exceljs';
import {
  FIRST_ITEM_ROW,
  GUIDE_SHEET,
  HEADER_ROW,
  KIND_LABELS,
  PLAN_COLUMNS,
  PLAN_SHEET,
} from './plan-xlsx.columns';

/** Rules the reader enforces, in the coordinator's words (Vietnamese, then English). */
const RULES: ReadonlyArray<readonly [string, string]> = [
  [
    `Trang "${PLAN_SHEET}": dòng 1 là tên kế hoạch, dòng 2 là năm kế hoạch, dòng ${HEADER_ROW} là tiêu đề cột, mỗi mục một dòng từ dòng ${FIRST_ITEM_ROW}.`,
    `Sheet "${PLAN_SHEET}": row 1 is the plan title, row 2 the plan year, row ${HEADER_ROW} the column titles, one item per row from row ${FIRST_ITEM_ROW}.`,
  ],
  [
    'Không đổi tên hay xóa cột; có thể đổi thứ tự cột. Thiếu cột thì cả tệp bị từ chối.',
    'Do not rename or delete columns; they may be reordered. A file missing a column is refused.',
  ],
  [
    'Mã là khóa của mục: nhập lại tệp sẽ cập nhật mục cùng mã. Mã không được trùng.',
    'The code identifies the item: re-importing updates the item with the same code. Codes must be unique.',
  ],
  [
    'Mục cha phải nằm ở dòng trên các mục con. Hoạt động thuộc kết quả, nhiệm vụ thuộc hoạt động; đề án không có mục cha.',
    'A parent must be on a row above its children. Activities belong to results, tasks to activities; projects have no parent.',
  ],
  [
    'Ô trống được giữ trống, không tự điền; thiếu cơ quan chủ trì, sản phẩm, thời gian … sẽ được báo để bổ sung.',
    'Empty cells stay empty, nothing is filled in; a missing lead, product, completion time … is reported for review.',
  ],
  [
    'Thời gian hoàn thành ghi như văn bản; ngày hạn được tính từ đó và năm kế hoạch.',
    'Write the completion time as the plan does; the due date is worked out from it and the plan year.',
  ],
  [
    'Các cột Mã, Mã cha, Loại, Lĩnh vực và Thời gian hoàn thành định dạng Văn bản (Text), để "1.10" không thành 1.1.',
    'Code, parent, kind, area and completion time columns are formatted as Text, so "1.10" does not become 1.1.',
  ],
];

function addTable(
  sheet: ExcelJS.Worksheet,
  header: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
) {
  const head = sheet.addRow([...header]);
  head.font = { bold: true };
  head.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  });
  for (const row of rows) sheet.addRow([...row]).alignment = { vertical: 'top', wrapText: true };
  sheet.addRow([]);
}

/** Sheet "Hướng dẫn": what each column holds, the accepted kinds and areas, and the rules, in two languages. */
export function addGuideSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(GUIDE_SHEET);
  sheet.columns = [{ width: 22 }, { width: 60 }, { width: 60 }, { width: 30 }];
  const title = sheet.addRow(['Hướng dẫn sử dụng mẫu nhập kế hoạch — How to use the plan import template']);
  title.font = { bold: true, size: 14 };
  sheet.addRow([]);
  addTable(
    sheet,
    ['Cột / Column', 'Hướng dẫn (Tiếng Việt)', 'Guidance (English)', 'Ví dụ / Example'],
    PLAN_COLUMNS.map((c) => [c.header, c.helpVi, c.helpEn, c.example]),
  );
  addTable(
    sheet,
    ['Loại / Kind', 'Mã thường dùng', 'Code pattern', ''],
    [
      [KIND_LABELS.RESULT, '1.x — kết quả', 'RESULT', ''],
      [KIND_LABELS.ACTIVITY, '2.x — hoạt động (Mã cha: một kết quả)', 'ACTIVITY (parent: a result)', ''],
      [KIND_LABELS.TASK, '3.x — nhiệm vụ (Mã cha: một hoạt động)', 'TASK (parent: an activity)', ''],
      [KIND_LABELS.PROJECT, 'DA.x — đề án (Phụ lục II)', 'PROJECT (Appendix II)', ''],
    ],
  );
  addTable(
    sheet,
    ['Lĩnh vực / Area', 'Tên lĩnh vực', 'Area name', ''],
    REFORM_AREAS.map((a) => [a.code, a.nameVi, a.nameEn, '']),
  );
  addTable(
    sheet,
    ['Quy tắc / Rules', 'Tiếng Việt', 'English', ''],
    RULES.map(([vi, en], i) => [String(i + 1), vi, en, '']),
  );
}
