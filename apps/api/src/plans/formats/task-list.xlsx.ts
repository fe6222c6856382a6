import ExcelJS from 'exceljs';

export interface TaskListRow {
  code: string;
  title: string;
  planCode: string;
  areaCode: string | null;
  leads: string;
  coordinators: string;
  dueLabel: string | null;
  dueDate: string | null;
  status: string;
  progress: number;
  overdueDays: number;
  completedOn: string | null;
}

const COLUMNS: { header: string; key: keyof TaskListRow; width: number }[] = [
  { header: 'Mã', key: 'code', width: 8 },
  { header: 'Nội dung', key: 'title', width: 60 },
  { header: 'Kế hoạch', key: 'planCode', width: 16 },
  { header: 'Lĩnh vực', key: 'areaCode', width: 9 },
  { header: 'Cơ quan chủ trì', key: 'leads', width: 30 },
  { header: 'Cơ quan phối hợp', key: 'coordinators', width: 30 },
  { header: 'Thời gian hoàn thành', key: 'dueLabel', width: 14 },
  { header: 'Hạn (ngày)', key: 'dueDate', width: 12 },
  { header: 'Trạng thái', key: 'status', width: 14 },
  { header: 'Tiến độ (%)', key: 'progress', width: 10 },
  { header: 'Số ngày quá hạn', key: 'overdueDays', width: 10 },
  { header: 'Ngày hoàn thành', key: 'completedOn', width: 13 },
];

const ddmmyyyy = (date: string | null) => (date ? date.split('-').reverse().join('/') : null);

/** The task list as shown on screen, for reading and sharing (the plan template is for re-import). */
export async function buildTaskListXlsx(title: string, rows: readonly TaskListRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Nhiệm vụ', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.mergeCells(1, 1, 1, COLUMNS.length);
  sheet.getCell(1, 1).value = title;
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  sheet.getRow(2).values = COLUMNS.map((c) => c.header);
  sheet.getRow(2).font = { bold: true };
  COLUMNS.forEach((c, i) => (sheet.getColumn(i + 1).width = c.width));
  for (const row of rows) {
    sheet.addRow(
      COLUMNS.map((c) =>
        c.key === 'dueDate' || c.key === 'completedOn' ? ddmmyyyy(row[c.key]) : row[c.key],
      ),
    );
  }
  sheet.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
