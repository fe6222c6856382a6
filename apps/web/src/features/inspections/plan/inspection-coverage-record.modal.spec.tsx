import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { IndicatorFrequency, Role } from '@partrack/shared';
import { renderFast } from '../../../testing/fast-user';
import { graphQLError } from '../../../testing/test-harness';
import { PlanOptionsDocument } from '../../plans/graphql/plan.operations';
import {
  PlanIndicatorOptionsDocument,
  RecordInspectionCoverageDocument,
} from '../graphql/inspections.operations';
import { planFields } from '../inspections.fixtures';
import { InspectionCoverageRecordModal } from './inspection-coverage-record.modal';

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

const indicators = {
  request: { query: PlanIndicatorOptionsDocument, variables: { planId: 'plan-26' } },
  result: {
    data: {
      indicators: {
        __typename: 'IndicatorConnection' as const,
        edges: [
          {
            __typename: 'IndicatorEdge' as const,
            node: {
              __typename: 'Indicator' as const,
              id: 'ind-114',
              code: '1.14',
              nameVi: 'Tỷ lệ cơ quan được kiểm tra CCHC',
              nameEn: null,
              frequency: IndicatorFrequency.YEAR,
            },
          },
        ],
      },
    },
  },
};

const recordRequest = {
  query: RecordInspectionCoverageDocument,
  variables: { input: { planId: 'ip-1', indicatorId: 'ind-114' } },
};

async function pick(fast: ReturnType<typeof renderFast>['fast'], testId: string, title: string) {
  // The indicator select is enabled only once the form has seen the plan chosen: a click before opens nothing.
  await waitFor(() => expect(screen.getByTestId(testId)).not.toHaveClass('ant-select-disabled'));
  await fast.click(within(screen.getByTestId(testId)).getByRole('combobox'));
  await fast.click(await screen.findByTitle(title, undefined, { timeout: 5000 }));
}

describe('InspectionCoverageRecordModal', () => {
  it('records the total coverage to the indicator chosen in a reform plan of the year', async () => {
    const onClose = vi.fn();
    const { fast } = renderFast(<InspectionCoverageRecordModal plan={planFields()} onClose={onClose} />, {
      role: Role.COORDINATOR,
      mocks: [
        plans2026,
        indicators,
        {
          request: recordRequest,
          result: {
            data: { recordInspectionCoverage: { __typename: 'Measurement', id: 'm-1', value: 2.94 } },
          },
        },
      ],
    });
    await pick(fast, 'inspection-coverage-record-plan', 'Kế hoạch cải cách hành chính tỉnh năm 2026');
    await pick(fast, 'inspection-coverage-record-indicator', '1.14 · Tỷ lệ cơ quan được kiểm tra CCHC');
    await fast.click(screen.getByTestId('inspection-coverage-record-submit'));
    await waitFor(() => expect(onClose).toHaveBeenCalled(), { timeout: 5000 });
  });

  it('puts the API refusal under the indicator', async () => {
    const { fast } = renderFast(<InspectionCoverageRecordModal plan={planFields()} onClose={vi.fn()} />, {
      role: Role.COORDINATOR,
      mocks: [
        plans2026,
        indicators,
        {
          request: recordRequest,
          result: graphQLError('BAD_USER_INPUT', 'Dữ liệu không hợp lệ', {
            fields: [{ field: 'input.indicatorId', message: 'Số liệu của năm đã gửi duyệt.' }],
          }),
        },
      ],
    });
    await pick(fast, 'inspection-coverage-record-plan', 'Kế hoạch cải cách hành chính tỉnh năm 2026');
    await pick(fast, 'inspection-coverage-record-indicator', '1.14 · Tỷ lệ cơ quan được kiểm tra CCHC');
    await fast.click(screen.getByTestId('inspection-coverage-record-submit'));
    expect(await screen.findByText('Số liệu của năm đã gửi duyệt.')).toBeInTheDocument();
  });
});
