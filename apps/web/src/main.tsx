import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloSetup } from './app/apollo/apollo-client.factory';
import { AppRoot } from './app/app-root.component';
import { sessionStore } from './app/auth/session.store';
import { createAppI18n } from './app/i18n/app-i18n';
import { currentLanguage } from './app/i18n/i18n.instance';

const i18n = createAppI18n();
const { client } = createApolloSetup({ store: sessionStore, getLanguage: () => currentLanguage(i18n) });

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element in index.html');

createRoot(container).render(
  <StrictMode>
    <AppRoot client={client} i18n={i18n} store={sessionStore} />
  </StrictMode>,
);
