import { rowOf } from './mutation-spec';
import { onPlace, provinceWide, ScopeCase } from './scope-cases';
import { freshAppraisal } from './specs-par-appraisal';

const COUNCIL = ['saveParAppraisal', 'sendParAppraisal', 'saveParReappraisal', 'finaliseParAssessment'];

/**
 * The council acts anywhere in its province but only as members: a caller with PAR_APPRAISE outside the
 * council is refused (FORBIDDEN: he reads the assessment), one of another province sees nothing (NOT_FOUND).
 * Explanations go like the submission; the coordinator's mutations are province-wide.
 */
export const PAR_APPRAISAL_SCOPE_CASES: ScopeCase[] = [
  ...COUNCIL.flatMap((m) => [
    onPlace(m, 'council member of the province, on a commune', 'officerStc', 'p.c1', 'OK'),
    ...provinceWide(m, 'qOfficer'),
  ]),
  {
    mutation: 'saveParAppraisal',
    label: 'coordinator who is not in the council',
    caller: 'coordinator',
    expected: 'FORBIDDEN',
    arrange: async (w) => {
      const a = await freshAppraisal(w, w.p.d1, 'SUBMITTED', false);
      return {
        query: 'mutation($i: SaveParAppraisalInput!) { saveParAppraisal(input: $i) { version } }',
        variables: { i: { id: a.id, version: 1, scores: [{ criterionId: a.itemId, points: 1 }] } },
        probe: rowOf(w, 'par_assessment', 'version', a.id),
      };
    },
  },
  onPlace('submitParExplanations', 'manager, a commune below', 'manager', 'p.c1', 'OK'),
  onPlace('submitParExplanations', 'manager, another agency', 'manager', 'p.stc', 'FORBIDDEN'),
  ...provinceWide('submitParExplanations'),
  ...[
    'setParCouncil',
    'setParSurveyHeld',
    'extendParDeadline',
    'reopenParAssessment',
    'publishParCycle',
    'assignParResponsibilities',
    'recordParNationalAppraisal',
    'importParNationalPoints',
    'createParImprovementTasks',
  ].flatMap((m) => provinceWide(m)),
];
