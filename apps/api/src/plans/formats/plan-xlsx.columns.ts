import { foldVietnamese, PlanItemKind } from '@partrack/shared';

/**
 * The plan import template: sheet "Kế hoạch" holds the title in row 1 (merged over the columns), the plan
 * year in row 2 ("Năm kế hoạch" | 2022), the column titles in row 3 and one item per row from row 4.
 * The reader finds the column titles by name, so columns may be moved; sheet "Hướng dẫn" explains them.
 */
export const PLAN_SHEET = 'Kế hoạch';
export const GUIDE_SHEET = 'Hướng dẫn';
export const TITLE_ROW = 1;
export const YEAR_ROW = 2;
export const YEAR_LABEL = 'Năm kế hoạch';
export const HEADER_ROW = 3;
export const FIRST_ITEM_ROW = 4;
/** The reader looks this far down for the column titles, in case rows were added above them. */
export const HEADER_SEARCH_ROWS = 20;

export type PlanColumnKey =
  | 'code'
  | 'kind'
  | 'parentCode'
  | 'areaCode'
  | 'title'
  | 'productText'
  | 'leadText'
  | 'coordinatorText'
  | 'dueLabel'
  | 'fundingText';

export interface PlanColumn {
  key: PlanColumnKey;
  header: string;
  width: number;
  /** Typed codes and labels must stay text: Excel would turn "1.10" into the number 1.1 and "2022" too. */
  text: boolean;
  /** Other titles accepted for the column (English, longer Vietnamese forms). */
  aliases: readonly string[];
  helpVi: string;
  helpEn: string;
  example: string;
}

