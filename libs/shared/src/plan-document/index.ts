export { parsePlanText } from './plan-text.parser';
export { looksLikeAgencyCell } from './agency-cell.heuristic';
export type {
  ParsedPlanItem,
  ParsePlanTextOptions,
  PlanDocumentHeader,
  PlanDocumentParse,
  PlanParseProblem,
  PlanProblemSeverity,
} from './plan-document.types';
export type { PlanProblemCode } from './plan-problems';
