import type { ReactElement } from 'react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { Role } from '@partrack/shared';
import { SessionProvider } from '../app/auth/session.context';
import { SessionStore, type Session } from '../app/auth/session.store';
import { AntdLocaleProvider } from '../app/i18n/antd-locale.provider';
import { createI18n } from '../app/i18n/i18n.setup';
import type { Language } from '../app/i18n/language';

export function fakeSession(role: Role = Role.ADMIN): Session {
  return {
    accessToken: 'access-1',
    refreshToken: 'refresh-1',
    accessTokenExpiresAt: Date.now() + 15 * 60 * 1000,
    user: { id: 'u-1', email: 'can.bo@noivu.gov.vn', fullName: 'Nguyễn Văn An', role, agencyId: 'a-1' },
  };
}

export interface HarnessOptions {
  // MockedResponse is generic per operation; the array mixes operations, so its element type stays loose.
  mocks?: ReadonlyArray<MockLink.MockedResponse<Record<string, unknown>, Record<string, unknown>>>;
  /** null renders as a visitor without a session. */
  role?: Role | null;
  language?: Language;
  route?: string;
}

export interface Harness extends RenderResult {
  user: UserEvent;
  store: SessionStore;
  i18n: I18n;
}

/** The providers every screen expects, with Apollo mocked and an in-memory router. */
export function renderWithProviders(ui: ReactElement, options: HarnessOptions = {}): Harness {
  const { mocks = [], role = Role.ADMIN, language = 'vi', route = '/' } = options;
  const store = new SessionStore(window.localStorage);
  if (role) store.set(fakeSession(role));
  const i18n = createI18n(language);
  const result = render(
    <I18nextProvider i18n={i18n}>
      <AntdLocaleProvider>
        <SessionProvider store={store}>
          <MockedProvider mocks={mocks}>
            <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
          </MockedProvider>
        </SessionProvider>
      </AntdLocaleProvider>
    </I18nextProvider>,
  );
  return { ...result, user: userEvent.setup(), store, i18n };
}

/** A GraphQL error response the way the API formats it. */
export function graphQLError(code: string, message: string, extra: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extra } }] };
}
