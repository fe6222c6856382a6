import { screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderFast } from '../../testing/fast-user';
import { publicSummary } from './public-summary.fixtures';
import { PublicSummaryPage } from './public-summary.page';
import type { PublicSummary } from '@partrack/shared';

const SLOW = { timeout: 5000 };

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function renderPage(route = '/cong-khai/QNA?year=2022', language: 'vi' | 'en' = 'vi') {
  return renderFast(
    <Routes>
      <Route path="/cong-khai/:provinceCode?" element={<PublicSummaryPage />} />
    </Routes>,
    { role: null, route, language },
  );
}

describe('PublicSummaryPage', () => {
  const fetchMock = vi.fn<(url: string, init?: RequestInit) => Promise<Response>>();
  beforeEach(() => {
    fetchMock.mockReset();
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows progress by area and agency, the published ranking and the open-data links, without a login', async () => {
    fetchMock.mockImplementation(() => Promise.resolve(json(publicSummary())));
    renderPage();
    expect(screen.getByTestId('public-loading')).toBeInTheDocument();
    expect(await screen.findByTestId('public-area-chart', {}, SLOW)).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith('/public/v1/QNA/summary?year=2022', expect.anything());
    expect(screen.getByTestId('public-province')).toHaveTextContent('Ủy ban nhân dân tỉnh Quảng Nam');
    expect(screen.getByTestId('public-area-I')).toHaveTextContent('I. Cải cách thể chế');
    expect(screen.getByTestId('public-area-I')).toHaveTextContent('Hoàn thành 50% / 4 nhiệm vụ');
    expect(screen.getByTestId('public-area-I').getAttribute('aria-label')).toContain('Quá hạn: 1');
    expect(screen.queryByTestId('public-area-III-done')).toBeNull();
    const agencies = screen.getByTestId('public-agency-table');
    expect(within(agencies).getByText('Sở Nội vụ')).toBeInTheDocument();
    const department = screen.getByTestId('public-ranking-DEPARTMENT');
    expect(within(department).getByText('92,50')).toBeInTheDocument();
    expect(screen.getByTestId('public-ranking-DISTRICT')).toHaveTextContent('UBND huyện Bắc Trà My');
    expect(screen.getByTestId('public-ranking')).toHaveTextContent('công bố ngày 15/03/2023');
    expect(screen.getByTestId('public-section-satisfaction')).toHaveTextContent(
      'Mức độ hài lòng của người dân',
    );
    expect(screen.getByTestId('public-satisfaction-overall')).toHaveTextContent('83,5% hài lòng');
    expect(screen.getByTestId('public-section-coverage')).toHaveTextContent(
      'Kiểm tra công tác cải cách hành chính',
    );
    expect(screen.getByTestId('public-coverage-line-TOTAL')).toHaveTextContent('11/38');
    expect(screen.getByTestId('public-download-csv')).toHaveAttribute(
      'href',
      '/public/v1/QNA/summary.csv?year=2022',
    );
    expect(screen.getByTestId('public-download-json')).toHaveAttribute(
      'href',
      '/public/v1/QNA/summary.json?year=2022',
    );
  });

  it('filters agencies without diacritics', async () => {
    fetchMock.mockImplementation(() => Promise.resolve(json(publicSummary())));
    const harness = renderPage();
    const table = await screen.findByTestId('public-agency-table', {}, SLOW);
    await harness.fast.type(within(table).getByRole('searchbox'), 'tu phap');
    await waitFor(() => expect(within(table).queryByText('Sở Nội vụ')).toBeNull());
    expect(within(table).getByText('Sở Tư pháp')).toBeInTheDocument();
  });

  it('says when the ranking is not published and when nothing is issued yet', async () => {
    const empty: PublicSummary = publicSummary({
      sections: [
        { kind: 'PLAN_PROGRESS', byArea: [], byAgency: [] },
        { kind: 'PAR_INDEX_RANKING', cycle: null, rows: [] },
      ],
    });
    fetchMock.mockImplementation(() => Promise.resolve(json(empty)));
    renderPage();
    expect(await screen.findByTestId('public-ranking-empty', {}, SLOW)).toHaveTextContent(
      'chưa được công bố',
    );
    expect(
      screen.getByText('Chưa có nhiệm vụ nào của kế hoạch đã ban hành trong năm này.'),
    ).toBeInTheDocument();
  });

  it("shows the API's message and retries", async () => {
    fetchMock.mockResolvedValueOnce(
      json(
        { errors: [{ message: 'Không tìm thấy Province "XYZ".', extensions: { code: 'NOT_FOUND' } }] },
        404,
      ),
    );
    fetchMock.mockResolvedValueOnce(json(publicSummary()));
    const harness = renderPage('/cong-khai/XYZ?year=2022');
    const alert = await screen.findByTestId('public-error', {}, SLOW);
    expect(alert).toHaveTextContent('Không tìm thấy Province "XYZ".');
    await harness.fast.click(within(alert).getByRole('button'));
    expect(await screen.findByTestId('public-area-chart', {}, SLOW)).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('lands on the newest year with figures when the address names none', async () => {
    fetchMock.mockImplementation((url: string) =>
      Promise.resolve(
        json(url.endsWith('year=2022') ? publicSummary() : publicSummary({ year: 2026, sections: [] })),
      ),
    );
    renderPage('/cong-khai/QNA');
    expect(await screen.findByTestId('public-area-chart', {}, SLOW)).toBeInTheDocument();
    expect(fetchMock).toHaveBeenLastCalledWith('/public/v1/QNA/summary?year=2022', expect.anything());
  });

  it('speaks English after the switch, with the English area names', async () => {
    fetchMock.mockImplementation(() => Promise.resolve(json(publicSummary())));
    const harness = renderPage('/cong-khai?year=2022');
    await screen.findByTestId('public-area-chart', {}, SLOW);
    expect(fetchMock).toHaveBeenCalledWith('/public/v1/QNA/summary?year=2022', expect.anything());
    await harness.fast.click(screen.getByTestId('lang-switch'));
    expect(await screen.findByText('Plan progress by reform area', {}, SLOW)).toBeInTheDocument();
    expect(await screen.findByText('I. Institutional reform', {}, SLOW)).toBeInTheDocument();
  });
});
