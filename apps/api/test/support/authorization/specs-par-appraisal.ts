import { addDays } from '@partrack/shared';
import { Agency } from '../../../src/agencies/agency.entity';
import { todayInVietnam } from '../../../src/common/time/vietnam-time';
import { MutationSpec, rowOf } from './mutation-spec';
import { sql } from './runner';
import { freshAssessment } from './specs-par-index';
import { World } from './world';

type Stage = 'DRAFT' | 'SUBMITTED' | 'APPRAISED' | 'REAPPRAISAL';

/**
 * The agency's assessment in a fresh cycle, taken to `stage` by SQL: its scale item self-scored 1; from
 * SUBMITTED on the computed item appraised 50; from APPRAISED on the scale item appraised 0 (a difference),
 * explanation open for five more days; at REAPPRAISAL it is explained. The council is every
 * caller of the world (`inCouncil`), or nobody, so that membership decides nothing unless a case wants it.
 */
export async function freshAppraisal(w: World, agency: Agency, stage: Stage, inCouncil = true) {
  const a = await freshAssessment(w, agency, true);
  const [row] = (await sql(
    w,
    `SELECT x.cycle_id, c.year, (SELECT id FROM par_criterion WHERE framework_id = x.framework_id AND code = '1.2') AS data_id
       FROM par_assessment x JOIN par_cycle c ON c.id = x.cycle_id WHERE x.id = $1`,
    [a.id],
  )) as { cycle_id: string; year: number; data_id: string }[];
  await sql(w, 'UPDATE par_cycle SET council_user_ids = $2 WHERE id = $1', [
    row.cycle_id,
    inCouncil ? Object.values(w.userId) : [],
  ]);
  if (stage !== 'DRAFT') {
    await sql(
      w,
      'INSERT INTO par_score (assessment_id, criterion_id, appraised_points) VALUES ($1, $2, 50)',
      [a.id, row.data_id],
    );
    await sql(w, 'UPDATE par_assessment SET status = $2, explanation_due = $3 WHERE id = $1', [
      a.id,
      stage,
      stage === 'SUBMITTED' ? null : addDays(todayInVietnam(), 5),
    ]);
  }
  if (stage === 'APPRAISED' || stage === 'REAPPRAISAL')
    await sql(
      w,
      'UPDATE par_score SET appraised_points = 0, appraisal_reason = $3, explanation = $4 WHERE assessment_id = $1 AND criterion_id = $2',
      [a.id, a.itemId, 'Chưa đạt', stage === 'REAPPRAISAL' ? 'Đã ban hành đúng hạn' : null],
    );
  return { ...a, cycleId: row.cycle_id, year: row.year };
}

const assessmentRow = (w: World, id: string) => rowOf(w, 'par_assessment', 'status, version', id);

/**
 * The council's mutations (PAR_APPRAISE, members only: every caller is one here) and the agency's
 * explanations (PAR_SELF_SUBMIT, like the submission), then the coordinator's (PAR_CYCLE_MANAGE).
 */
