import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionProvider } from '../../app/auth/session.context';
import { SessionStore } from '../../app/auth/session.store';
import { createI18n } from '../../app/i18n/i18n.setup';
import { appRoutes } from '../../app/router/app.routes';
import { publicSummary } from './public-summary.fixtures';

describe('the /cong-khai route', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('opens without a session, outside the signed-in layout, for the default province', async () => {
    const fetchMock = vi.fn(() =>
      Promise.resolve(
        new Response(JSON.stringify(publicSummary()), { headers: { 'content-type': 'application/json' } }),
      ),
    );
    vi.stubGlobal('fetch', fetchMock);
    window.localStorage.clear();
    const router = createMemoryRouter(appRoutes, { initialEntries: ['/cong-khai?year=2022'] });
    render(
      <I18nextProvider i18n={createI18n('vi')}>
        <SessionProvider store={new SessionStore(window.localStorage)}>
          <RouterProvider router={router} />
        </SessionProvider>
      </I18nextProvider>,
    );
    expect(await screen.findByTestId('public-area-chart', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/cong-khai');
    expect(screen.queryByTestId('login-email')).toBeNull();
    expect(fetchMock).toHaveBeenCalledWith('/public/v1/QNA/summary?year=2022', expect.anything());
  }, 15_000);
});
