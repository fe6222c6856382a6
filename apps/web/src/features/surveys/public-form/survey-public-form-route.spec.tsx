import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionProvider } from '../../../app/auth/session.context';
import { SessionStore } from '../../../app/auth/session.store';
import { createI18n } from '../../../app/i18n/i18n.setup';
import { appRoutes } from '../../../app/router/app.routes';
import { FORM_AGENCY_ID, FORM_SURVEY_ID, publicSurveyForm } from './survey-public-form.fixtures';

describe('the /khao-sat route', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('opens the form without a session, outside the signed-in layout', async () => {
    const fetchMock = vi.fn(() =>
      Promise.resolve(
        new Response(JSON.stringify(publicSurveyForm()), { headers: { 'content-type': 'application/json' } }),
      ),
    );
    vi.stubGlobal('fetch', fetchMock);
    window.localStorage.clear();
    const path = `/khao-sat/${FORM_SURVEY_ID}/${FORM_AGENCY_ID}`;
    const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
    render(
      <I18nextProvider i18n={createI18n('vi')}>
        <SessionProvider store={new SessionStore(window.localStorage)}>
          <RouterProvider router={router} />
        </SessionProvider>
      </I18nextProvider>,
    );
    expect(await screen.findByTestId('survey-form-step', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(path);
    expect(screen.queryByTestId('login-email')).toBeNull();
    expect(fetchMock).toHaveBeenCalledWith(
      `/public/v1/surveys/${FORM_SURVEY_ID}/agencies/${FORM_AGENCY_ID}/form`,
      expect.anything(),
    );
  }, 15_000);
});