export const PAR_APPRAISAL_SPECS: MutationSpec[] = [
  {
    mutation: 'saveParAppraisal',
    permission: 'PAR_APPRAISE',
    on: async (w, agency) => {
      const a = await freshAppraisal(w, agency, 'SUBMITTED');
      return {
        query: 'mutation($i: SaveParAppraisalInput!) { saveParAppraisal(input: $i) { version } }',
        variables: { i: { id: a.id, version: 1, scores: [{ criterionId: a.itemId, points: 1 }] } },
        probe: assessmentRow(w, a.id),
        verify: (d) => expect(d.saveParAppraisal).toEqual({ version: 2 }),
      };
    },
  },
  {
    mutation: 'sendParAppraisal',
    permission: 'PAR_APPRAISE',
    on: async (w, agency) => {
      const a = await freshAppraisal(w, agency, 'SUBMITTED');
      return {
        query: 'mutation($i: SendParAppraisalInput!) { sendParAppraisal(input: $i) { status } }',
        variables: { i: { id: a.id, version: 1, acceptSelfScores: true } },
        probe: assessmentRow(w, a.id),
        verify: (d) => expect(d.sendParAppraisal).toEqual({ status: 'REAPPRAISAL' }),
      };
    },
  },
  {
    mutation: 'submitParExplanations',
    permission: 'PAR_SELF_SUBMIT',
    on: async (w, agency) => {
      const a = await freshAppraisal(w, agency, 'APPRAISED');
      return {
        query: 'mutation($i: SubmitParExplanationsInput!) { submitParExplanations(input: $i) { status } }',
        variables: {
          i: {
            id: a.id,
            version: 1,
            explanations: [{ criterionId: a.itemId, text: 'Đã ban hành đúng hạn' }],
          },
        },
        probe: assessmentRow(w, a.id),
        verify: (d) => expect(d.submitParExplanations).toEqual({ status: 'REAPPRAISAL' }),
      };
    },
  },
  {
    mutation: 'saveParReappraisal',
    permission: 'PAR_APPRAISE',
    on: async (w, agency) => {
      const a = await freshAppraisal(w, agency, 'REAPPRAISAL');
      return {
        query: 'mutation($i: SaveParReappraisalInput!) { saveParReappraisal(input: $i) { version } }',
        variables: {
          i: { id: a.id, version: 1, answers: [{ criterionId: a.itemId, points: 1, answer: 'Chấp nhận' }] },
        },
        probe: assessmentRow(w, a.id),
        verify: (d) => expect(d.saveParReappraisal).toEqual({ version: 2 }),
      };
    },
  },
  {
    mutation: 'finaliseParAssessment',
    permission: 'PAR_APPRAISE',
    on: async (w, agency) => {
      const a = await freshAppraisal(w, agency, 'SUBMITTED');
      await sql(w, `UPDATE par_assessment SET status = 'REAPPRAISAL' WHERE id = $1`, [a.id]);
      return {
        query: 'mutation($i: FinaliseParAssessmentInput!) { finaliseParAssessment(input: $i) { status } }',
        variables: { i: { id: a.id, version: 1 } },
        probe: assessmentRow(w, a.id),
        verify: (d) => expect(d.finaliseParAssessment).toEqual({ status: 'FINALISED' }),
      };
    },
  },
  {
    mutation: 'setParCouncil',
    permission: 'PAR_CYCLE_MANAGE',
    on: async (w, agency) => {
      const a = await freshAppraisal(w, agency, 'DRAFT');
      return {
        query: 'mutation($i: SetParCouncilInput!) { setParCouncil(input: $i) { councilUserIds } }',
        variables: { i: { id: a.cycleId, version: 1, userIds: [] } },
        probe: rowOf(w, 'par_cycle', 'council_user_ids, version', a.cycleId),
        verify: (d) => expect(d.setParCouncil).toEqual({ councilUserIds: [] }),
      };
    },
  },
  {
    mutation: 'setParSurveyHeld',
    permission: 'PAR_CYCLE_MANAGE',
    on: async (w, agency) => {
      const a = await freshAppraisal(w, agency, 'DRAFT');
      return {
        query: 'mutation($i: SetParSurveyHeldInput!) { setParSurveyHeld(input: $i) { surveyHeld } }',
        variables: { i: { id: a.cycleId, version: 1, surveyHeld: false } },
        probe: rowOf(w, 'par_cycle', 'survey_held, version', a.cycleId),
        verify: (d) => expect(d.setParSurveyHeld).toEqual({ surveyHeld: false }),
      };
    },
  },
  {
    mutation: 'extendParDeadline',
    permission: 'PAR_CYCLE_MANAGE',
    on: async (w, agency) => {
      // Explanations: fixtures' self-assessment deadlines lie past 2100, beyond what a LocalDate takes.
      const a = await freshAppraisal(w, agency, 'APPRAISED');
      const until = addDays(todayInVietnam(), 30);
      return {
        query: 'mutation($i: ExtendParDeadlineInput!) { extendParDeadline(input: $i) { explanationDue } }',
        variables: { i: { id: a.id, version: 1, phase: 'EXPLANATION', until, reason: 'Thiên tai' } },
        probe: rowOf(w, 'par_assessment', 'explanation_due, version', a.id),
        verify: (d) => expect(d.extendParDeadline).toEqual({ explanationDue: until }),
      };
    },
  },
  {
    mutation: 'reopenParAssessment',
    permission: 'PAR_CYCLE_MANAGE',
    on: async (w, agency) => {
      const a = await freshAppraisal(w, agency, 'SUBMITTED');
      return {
        query: 'mutation($i: ReopenParAssessmentInput!) { reopenParAssessment(input: $i) { status } }',
        variables: { i: { id: a.id, version: 1, reason: 'Bổ sung minh chứng' } },
        probe: assessmentRow(w, a.id),
        verify: (d) => expect(d.reopenParAssessment).toEqual({ status: 'DRAFT' }),
      };
    },
  },
  {
    mutation: 'publishParCycle',
    permission: 'PAR_CYCLE_MANAGE',
    on: async (w, agency) => {
      const a = await freshAppraisal(w, agency, 'DRAFT');
      await sql(w, `UPDATE par_assessment SET status = 'FINALISED' WHERE cycle_id = $1`, [a.cycleId]);
      return {
        query: 'mutation($i: PublishParCycleInput!) { publishParCycle(input: $i) { status } }',
        variables: { i: { id: a.cycleId, version: 1 } },
        probe: rowOf(w, 'par_cycle', 'status, version', a.cycleId),
        verify: (d) => expect(d.publishParCycle).toEqual({ status: 'PUBLISHED' }),
      };
    },
  },
];
