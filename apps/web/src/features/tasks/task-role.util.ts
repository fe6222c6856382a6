import { AssignmentRole } from '../../gql/graphql';

export interface RoleAssignment {
  role: AssignmentRole;
  agency: { id: string; name: string } | null;
  group: {
    id: string;
    name: string;
    memberIds?: readonly string[];
    members?: readonly { id: string; name: string }[];
  } | null;
}

function holds(assignment: RoleAssignment, agencyId: string): boolean {
  return assignment.agency?.id === agencyId || (assignment.group?.memberIds ?? []).includes(agencyId);
}

/**
 * The role an agency holds on a task, directly or as a member of an assigned group; lead wins, as on the API.
 */
export function roleOfAgency(
  assignments: readonly RoleAssignment[],
  agencyId: string | null,
): AssignmentRole | null {
  if (!agencyId) return null;
  const mine = assignments.filter((assignment) => holds(assignment, agencyId));
  if (mine.some((assignment) => assignment.role === AssignmentRole.Lead)) return AssignmentRole.Lead;
  return mine.length > 0 ? AssignmentRole.Coordinator : null;
}

export interface AssignedAgency {
  id: string;
  name: string;
  role: AssignmentRole;
}

/** Every agency assigned to the task (group members included), leads first: whom a coordinator may speak for. */
export function assignedAgencies(assignments: readonly RoleAssignment[]): AssignedAgency[] {
  const byId = new Map<string, AssignedAgency>();
  const add = (id: string, name: string, role: AssignmentRole) => {
    const current = byId.get(id);
    if (!current || (current.role !== AssignmentRole.Lead && role === AssignmentRole.Lead))
      byId.set(id, { id, name, role });
  };
  for (const assignment of assignments) {
    if (assignment.agency) add(assignment.agency.id, assignment.agency.name, assignment.role);
    for (const member of assignment.group?.members ?? []) add(member.id, member.name, assignment.role);
  }
  return [...byId.values()].sort(
    (a, b) => Number(b.role === AssignmentRole.Lead) - Number(a.role === AssignmentRole.Lead),
  );
}
