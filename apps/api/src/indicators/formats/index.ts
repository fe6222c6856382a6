/** Bulk entry of indicator figures by Excel: the template for one plan and period, and its reader. */
export { buildMeasurementXlsx, LOCKED_NOTES } from './measurement-xlsx.template';
export { parseMeasurementXlsx } from './measurement-xlsx.reader';
export type { ParseMeasurementXlsxOptions } from './measurement-xlsx.reader';
export { GUIDE_SHEET, MEASUREMENT_SHEET, META_SHEET, pairKey, periodLabel } from './measurement-xlsx.columns';
export type {
  MeasurementXlsxAgency,
  MeasurementXlsxExisting,
  MeasurementXlsxIndicator,
  MeasurementXlsxInput,
  MeasurementXlsxParse,
  MeasurementXlsxProblem,
  MeasurementXlsxProblemCode,
  MeasurementXlsxRow,
} from './measurement-xlsx.columns';
