// Test-only: a small plan period to build templates from, and a way to edit them as a user would in Excel.
import { IndicatorAggregation, IndicatorUnit } from '@partrack/shared';
import ExcelJS from 'exceljs';
import {
  MeasurementXlsxAgency,
  MeasurementXlsxExisting,
  MeasurementXlsxIndicator,
  MeasurementXlsxInput,
  pairKey,
} from './measurement-xlsx.columns';

/** Columns D–E (ratio), F (percent value) and G (count value); the note is column H. */
export const INDICATORS: readonly MeasurementXlsxIndicator[] = [
  {
    id: 'i-online',
    code: 'ONLINE-DOSSIERS',
    name: 'Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến',
    unit: IndicatorUnit.PERCENT,
    aggregation: IndicatorAggregation.RATIO,
  },
  {
    id: 'i-satisfaction',
    code: 'SATISFACTION',
    name: 'Mức độ hài lòng của người dân',
    unit: IndicatorUnit.PERCENT,
    aggregation: IndicatorAggregation.AVERAGE,
  },
  {
    id: 'i-inspections',
    code: 'INSPECTIONS',
    name: 'Số cuộc kiểm tra công tác CCHC',
    unit: IndicatorUnit.COUNT,
    aggregation: IndicatorAggregation.SUM,
  },
];

/** Rows 5–8. */
export const AGENCIES: readonly MeasurementXlsxAgency[] = [
  { id: 'a-snv', code: 'SNV', name: 'Sở Nội vụ', level: 'Sở' },
  { id: 'a-stp', code: 'STP', name: 'Sở Tư pháp', level: 'Sở' },
  { id: 'a-hda', code: 'UBND-HDA', name: 'Ủy ban nhân dân huyện Duy Xuyên', level: 'Huyện' },
  { id: 'a-01', code: '01', name: 'Ủy ban nhân dân xã Một', level: 'Xã' },
];

const figure = (
  values: Partial<MeasurementXlsxExisting>,
  status: MeasurementXlsxExisting['status'] = 'DRAFT',
): MeasurementXlsxExisting => ({
  value: null,
  numerator: null,
  denominator: null,
  note: null,
  status,
  ...values,
});

export const EXISTING: ReadonlyMap<string, MeasurementXlsxExisting> = new Map([
  [pairKey('i-online', 'a-snv'), figure({ numerator: 120, denominator: 150, note: 'Số liệu tạm' })],
  [pairKey('i-satisfaction', 'a-snv'), figure({ value: 87.5, note: 'Số liệu tạm' })],
  [pairKey('i-online', 'a-stp'), figure({ numerator: 30, denominator: 40 }, 'SUBMITTED')],
  [pairKey('i-inspections', 'a-stp'), figure({ value: 4 }, 'APPROVED')],
  [pairKey('i-satisfaction', 'a-hda'), figure({ value: 70, note: 'Đã sửa theo yêu cầu' }, 'RETURNED')],
]);

/** Every pair but the district's inspections (G7), which is greyed "—". */
export const EXPECTED: ReadonlySet<string> = new Set(
  INDICATORS.flatMap((i) => AGENCIES.map((a) => pairKey(i.id, a.id))).filter(
    (key) => key !== pairKey('i-inspections', 'a-hda'),
  ),
);

export const INPUT: MeasurementXlsxInput = {
  planCode: 'KH-CCHC-2022',
  planTitle: 'KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022',
  period: '2022-Q1',
  indicators: INDICATORS,
  agencies: AGENCIES,
  existing: EXISTING,
  expected: EXPECTED,
};

export async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(buffer).buffer);
  return workbook;
}

/** Opens the file, lets `change` edit the named sheet (default: the figures) and saves it again. */
export async function editWorkbook(
  buffer: Buffer,
  change: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void,
  sheetName = 'Số liệu',
): Promise<Buffer> {
  const workbook = await loadWorkbook(buffer);
  const sheet = workbook.getWorksheet(sheetName);
  if (sheet === undefined) throw new Error(`No sheet ${sheetName}`);
  change(sheet, workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Sets cells by address: `{ F5: '12,5', D5: null }`. */
export function setCells(values: Readonly<Record<string, ExcelJS.CellValue>>) {
  return (sheet: ExcelJS.Worksheet): void => {
    for (const [address, value] of Object.entries(values)) sheet.getCell(address).value = value;
  };
}
