import type { PlanItemKind, ProductType } from '../plan/plan.enums';
import type { ReformAreaCode } from '../plan/reform-areas';
import type { PlanProblemCode } from './plan-problems';

export interface PlanDocumentHeader {
  /** "3600/QĐ-UBND"; null when the copy leaves the number blank (drafts and unsigned copies do). */
  decisionNumber: string | null;
  /** 'YYYY-MM-DD'; null unless day, month and year are all written. */
  decisionDate: string | null;
  issuerText: string | null;
  title: string | null;
  /** The plan year, from the title ("… NĂM 2022"). */
  year: number | null;
  /** The line citing the submission (Tờ trình) the decision was proposed by, as written. */
  proposerText: string | null;
}

export interface ParsedPlanItem {
  /** 1-based line of the item's code (or project number). */
  line: number;
  kind: PlanItemKind;
  /** "1.3", "2.15", "3.41"; projects "DA.1" after the document's own row number. */
  code: string;
  parentCode: string | null;
  /** Multi-line titles and cells keep their line breaks. */
  title: string;
  areaCode: ReformAreaCode | null;
  productText: string | null;
  productType: ProductType | null;
  leadText: string | null;
  coordinatorText: string | null;
  dueLabel: string | null;
  dueDate: string | null;
  fundingText: string | null;
}

export type PlanProblemSeverity = 'ERROR' | 'WARNING';

export interface PlanParseProblem {
  line: number;
  severity: PlanProblemSeverity;
  code: PlanProblemCode;
  message: string;
  itemCode?: string;
}

export interface PlanDocumentParse {
  header: PlanDocumentHeader;
  /** Document order: Appendix I (results, activities, tasks), then Appendix II (projects). */
  items: ParsedPlanItem[];
  /** Sorted by line. */
  problems: PlanParseProblem[];
  stats: {
    lines: number;
    /** Non-blank table lines dropped: page numbers, repeats of an area heading, unrecognised lines. */
    skippedLines: number;
  };
}

export interface ParsePlanTextOptions {
  /** Plan year for completion times that name none ("Quý I"); defaults to the year in the title. */
  year?: number;
  /**
   * Says whether a cell names agencies; consulted only when a row has fewer or more cells than columns
   * and position alone cannot tell the product from the agency cells. Defaults to a wording heuristic.
   */
  classifyAgencyCell?: (text: string) => boolean;
}
