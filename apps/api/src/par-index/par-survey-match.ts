import { foldVietnamese, ParAssessmentStatus, ParScoringMethod, surveyPoints } from '@partrack/shared';
import { ParSurveyXlsxParse, ParSurveyXlsxProblem, ParSurveyXlsxRow } from './formats/par-survey-xlsx.reader';
import { ParAssessment } from './par-assessment.entity';
import { ParCriterion } from './par-criterion.entity';

/** Codes compare without spaces and case: "pa-snv" names PA-SNV, "2. 1" item 2.1. */
export const surveyCodeKey = (code: string) => code.replace(/\s+/g, '').toUpperCase();

/** How a row names its agency: by code when it gives one, else by its folded name. */
export function surveyAgencyKey(row: Pick<ParSurveyXlsxRow, 'agencyCode' | 'agencyName'>): string {
  return row.agencyCode !== null
    ? `code:${surveyCodeKey(row.agencyCode)}`
    : `name:${foldVietnamese(row.agencyName ?? '')}`;
}

/** A framework's SURVEY leaves by code key, in code order. */
export function surveyLeaves(criteria: readonly ParCriterion[]): Map<string, ParCriterion> {
  const parents = new Set(criteria.map((c) => c.parentId));
  const leaves = criteria
    .filter((c) => c.method === ParScoringMethod.SURVEY && !parents.has(c.id))
    .sort((a, b) => a.code.localeCompare(b.code, 'vi', { numeric: true }));
  return new Map(leaves.map((c) => [surveyCodeKey(c.code), c]));
}

/** The assessments of a cycle by their agency's code and folded name (names may repeat). */
export class SurveyAgencies {
  private readonly byKey = new Map<string, ParAssessment[]>();

  constructor(assessments: readonly ParAssessment[]) {
    for (const a of assessments) {
      for (const key of [
        surveyAgencyKey({ agencyCode: a.agency?.code ?? '', agencyName: null }),
        surveyAgencyKey({ agencyCode: null, agencyName: a.agency?.name ?? '' }),
      ])
        this.byKey.set(key, [...(this.byKey.get(key) ?? []), a]);
    }
  }

  find(row: Pick<ParSurveyXlsxRow, 'agencyCode' | 'agencyName'>): ParAssessment[] {
    return this.byKey.get(surveyAgencyKey(row)) ?? [];
  }
}

/** A row ready to write: the item's points from its rate, and the points it had. */
export interface SurveyWrite {
  line: number;
  assessment: ParAssessment;
  criterion: ParCriterion;
  percent: number;
  points: number;
  before: number | null;
}

export interface SurveyMatchContext {
  agencies: SurveyAgencies;
  /** SURVEY leaves of each framework (surveyLeaves) */
  items: ReadonlyMap<string, ReadonlyMap<string, ParCriterion>>;
  /** surveyAgencyKey of agencies of the cycle's province without an assessment in the cycle */
  outsideCycle: ReadonlySet<string>;
  /** Appraised points stored, by "assessment id|criterion id" */
  existing: ReadonlyMap<string, number>;
}

/**
 * Each row's assessment and item, or its problems, row by row: an agency unknown, ambiguous by name or not in
 * the cycle; an item that is not a SURVEY leaf of the agency's framework; the same agency and item twice; a
 * finalised assessment. Pure: the service reads what the context holds.
 */
export function matchSurveyRows(
  parse: ParSurveyXlsxParse,
  ctx: SurveyMatchContext,
): { writes: SurveyWrite[]; problems: ParSurveyXlsxProblem[] } {
  const seen = new Map<string, number>();
  const writes: SurveyWrite[] = [];
  const problems: ParSurveyXlsxProblem[] = [];
  const letter = (key: 'agencyCode' | 'agencyName' | 'itemCode') => parse.letters.get(key) ?? null;
  for (const row of parse.rows) {
    const agency = row.agencyCode ?? row.agencyName ?? '';
    const agencyColumn = letter(row.agencyCode !== null ? 'agencyCode' : 'agencyName');
    const report = (
      column: string | null,
      key: ParSurveyXlsxProblem['key'],
      params: Record<string, string | number> = {},
    ) => problems.push({ line: row.line, column, key, params: { agency, ...params } });
    const found = ctx.agencies.find(row);
    if (found.length !== 1) {
      const key =
        found.length > 1
          ? 'parSurvey.ambiguousAgency'
          : ctx.outsideCycle.has(surveyAgencyKey(row))
            ? 'parSurvey.agencyNotInCycle'
            : 'parSurvey.unknownAgency';
      report(agencyColumn, key);
      continue;
    }
    const assessment = found[0];
    const criterion = ctx.items.get(assessment.frameworkId)?.get(surveyCodeKey(row.itemCode));
    if (!criterion) {
      report(letter('itemCode'), 'parSurvey.notASurveyItem', { code: row.itemCode });
      continue;
    }
    const pair = `${assessment.id}|${criterion.id}`;
    const firstLine = seen.get(pair);
    if (firstLine !== undefined) {
      report(letter('itemCode'), 'parSurvey.duplicateRow', { code: criterion.code, firstLine });
      continue;
    }
    seen.set(pair, row.line);
    if (assessment.status === ParAssessmentStatus.FINALISED) {
      report(agencyColumn, 'parSurvey.assessmentFinalised');
      continue;
    }
    writes.push({
      line: row.line,
      assessment,
      criterion,
      percent: row.percent,
      points: surveyPoints(criterion.maxPoints, row.percent),
      before: ctx.existing.get(pair) ?? null,
    });
  }
  return { writes, problems };
}