export const PLAN_COLUMNS: readonly PlanColumn[] = [
  {
    key: 'code',
    header: 'Mã',
    width: 9,
    text: true,
    aliases: ['code', 'ma so', 'ma muc'],
    helpVi:
      'Mã mục, duy nhất trong kế hoạch: 1.x kết quả, 2.x hoạt động, 3.x nhiệm vụ, DA.x đề án. Bắt buộc.',
    helpEn: 'Item code, unique in the plan: 1.x result, 2.x activity, 3.x task, DA.x project. Required.',
    example: '3.6',
  },
  {
    key: 'kind',
    header: 'Loại',
    width: 12,
    text: true,
    aliases: ['kind', 'type', 'loai muc'],
    helpVi:
      'Kết quả, Hoạt động, Nhiệm vụ hoặc Đề án (hoặc RESULT, ACTIVITY, TASK, PROJECT). Để trống thì suy ra từ mã.',
    helpEn:
      'RESULT, ACTIVITY, TASK or PROJECT (Vietnamese names accepted). Empty: read from the code pattern.',
    example: 'Nhiệm vụ',
  },
  {
    key: 'parentCode',
    header: 'Mã cha',
    width: 9,
    text: true,
    aliases: ['parent', 'parent code', 'ma muc cha'],
    helpVi: 'Mã của mục cha, ở một dòng phía trên: hoạt động thuộc kết quả, nhiệm vụ thuộc hoạt động.',
    helpEn: 'Code of the parent item, on an earlier row: activities under results, tasks under activities.',
    example: '2.5',
  },
  {
    key: 'areaCode',
    header: 'Lĩnh vực',
    width: 10,
    text: true,
    aliases: ['area', 'ma linh vuc', 'linh vuc cai cach'],
    helpVi: 'Lĩnh vực cải cách I–VII (xem bảng bên dưới); cũng nhận tên lĩnh vực.',
    helpEn: 'Reform area I–VII (see the table below); area names are accepted too.',
    example: 'II',
  },
  {
    key: 'title',
    header: 'Nội dung',
    width: 60,
    text: false,
    aliases: ['title', 'ten', 'noi dung nhiem vu', 'ten de an', 'ket qua/hoat dong/nhiem vu'],
    helpVi: 'Tên kết quả, hoạt động, nhiệm vụ hoặc đề án, như văn bản ghi. Có thể xuống dòng (Alt+Enter).',
    helpEn: 'Name of the result, activity, task or project as written. Line breaks (Alt+Enter) are kept.',
    example: 'Rà soát, thực hiện cắt giảm thời gian giải quyết TTHC …',
  },
  {
    key: 'productText',
    header: 'Sản phẩm',
    width: 32,
    text: false,
    aliases: ['product', 'san pham dau ra'],
    helpVi: 'Sản phẩm như văn bản ghi; loại sản phẩm (Quyết định, Kế hoạch, Báo cáo …) được nhận ra tự động.',
    helpEn: 'Product as written; its type (decision, plan, report …) is recognised automatically.',
    example: 'Quyết định',
  },
  {
    key: 'leadText',
    header: 'Cơ quan chủ trì',
    width: 30,
    text: false,
    aliases: ['lead', 'lead agency', 'co quan chu tri thuc hien', 'don vi chu tri'],
    helpVi: 'Tên cơ quan chủ trì, nhiều cơ quan cách nhau bằng dấu phẩy hoặc chấm phẩy.',
    helpEn: 'Lead agency names, several separated by commas or semicolons.',
    example: 'Văn phòng Ủy ban nhân dân tỉnh',
  },
  {
    key: 'coordinatorText',
    header: 'Cơ quan phối hợp',
    width: 34,
    text: false,
    aliases: ['coordinators', 'coordinating agencies', 'co quan phoi hop thuc hien', 'don vi phoi hop'],
    helpVi: 'Tên cơ quan phối hợp, hoặc nhóm ("Các Sở, ban, ngành").',
    helpEn: 'Coordinating agency names, or groups ("Các Sở, ban, ngành").',
    example: 'Các Sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố',
  },
  {
    key: 'dueLabel',
    header: 'Thời gian hoàn thành',
    width: 16,
    text: true,
    aliases: ['due', 'deadline', 'thoi han', 'thoi gian'],
    helpVi: 'Như văn bản ghi: "2022", "Quý I", "Quý II, III", "Quý I/2022", "tháng 6/2022", "30/6/2022".',
    helpEn: 'As written: "2022", "Quý I", "Quý II, III", "Quý I/2022", "tháng 6/2022", "30/6/2022".',
    example: 'Quý II, III',
  },
  {
    key: 'fundingText',
    header: 'Kinh phí',
    width: 30,
    text: false,
    aliases: ['funding', 'kinh phi thuc hien', 'nguon kinh phi'],
    helpVi: 'Nguồn kinh phí như văn bản ghi; để trống nếu văn bản không ghi.',
    helpEn: 'Funding as written; leave empty when the plan names none.',
    example: 'Kinh phí chi thường xuyên',
  },
];

/** How the template writes each kind; the reader also accepts the enum names. */
export const KIND_LABELS: Readonly<Record<PlanItemKind, string>> = {
  [PlanItemKind.RESULT]: 'Kết quả',
  [PlanItemKind.ACTIVITY]: 'Hoạt động',
  [PlanItemKind.TASK]: 'Nhiệm vụ',
  [PlanItemKind.PROJECT]: 'Đề án',
};

/** Folded column title: first line only, without "(…)" notes and "*" marks, so "Mã (*)" is "ma". */
export function headerKey(text: string): string {
  const firstLine = text.split('\n')[0] ?? '';
  return foldVietnamese(firstLine.replace(/\([^)]*\)|\*/g, ' ')).replace(/[:.]+$/, '');
}

const COLUMN_BY_KEY = new Map<string, PlanColumnKey>(
  PLAN_COLUMNS.flatMap((c) =>
    [headerKey(c.header), ...c.aliases].map((k): [string, PlanColumnKey] => [k, c.key]),
  ),
);

export function columnOfHeader(text: string): PlanColumnKey | null {
  return COLUMN_BY_KEY.get(headerKey(text)) ?? null;
}

export function kindOfLabel(text: string): PlanItemKind | null {
  const key = foldVietnamese(text);
  const found = Object.values(PlanItemKind).find(
    (kind) => key === kind.toLowerCase() || key === foldVietnamese(KIND_LABELS[kind]),
  );
  return found ?? null;
}
