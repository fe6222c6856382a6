import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ParAssessmentStatus, Role } from '@partrack/shared';
import { graphQLError } from '../../../testing/test-harness';
import {
  improvementRequest,
  nationalAssessment,
  nationalScore,
  pick,
  plans2025Mock,
  renderNational,
  responsibility,
} from './par-national.fixtures';

// The machine running the suite may be loaded: antd screens take a while to render.
const SLOW = { timeout: 10000 };

// 1.1 lost 0,5 and 1.2.2 lost 0,25; the penalty cost 0,5; 1.2.1 and the bonus cost nothing.
const FINALISED = nationalAssessment({
  status: ParAssessmentStatus.FINALISED,
  finalisedAt: '2025-06-10T03:00:00.000Z',
  responsibilities: [responsibility('c-1', 'nv'), responsibility('c-3.1', 'yt')],
  scores: [
    nationalScore('c-1.1', { selfPoints: 1, appraisedPoints: 0.5 }),
    nationalScore('c-1.2.1', { appraisedPoints: 0.5 }),
    nationalScore('c-1.2.2', { appraisedPoints: 0.25 }),
    nationalScore('c-2.1', { selfPoints: 0.5, appraisedPoints: 0 }),
    nationalScore('c-3.1', { selfPoints: 0, appraisedPoints: 0.5 }),
  ],
});

async function choosePlanAndDate(harness: Awaited<ReturnType<typeof renderNational>>) {
  await pick(harness, 'par-improvement-plan', 'KH', 'KH-2025 — Kế hoạch CCHC năm 2025');
  const picker = screen.getByTestId('par-improvement-due');
  const input = picker.tagName === 'INPUT' ? picker : (picker.querySelector('input') as HTMLElement);
  await harness.fast.click(input);
  await harness.fast.type(input, '31/03/2025{Enter}');
}

describe('ParImprovementTasks', () => {
  it('lists the points lost, sends the plan and the due date, and shows the count with a link', async () => {
    const harness = renderNational(Role.COORDINATOR, FINALISED, [
      plans2025Mock,
      {
        request: improvementRequest({ assessmentId: 'as-p', planId: 'plan-25', dueDate: '2025-03-31' }),
        result: { data: { createParImprovementTasks: 3 } },
      },
    ]);
    expect(await screen.findByTestId('par-improvement-total', {}, SLOW)).toHaveTextContent(
      'Tổng điểm bị mất: 1,25 (3 mục)',
    );
    expect(screen.getByTestId('par-improvement-loss-1.1')).toHaveTextContent('0,5');
    expect(screen.getByTestId('par-improvement-loss-3.1')).toHaveTextContent('0,5');
    expect(screen.queryByTestId('par-improvement-loss-1.2.1')).not.toBeInTheDocument();
    expect(screen.getByTestId('par-improvement-items')).toHaveTextContent('Sở Y tế');

    await choosePlanAndDate(harness);
    await harness.fast.click(screen.getByTestId('par-improvement-submit'));
    expect(await screen.findByTestId('par-improvement-created', {}, SLOW)).toHaveTextContent(
      'Đã tạo 3 nhiệm vụ trong kế hoạch KH-2025 — Kế hoạch CCHC năm 2025.',
    );
    expect(screen.getByTestId('par-improvement-plan-link')).toHaveAttribute('href', '/plans/plan-25');
  }, 60000);

  it("shows the API's refusal when the tasks were made before", async () => {
    const message = 'Kế hoạch đã có mục CSCCHC2024: các nhiệm vụ khắc phục đã được tạo trước đó.';
    const harness = renderNational(Role.COORDINATOR, FINALISED, [
      plans2025Mock,
      {
        request: improvementRequest({ assessmentId: 'as-p', planId: 'plan-25', dueDate: '2025-03-31' }),
        result: graphQLError('BAD_USER_INPUT', `input.planId: ${message}`, {
          fields: [{ field: 'input.planId', message }],
        }),
      },
    ]);
    await screen.findByTestId('par-improvement-form', {}, SLOW);
    await choosePlanAndDate(harness);
    await harness.fast.click(screen.getByTestId('par-improvement-submit'));
    expect(await screen.findByTestId('par-improvement-error', {}, SLOW)).toHaveTextContent(message);
    expect(screen.queryByTestId('par-improvement-created')).not.toBeInTheDocument();
  }, 60000);

  it('asks for a plan, and hides the form from users who do not manage plans', async () => {
    const harness = renderNational(Role.COORDINATOR, FINALISED, [plans2025Mock]);
    await harness.fast.click(await screen.findByTestId('par-improvement-submit', {}, SLOW));
    expect(await screen.findByText('Hãy chọn kế hoạch.', {}, SLOW)).toBeInTheDocument();
    harness.unmount();

    renderNational(Role.AGENCY_OFFICER, FINALISED);
    expect(
      await screen.findByText('Chỉ người quản lý kế hoạch mới tạo được nhiệm vụ khắc phục.', {}, SLOW),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('par-improvement-form')).not.toBeInTheDocument();
  }, 60000);
});
