/** Roles a user or API key can hold. Order matters only for display. */
export enum Role {
  ADMIN = 'ADMIN',
  COORDINATOR = 'COORDINATOR',
  AGENCY_MANAGER = 'AGENCY_MANAGER',
  AGENCY_OFFICER = 'AGENCY_OFFICER',
  VIEWER = 'VIEWER',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);

/** How far from its own agency a role may act (ADMIN acts everywhere). */
export enum ScopeKind {
  GLOBAL = 'GLOBAL',
  PROVINCE = 'PROVINCE',
  AGENCY_SUBTREE = 'AGENCY_SUBTREE',
  OWN_AGENCY = 'OWN_AGENCY',
}

export function scopeOfRole(role: Role): ScopeKind {
  switch (role) {
    case Role.ADMIN:
      return ScopeKind.GLOBAL;
    case Role.COORDINATOR:
    case Role.VIEWER:
      return ScopeKind.PROVINCE;
    case Role.AGENCY_MANAGER:
      return ScopeKind.AGENCY_SUBTREE;
    case Role.AGENCY_OFFICER:
      return ScopeKind.OWN_AGENCY;
    default:
      return assertNever(role);
  }
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}
