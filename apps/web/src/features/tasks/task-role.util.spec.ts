import { describe, expect, it } from 'vitest';
import { AssignmentRole } from '../../gql/graphql';
import { assignedAgencies, roleOfAgency } from './task-role.util';
import { assignment, SNV, STC } from './task.fixtures';

const DISTRICTS = {
  id: 'g-districts',
  name: 'UBND các huyện',
  members: [
    { id: 'tk', name: 'UBND thành phố Tam Kỳ' },
    { id: 'snv-also', name: 'Sở Nội vụ (thành viên)' },
  ],
};

describe('role of an agency on a task', () => {
  const assignments = [
    assignment('l1', AssignmentRole.Lead, SNV),
    assignment('c1', AssignmentRole.Coordinator, STC),
    assignment('c2', AssignmentRole.Coordinator, null, DISTRICTS),
  ];

  it('is lead, coordinator (directly or through a group) or nothing', () => {
    expect(roleOfAgency(assignments, SNV.id)).toBe(AssignmentRole.Lead);
    expect(roleOfAgency(assignments, STC.id)).toBe(AssignmentRole.Coordinator);
    expect(roleOfAgency(assignments, 'tk')).toBe(AssignmentRole.Coordinator);
    expect(roleOfAgency(assignments, 'other')).toBeNull();
    expect(roleOfAgency(assignments, null)).toBeNull();
  });

  it('lets lead win when an agency is also in a coordinating group', () => {
    const both = [
      assignment('l1', AssignmentRole.Lead, { id: 'tk', name: 'UBND thành phố Tam Kỳ' }),
      ...assignments,
    ];
    expect(roleOfAgency(both, 'tk')).toBe(AssignmentRole.Lead);
    expect(assignedAgencies(both).find((agency) => agency.id === 'tk')?.role).toBe(AssignmentRole.Lead);
  });

  it('lists every assigned agency, leads first, for coordinators reporting on their behalf', () => {
    expect(assignedAgencies(assignments).map((agency) => agency.id)).toEqual([
      SNV.id,
      STC.id,
      'tk',
      'snv-also',
    ]);
  });
});
