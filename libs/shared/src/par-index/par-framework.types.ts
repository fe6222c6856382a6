import { ParDataRule } from './par-data-rules';
import { ParTargetGroup } from './par-index.enums';
import { ParFrameworkNode } from './par-framework-check';
import { ParBand } from './par-ranking';

/** One item of a framework as written in a document, an import file or a sample. */
export interface ParCriterionDefinition extends ParFrameworkNode {
  title: string;
  guidance?: string | null;
  /** Scoring without evidence then needs a written reason */
  evidenceRequired?: boolean;
  /** How a DATA leaf reads partrack's records; without one the council appraises it */
  dataRule?: ParDataRule | null;
}

/** A whole framework (bộ tiêu chí): what an import produces and a sample ships. */
export interface ParFrameworkDefinition {
  name: string;
  targetGroup: ParTargetGroup;
  totalPoints: number;
  bands: ParBand[];
  criteria: ParCriterionDefinition[];
}

/** Bands used when a framework names none: the national A/B/C grouping, with D below 70. */
export const DEFAULT_PAR_BANDS: readonly ParBand[] = [
  { code: 'A', label: 'Nhóm A', minIndex: 90 },
  { code: 'B', label: 'Nhóm B', minIndex: 80 },
  { code: 'C', label: 'Nhóm C', minIndex: 70 },
  { code: 'D', label: 'Nhóm D', minIndex: 0 },
];
