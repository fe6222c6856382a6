import { useCallback } from 'react';
import { hasPermission, type Permission } from '@partrack/shared';
import { useSession } from '../auth/session.context';

/**
 * Hides what the API would refuse anyway. This is a convenience for users, not a security boundary:
 * the API checks the same PERMISSIONS_BY_ROLE table on every request.
 */
export function useCan(permission: Permission): boolean {
  const session = useSession();
  return session ? hasPermission(session.user.role, permission) : false;
}

/** For places that test several permissions (navigation) without a hook call per permission. */
export function usePermissionCheck(): (permission: Permission) => boolean {
  const session = useSession();
  const role = session?.user.role;
  return useCallback((permission: Permission) => (role ? hasPermission(role, permission) : false), [role]);
}
