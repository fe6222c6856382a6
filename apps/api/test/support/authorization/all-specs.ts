import { MutationSpec } from './mutation-spec';
import { ADMINISTRATION_SPECS } from './specs-administration';
import { FIGURE_SPECS } from './specs-figures';
import { INSPECTION_SPECS } from './specs-inspections';
import { PAR_APPRAISAL_SPECS } from './specs-par-appraisal';
import { PAR_EVIDENCE_SPECS } from './specs-par-evidence';
import { PAR_NATIONAL_SPECS } from './specs-par-national';
import { PAR_INDEX_SPECS } from './specs-par-index';
import { PLAN_SPECS } from './specs-plans';
import { REPORT_SPECS, SELF_SPECS } from './specs-reports';
import { REORGANISATION_SPECS } from './specs-reorganisation';
import { SURVEY_SPECS } from './specs-surveys';

/** Every mutation but login, logout and refreshToken (public: they are the way in). */
export const MUTATION_SPECS: MutationSpec[] = [
  ...ADMINISTRATION_SPECS,
  ...REORGANISATION_SPECS,
  ...PLAN_SPECS,
  ...FIGURE_SPECS,
  ...REPORT_SPECS,
  ...PAR_INDEX_SPECS,
  ...PAR_EVIDENCE_SPECS,
  ...PAR_APPRAISAL_SPECS,
  ...PAR_NATIONAL_SPECS,
  ...SURVEY_SPECS,
  ...INSPECTION_SPECS,
  ...SELF_SPECS,
];

export const PUBLIC_MUTATIONS = ['login', 'logout', 'refreshToken'];

export function specOf(mutation: string): MutationSpec {
  const spec = MUTATION_SPECS.find((s) => s.mutation === mutation);
  if (!spec) throw new Error(`no spec for ${mutation}`);
  return spec;
}
