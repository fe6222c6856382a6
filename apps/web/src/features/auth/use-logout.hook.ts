import { useCallback } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { useSessionStore } from '../../app/auth/session.context';
import { LogoutDocument } from './graphql/auth.operations';

export function useLogout(): () => Promise<void> {
  const store = useSessionStore();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logoutMutation] = useMutation(LogoutDocument);

  return useCallback(async () => {
    const refreshToken = store.get()?.refreshToken;
    if (refreshToken) {
      try {
        await logoutMutation({ variables: { refreshToken } });
      } catch {
        // Leaving must always work locally; a token the API failed to revoke still expires on its own.
      }
    }
    store.clear('logout');
    await client.clearStore();
    await navigate('/login', { replace: true });
  }, [client, logoutMutation, navigate, store]);
}
