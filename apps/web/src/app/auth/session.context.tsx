import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { sessionStore as defaultStore, type Session, type SessionStore } from './session.store';

const SessionContext = createContext<SessionStore>(defaultStore);

export function SessionProvider({ store, children }: { store: SessionStore; children: ReactNode }) {
  return <SessionContext.Provider value={store}>{children}</SessionContext.Provider>;
}

export function useSessionStore(): SessionStore {
  return useContext(SessionContext);
}

export function useSession(): Session | null {
  const store = useSessionStore();
  return useSyncExternalStore(store.subscribe, store.get);
}
