import { Agency } from '../../../src/agencies/agency.entity';
import { countOf, MutationSpec, rowOf } from './mutation-spec';
import { freshAgency } from './objects';
import { World } from './world';

/** A one-line batch renaming a fresh agency below `agency` from 2030 (no other case's data is touched). */
async function renameBatch(w: World, agency: Agency) {
  const target = await freshAgency(w, agency);
  return {
    target,
    input: {
      title: `Sắp xếp ${target.code}`,
      effectiveDate: '2030-01-01',
      operations: [{ action: 'RENAME', code: target.code, name: `Tên mới ${target.code}` }],
    },
  };
}

/** Reorganisation batches (docs/reorganisation.md). */
export const REORGANISATION_SPECS: MutationSpec[] = [
  {
    mutation: 'previewReorganisation',
    permission: 'AGENCY_MANAGE',
    on: async (w, agency) => {
      const { target, input } = await renameBatch(w, agency);
      return {
        query:
          'mutation($i: ReorganisationInput!) { previewReorganisation(input: $i) { problems { line } agencies { code nameAfter } } }',
        variables: { i: input },
        // A dry run writes nothing, allowed or not.
        succeedsWithoutWriting: true,
        probe: countOf(w, 'agency_version', 'agency_id = $1', [target.id]),
        verify: (d) =>
          expect(d.previewReorganisation).toEqual({
            problems: [],
            agencies: [{ code: target.code, nameAfter: `Tên mới ${target.code}` }],
          }),
      };
    },
  },
  {
    mutation: 'applyReorganisation',
    permission: 'AGENCY_MANAGE',
    on: async (w, agency) => {
      const { target, input } = await renameBatch(w, agency);
      return {
        query:
          'mutation($i: ReorganisationInput!) { applyReorganisation(input: $i) { status operationCount } }',
        variables: { i: input },
        probe: countOf(w, 'agency_version', 'agency_id = $1', [target.id]),
        verify: (d) => expect(d.applyReorganisation).toEqual({ status: 'APPLIED', operationCount: 1 }),
      };
    },
  },
  {
    mutation: 'undoReorganisation',
    permission: 'AGENCY_MANAGE',
    on: async (w, agency) => {
      const { input } = await renameBatch(w, agency);
      const { applyReorganisation: batch } = await w.ok<{ applyReorganisation: { id: string } }>(
        'mutation($i: ReorganisationInput!) { applyReorganisation(input: $i) { id } }',
        { i: input },
      );
      return {
        query: 'mutation($id: ID!) { undoReorganisation(id: $id) { id status } }',
        variables: { id: batch.id },
        probe: rowOf(w, 'agency_reorganisation', 'status', batch.id),
        verify: (d) => expect(d.undoReorganisation).toEqual({ id: batch.id, status: 'UNDONE' }),
      };
    },
  },
];
