import { useEffect, useMemo } from 'react';
import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { SessionProvider } from './auth/session.context';
import { SESSION_STORAGE_KEY, type SessionStore } from './auth/session.store';
import { appRoutes } from './router/app.routes';

interface AppRootProps {
  client: ApolloClient;
  i18n: I18n;
  store: SessionStore;
}

export function AppRoot({ client, i18n, store }: AppRootProps) {
  const router = useMemo(() => createBrowserRouter(appRoutes), []);

  useEffect(() => {
    // Keeps tabs in step: a logout or token rotation in one tab applies to all of them.
    const onStorage = (event: StorageEvent) => {
      if (event.key === SESSION_STORAGE_KEY || event.key === null) store.syncFromStorage();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store]);

  useEffect(
    () =>
      // Whatever ended the session, the next user of this browser must not see the previous user's data.
      store.subscribe(() => {
        if (!store.get()) void client.clearStore();
      }),
    [client, store],
  );

  return (
    <I18nextProvider i18n={i18n}>
      <SessionProvider store={store}>
        <ApolloProvider client={client}>
          <RouterProvider router={router} />
        </ApolloProvider>
      </SessionProvider>
    </I18nextProvider>
  );
}
