import { Agency } from '../../../src/agencies/agency.entity';
import { countOf, MutationSpec, rowOf } from './mutation-spec';
import { freshTask } from './objects';
import { sql } from './runner';
import { freshAssessment } from './specs-par-index';
import { World } from './world';

/** A link already cited on the fresh assessment's item, for removal. */
async function freshEvidence(w: World, agency: Agency): Promise<string> {
  const a = await freshAssessment(w, agency, false);
  const [row] = (await sql(
    w,
    `INSERT INTO par_evidence (assessment_id, criterion_id, kind, label, url, added_by)
     VALUES ($1, $2, 'URL', 'Quyết định ban hành kế hoạch', 'https://example.vn/qd.pdf', 'fixture') RETURNING id`,
    [a.id, a.itemId],
  )) as { id: string }[];
  return row.id;
}

/**
 * Evidence of a self-assessment: written by whoever may score the agency (PAR_SELF_ASSESS), on a DRAFT of
 * an agency in the caller's write scope, like saveParSelfScores.
 */
export const PAR_EVIDENCE_SPECS: MutationSpec[] = [
  {
    mutation: 'addParEvidenceLink',
    permission: 'PAR_SELF_ASSESS',
    on: async (w, agency) => {
      const a = await freshAssessment(w, agency, false);
      return {
        query: 'mutation($i: AddParEvidenceLinkInput!) { addParEvidenceLink(input: $i) { kind label } }',
        variables: {
          i: {
            assessmentId: a.id,
            criterionId: a.itemId,
            url: 'https://example.vn/ke-hoach.pdf',
            label: 'Kế hoạch CCHC năm',
          },
        },
        probe: countOf(w, 'par_evidence', 'assessment_id = $1', [a.id]),
        verify: (d) => expect(d.addParEvidenceLink).toEqual({ kind: 'URL', label: 'Kế hoạch CCHC năm' }),
      };
    },
  },
  {
    mutation: 'addParEvidenceRecord',
    permission: 'PAR_SELF_ASSESS',
    on: async (w, agency) => {
      const [a, task] = await Promise.all([freshAssessment(w, agency, false), freshTask(w, agency)]);
      return {
        query:
          'mutation($i: AddParEvidenceRecordInput!) { addParEvidenceRecord(input: $i) { kind recordId } }',
        variables: {
          i: { assessmentId: a.id, criterionId: a.itemId, recordType: 'TASK', recordId: task.id },
        },
        probe: countOf(w, 'par_evidence', 'assessment_id = $1', [a.id]),
        verify: (d) => expect(d.addParEvidenceRecord).toEqual({ kind: 'RECORD', recordId: task.id }),
      };
    },
  },
  {
    mutation: 'removeParEvidence',
    permission: 'PAR_SELF_ASSESS',
    on: async (w, agency) => {
      const id = await freshEvidence(w, agency);
      return {
        query: 'mutation($id: ID!) { removeParEvidence(id: $id) }',
        variables: { id },
        probe: rowOf(w, 'par_evidence', 'id', id),
        verify: (d) => expect(d.removeParEvidence).toBe(true),
      };
    },
  },
];
