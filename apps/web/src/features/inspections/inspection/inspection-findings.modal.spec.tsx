import { screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it, vi } from 'vitest';
import { InspectionFindingSeverity, InspectionStatus, Role } from '@partrack/shared';
import { renderFast, type FastHarness } from '../../../testing/fast-user';
import { PlanOptionsDocument } from '../../plans/graphql/plan.operations';
import { RecordInspectionFindingsDocument } from '../graphql/inspections.operations';
import { finding, inspectionDetail } from '../inspections.fixtures';
import { InspectionFindingsModal } from './inspection-findings.modal';

const plans2026 = {
  request: { query: PlanOptionsDocument, variables: { filter: { year: 2026 } } },
  result: {
    data: {
      plans: {
        __typename: 'PlanConnection' as const,
        edges: [
          {
            __typename: 'PlanEdge' as const,
            node: {
              __typename: 'Plan' as const,
              id: 'plan-26',
              code: 'KH-2026',
              title: 'Kế hoạch cải cách hành chính tỉnh năm 2026',
              year: 2026,
            },
          },
        ],
      },
    },
  },
};

/** Types a DD/MM/YYYY date into an antd DatePicker and confirms it. */
async function typeDate(harness: FastHarness, testId: string, date: string) {
  const picker = screen.getByTestId(testId);
  const input = picker.tagName === 'INPUT' ? picker : (picker.querySelector('input') as HTMLElement);
  await harness.fast.click(input);
  await harness.fast.clear(input);
  await harness.fast.paste(date);
  await harness.fast.keyboard('{Enter}');
}

describe('InspectionFindingsModal', () => {
  it('records the findings as tasks of the reform plan chosen, with their deadlines', async () => {
    const onClose = vi.fn();
    const harness = renderFast(
      <InspectionFindingsModal inspection={{ id: 'i-1', version: 1 }} year={2026} onClose={onClose} />,
      {
        role: Role.COORDINATOR,
        mocks: [
          plans2026,
          {
            request: {
              query: RecordInspectionFindingsDocument,
              variables: {
                input: {
                  id: 'i-1',
                  version: 1,
                  taskPlanId: 'plan-26',
                  conductedOn: dayjs().format('YYYY-MM-DD'),
                  findings: [
                    {
                      text: 'Chưa công khai kết quả giải quyết hồ sơ',
                      severity: InspectionFindingSeverity.MEDIUM,
                      deadline: '2026-09-30',
                    },
                  ],
                },
              },
            },
            result: {
              data: {
                recordInspectionFindings: inspectionDetail({
                  status: InspectionStatus.DONE,
                  version: 2,
                  findings: [finding(1)],
                }),
              },
            },
          },
        ],
      },
    );
    const { fast } = harness;
    await fast.click(within(screen.getByTestId('inspection-findings-plan')).getByRole('combobox'));
    await fast.click(
      await screen.findByTitle('Kế hoạch cải cách hành chính tỉnh năm 2026', undefined, { timeout: 5000 }),
    );
    await fast.click(screen.getByTestId('inspection-finding-text-0'));
    await fast.paste('Chưa công khai kết quả giải quyết hồ sơ');
    await typeDate(harness, 'inspection-finding-deadline-0', '30/09/2026');
    await fast.click(screen.getByTestId('inspection-findings-submit'));
    await waitFor(() => expect(onClose).toHaveBeenCalled(), { timeout: 5000 });
  });
});
