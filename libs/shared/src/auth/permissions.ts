import { Role } from './roles';

/**
 * Every operation the API guards. The SPA reads the same table to hide what the API would refuse,
 * so adding a mutation means adding (or reusing) a permission here.
 */
export enum Permission {
  AGENCY_READ = 'AGENCY_READ',
  AGENCY_MANAGE = 'AGENCY_MANAGE',
  AGENCY_IMPORT = 'AGENCY_IMPORT',
  AGENCY_GROUP_MANAGE = 'AGENCY_GROUP_MANAGE',
  USER_MANAGE = 'USER_MANAGE',
  API_KEY_MANAGE = 'API_KEY_MANAGE',
  AUDIT_READ = 'AUDIT_READ',
}

export const PERMISSIONS_BY_ROLE: Readonly<Record<Role, readonly Permission[]>> = {
  [Role.ADMIN]: Object.values(Permission),
  [Role.COORDINATOR]: [Permission.AGENCY_READ, Permission.AGENCY_MANAGE, Permission.AGENCY_GROUP_MANAGE],
  [Role.AGENCY_MANAGER]: [Permission.AGENCY_READ],
  [Role.AGENCY_OFFICER]: [Permission.AGENCY_READ],
  [Role.VIEWER]: [Permission.AGENCY_READ],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return PERMISSIONS_BY_ROLE[role].includes(permission);
}
