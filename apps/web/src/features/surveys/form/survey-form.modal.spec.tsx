import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Role, SurveyScope, SurveyStatus } from '@partrack/shared';
import { waitForReloaded } from '../../../testing/conflict-reload';
import { renderFast } from '../../../testing/fast-user';
import { graphQLError, type HarnessOptions } from '../../../testing/test-harness';
import { CreateSurveyDocument, UpdateSurveyDocument } from '../graphql/surveys.operations';
import { surveyDetail, surveyMock } from '../survey.fixtures';
import { SurveyFormModal } from './survey-form.modal';

function renderForm(mocks: NonNullable<HarnessOptions['mocks']>, survey?: ReturnType<typeof surveyDetail>) {
  const onSaved = vi.fn<(id: string) => void>();
  const harness = renderFast(
    <SurveyFormModal survey={survey} year={2026} onClose={vi.fn()} onSaved={onSaved} />,
    {
      role: Role.COORDINATOR,
      mocks,
    },
  );
  return { ...harness, onSaved };
}

const QUESTIONS = surveyDetail().questions.map(({ aspectCode, aspectTitle, code, text }) => ({
  aspectCode,
  aspectTitle,
  code,
  text,
}));

/** Types by pasting: one input event instead of one per key, which antd forms make slow in jsdom. */
async function fill(fast: ReturnType<typeof renderForm>['fast'], element: HTMLElement, text: string) {
  await fast.clear(element);
  await fast.click(element);
  await fast.paste(text);
}

describe('SurveyFormModal', () => {
  it('creates a draft with its questions grouped by aspect', async () => {
    const created = surveyDetail({
      id: 's-new',
      year: 2026,
      period: '2026-H1',
      title: 'Khảo sát một cửa 6 tháng đầu năm',
      status: SurveyStatus.DRAFT,
    });
    const harness = renderForm([
      {
        request: {
          query: CreateSurveyDocument,
          variables: {
            input: {
              title: 'Khảo sát một cửa 6 tháng đầu năm',
              year: 2026,
              period: '2026-H1',
              scope: SurveyScope.PROVINCE,
              sector: null,
              agencyId: null,
              satisfiedLevels: 2,
              questions: [
                {
                  aspectCode: '1',
                  aspectTitle: 'Tiếp cận dịch vụ',
                  code: '1.1',
                  text: 'Nơi ngồi chờ có đủ chỗ ngồi',
                },
                {
                  aspectCode: '1',
                  aspectTitle: 'Tiếp cận dịch vụ',
                  code: '1.2',
                  text: 'Trang thiết bị đầy đủ',
                },
              ],
            },
          },
        },
        result: { data: { createSurvey: created } },
      },
    ]);
    const { fast } = harness;
    await fill(fast, screen.getByTestId('survey-form-title'), 'Khảo sát một cửa 6 tháng đầu năm');
    const period = screen.getByTestId('survey-form-period');
    await fill(fast, period, '2026-H1');
    const aspect = screen.getByTestId('survey-form-aspect-0');
    await fill(fast, within(aspect).getByLabelText('Tên yếu tố'), 'Tiếp cận dịch vụ');
    await fill(fast, within(aspect).getByLabelText('Nội dung câu hỏi'), 'Nơi ngồi chờ có đủ chỗ ngồi');
    await fast.click(screen.getByTestId('survey-form-add-question-0'));
    const texts = within(aspect).getAllByLabelText('Nội dung câu hỏi');
    expect(within(aspect).getAllByLabelText('Mã câu hỏi')[1]).toHaveValue('1.2');
    await fill(fast, texts[1], 'Trang thiết bị đầy đủ');
    await fast.click(screen.getByTestId('survey-form-submit'));
    await waitFor(() => expect(harness.onSaved).toHaveBeenCalledWith('s-new'));
  });

  it('refuses a period outside the year before sending', async () => {
    const { fast } = renderForm([]);
    await fill(fast, screen.getByTestId('survey-form-title'), 'Khảo sát');
    const period = screen.getByTestId('survey-form-period');
    await fill(fast, period, '2025-Q1');
    await fast.click(screen.getByTestId('survey-form-submit'));
    // Submitting validates again and antd may replace the message shown while typing: look it up each try.
    await waitFor(() =>
      expect(
        screen.getByText('Kỳ khảo sát có dạng 2025, 2025-H1 hoặc 2025-Q3, trong năm khảo sát'),
      ).toBeInTheDocument(),
    );
  });

  it('reloads the survey after a version conflict and saves on the new version', async () => {
    const draft = surveyDetail({ status: SurveyStatus.DRAFT });
    const fresh = surveyDetail({ status: SurveyStatus.DRAFT, version: 2, title: 'Tên do người khác sửa' });
    const input = (version: number, title: string) => ({
      id: 's-1',
      version,
      title,
      period: '2025',
      satisfiedLevels: 2,
      status: SurveyStatus.DRAFT,
      questions: QUESTIONS,
    });
    const harness = renderForm(
      [
        {
          request: { query: UpdateSurveyDocument, variables: { input: input(1, 'Tên mới') } },
          result: graphQLError('CONFLICT', 'Cuộc khảo sát đã được người khác sửa.'),
        },
        surveyMock(fresh),
        {
          request: { query: UpdateSurveyDocument, variables: { input: input(2, 'Tên mới sau khi tải lại') } },
          result: { data: { updateSurvey: { ...fresh, version: 3, title: 'Tên mới sau khi tải lại' } } },
        },
      ],
      draft,
    );
    const { fast } = harness;
    const title = screen.getByTestId('survey-form-title');
    await fill(fast, title, 'Tên mới');
    await fast.click(screen.getByTestId('survey-form-submit'));
    const alert = await screen.findByTestId('conflict-alert');
    await fast.click(within(alert).getByRole('button'));
    await waitForReloaded('survey-form-submit');
    expect(title).toHaveValue('Tên do người khác sửa');
    await fill(fast, title, 'Tên mới sau khi tải lại');
    await fast.click(screen.getByTestId('survey-form-submit'));
    await waitFor(() => expect(harness.onSaved).toHaveBeenCalledWith('s-1'));
  });

  it('keeps the questions of a survey that is collecting', () => {
    renderForm([], surveyDetail({ status: SurveyStatus.OPEN }));
    expect(screen.getByTestId('survey-form-frozen')).toBeInTheDocument();
    expect(screen.queryByTestId('survey-form-aspects')).not.toBeInTheDocument();
  });
});
