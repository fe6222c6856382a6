import { screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderFast } from '../../../testing/fast-user';
import { FORM_AGENCY_ID, FORM_SURVEY_ID, publicSurveyForm } from './survey-public-form.fixtures';
import { SurveyPublicFormPage } from './survey-public-form.page';

const SLOW = { timeout: 5000 };
const API = `/public/v1/surveys/${FORM_SURVEY_ID}/agencies/${FORM_AGENCY_ID}/form`;

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}
const refusal = (status: number, code: string, reason?: string, message = 'Từ chối') =>
  json({ errors: [{ message, extensions: { code, ...(reason ? { reason } : {}) } }] }, status);

function renderPage(language: 'vi' | 'en' = 'vi') {
  return renderFast(
    <Routes>
      <Route path="/khao-sat/:surveyId/:agencyId" element={<SurveyPublicFormPage />} />
    </Routes>,
    { role: null, route: `/khao-sat/${FORM_SURVEY_ID}/${FORM_AGENCY_ID}`, language },
  );
}

describe('SurveyPublicFormPage', () => {
  const fetchMock = vi.fn<(url: string, init?: RequestInit) => Promise<Response>>();
  beforeEach(() => {
    fetchMock.mockReset();
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('walks the aspects one after another and sends the chosen levels, then thanks', async () => {
    fetchMock.mockImplementation((_url, init) =>
      Promise.resolve(init?.method === 'POST' ? json({ received: true }, 201) : json(publicSurveyForm())),
    );
    const { user } = renderPage();
    expect(screen.getByTestId('survey-form-loading')).toBeInTheDocument();
    expect(await screen.findByTestId('survey-form-step', {}, SLOW)).toHaveTextContent(
      'Phần 1/2: Tiếp cận dịch vụ',
    );
    expect(screen.getByTestId('survey-form-agency')).toHaveTextContent(
      'UBND thành phố Tam Kỳ · 6 tháng đầu năm 2026',
    );
    expect(screen.getByTestId('survey-form-level-1.1-5')).toHaveTextContent('Rất hài lòng');
    await user.click(screen.getByTestId('survey-form-level-1.1-5'));
    expect(screen.getByTestId('survey-form-level-1.1-5')).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByTestId('survey-form-next'));
    expect(screen.getByTestId('survey-form-step')).toHaveTextContent('Phần 2/2: Công chức');
    await user.click(screen.getByTestId('survey-form-level-3.1-2'));
    await user.click(screen.getByTestId('survey-form-send'));
    expect(await screen.findByTestId('survey-form-sent')).toHaveTextContent('Cảm ơn ông/bà đã góp ý!');
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(post[0]).toBe(API);
    expect(JSON.parse(post[1]!.body as string)).toEqual({
      answers: [
        { questionId: '33333333-3333-4333-8333-000000000001', level: 5 },
        { questionId: '33333333-3333-4333-8333-000000000003', level: 2 },
      ],
    });
  });

  it('cannot send an empty form, and clears a level chosen twice', async () => {
    fetchMock.mockImplementation(() => Promise.resolve(json(publicSurveyForm())));
    const { user } = renderPage();
    await user.click(await screen.findByTestId('survey-form-next', {}, SLOW));
    expect(screen.getByTestId('survey-form-send')).toBeDisabled();
    await user.click(screen.getByTestId('survey-form-level-3.1-4'));
    expect(screen.getByTestId('survey-form-send')).toBeEnabled();
    await user.click(screen.getByTestId('survey-form-level-3.1-4'));
    expect(screen.getByTestId('survey-form-level-3.1-4')).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByTestId('survey-form-send')).toBeDisabled();
  });

  it('says a closed or unknown survey is not found', async () => {
    fetchMock.mockImplementation(() => Promise.resolve(refusal(404, 'NOT_FOUND')));
    renderPage();
    expect(await screen.findByTestId('survey-form-notFound', {}, SLOW)).toHaveTextContent(
      'Không tìm thấy phiếu khảo sát',
    );
  });

  it('says the device has answered today, from the form or from a refused submission', async () => {
    fetchMock.mockImplementation(() => Promise.resolve(json(publicSurveyForm({ answeredToday: true }))));
    renderPage();
    expect(await screen.findByTestId('survey-form-alreadyAnswered', {}, SLOW)).toBeInTheDocument();

    fetchMock.mockImplementation((_url, init) =>
      Promise.resolve(
        init?.method === 'POST' ? refusal(409, 'CONFLICT', 'ALREADY_ANSWERED') : json(publicSurveyForm()),
      ),
    );
    const second = renderPage();
    await second.user.click((await screen.findAllByTestId('survey-form-next', {}, SLOW))[0]);
    await second.user.click(screen.getByTestId('survey-form-level-3.1-5'));
    await second.user.click(screen.getByTestId('survey-form-send'));
    await waitFor(() => expect(screen.getAllByTestId('survey-form-alreadyAnswered')).toHaveLength(2));
  });

  it('says too many requests, and keeps the answers after a network error so they can be sent again', async () => {
    let posts = 0;
    fetchMock.mockImplementation((_url, init) => {
      if (init?.method !== 'POST') return Promise.resolve(json(publicSurveyForm()));
      posts += 1;
      return posts === 1
        ? Promise.reject(new TypeError('Failed to fetch'))
        : Promise.resolve(refusal(429, 'FORBIDDEN', 'RATE_LIMITED'));
    });
    const { user } = renderPage();
    await user.click(await screen.findByTestId('survey-form-next', {}, SLOW));
    await user.click(screen.getByTestId('survey-form-level-3.1-5'));
    await user.click(screen.getByTestId('survey-form-send'));
    expect(await screen.findByTestId('survey-form-send-error')).toHaveTextContent(
      'Không kết nối được với máy chủ',
    );
    expect(screen.getByTestId('survey-form-level-3.1-5')).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByTestId('survey-form-send'));
    expect(await screen.findByTestId('survey-form-tooManyRequests')).toBeInTheDocument();
  });

  it('offers a retry when the form cannot be read, and switches to English', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    fetchMock.mockImplementation(() => Promise.resolve(json(publicSurveyForm())));
    const { user } = renderPage();
    expect(await screen.findByTestId('survey-form-error', {}, SLOW)).toHaveTextContent('Không kết nối được');
    await user.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByTestId('survey-form-step', {}, SLOW)).toBeInTheDocument();
    await user.click(screen.getByTestId('lang-switch'));
    expect(await screen.findByText('Part 1/2: Tiếp cận dịch vụ')).toBeInTheDocument();
    expect(screen.getByTestId('survey-form-level-1.1-5')).toHaveTextContent('Very satisfied');
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});
