/** Plan documents in the formats besides plain text: Word (.docx) read as text, Excel (.xlsx) template. */
export { docxToPlanText } from './plan-docx.reader';
export { buildPlanXlsx, planXlsxRowOf } from './plan-xlsx.template';
export type { PlanXlsxInput, PlanXlsxRow } from './plan-xlsx.template';
export { parsePlanXlsx } from './plan-xlsx.reader';
export type { ParsePlanXlsxOptions } from './plan-xlsx.reader';
export { PLAN_COLUMNS, PLAN_SHEET, GUIDE_SHEET } from './plan-xlsx.columns';
export { UnreadableDocumentError } from './unreadable-document.error';
export { sniffDocument, wrongFormatMessage, MAX_UNPACKED_BYTES } from './document-sniff';
export type { DocumentFormat } from './document-sniff';
export { FORMAT_PROBLEM_SEVERITY } from './plan-format.problems';
export type { FormatProblemCode, PlanFormatParse, PlanFormatProblem } from './plan-format.problems';
