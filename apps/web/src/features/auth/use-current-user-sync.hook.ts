import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSessionStore } from '../../app/auth/session.context';
import { MeDocument } from './graphql/auth.operations';

/**
 * The user snapshot in storage can be days old; an admin may have changed the role since. Re-reading `me`
 * once per app load keeps permission-based hiding in line with what the API will enforce.
 */
export function useCurrentUserSync(): void {
  const store = useSessionStore();
  const { data } = useQuery(MeDocument, { fetchPolicy: 'network-only' });
  const me = data?.me;

  useEffect(() => {
    const current = store.get()?.user;
    if (!me || !current) return;
    const changed =
      current.id !== me.id ||
      current.email !== me.email ||
      current.fullName !== me.fullName ||
      current.role !== me.role ||
      current.agencyId !== me.agencyId;
    if (changed) {
      store.updateUser({
        id: me.id,
        email: me.email,
        fullName: me.fullName,
        role: me.role,
        agencyId: me.agencyId,
      });
    }
  }, [me, store]);
}
