/** The XLSX format of a PAR Index criteria framework: the writer, the all-or-nothing reader and its messages. */
export { buildParFrameworkXlsx } from './par-framework-xlsx.writer';
export type { ParFrameworkXlsxMeta } from './par-framework-xlsx.writer';
export { canonicalParFramework, parseParFrameworkXlsx, PAR_XLSX_MESSAGES } from './par-framework-xlsx.reader';
export type {
  ParFrameworkXlsxParse,
  ParFrameworkXlsxProblem,
  ParXlsxMessageKey,
} from './par-framework-xlsx.reader';
export { GUIDE_SHEET, INFO_SHEET, ITEMS_SHEET, PAR_XLSX_LIMITS } from './par-framework-xlsx.columns';
