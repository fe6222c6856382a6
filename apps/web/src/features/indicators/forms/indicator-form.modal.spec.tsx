import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  AgencyLevel,
  IndicatorAggregation,
  IndicatorDirection,
  IndicatorFrequency,
  IndicatorUnit,
  Role,
} from '@partrack/shared';
import { renderFast } from '../../../testing/fast-user';
import { graphQLError, type HarnessOptions } from '../../../testing/test-harness';
import { CreateIndicatorDocument, IndicatorPlanItemsDocument } from '../graphql/indicator.operations';
import { indicatorFields } from '../indicator.fixtures';
import { IndicatorFormModal } from './indicator-form.modal';

const INPUT = {
  planId: 'plan-2022',
  code: '1.5',
  nameVi: 'Tỷ lệ thủ tục trực tuyến toàn trình',
  nameEn: null,
  description: null,
  areaCode: null,
  unit: IndicatorUnit.PERCENT,
  direction: IndicatorDirection.AT_LEAST,
  aggregation: IndicatorAggregation.RATIO,
  frequency: IndicatorFrequency.QUARTER,
  reportingLevels: [AgencyLevel.PROVINCE, AgencyLevel.DISTRICT, AgencyLevel.COMMUNE],
  cumulative: false,
  target: 95.5,
  linkedItemIds: [],
};

const itemsMock = {
  request: { query: IndicatorPlanItemsDocument, variables: { planId: 'plan-2022' } },
  result: { data: { plan: { __typename: 'Plan', id: 'plan-2022', year: 2022, items: [] } } },
};

function renderForm(mocks: NonNullable<HarnessOptions['mocks']>) {
  const onClose = vi.fn();
  const harness = renderFast(<IndicatorFormModal planId="plan-2022" indicator={null} onClose={onClose} />, {
    role: Role.COORDINATOR,
    mocks: [itemsMock, ...mocks],
  });
  return { ...harness, onClose };
}

async function fill(harness: ReturnType<typeof renderForm>) {
  await harness.fast.click(screen.getByTestId('indicator-form-code'));
  await harness.fast.paste('1.5');
  await harness.fast.click(screen.getByTestId('indicator-form-name'));
  await harness.fast.paste('Tỷ lệ thủ tục trực tuyến toàn trình');
  const target = screen.getByTestId('indicator-form-target');
  await harness.fast.type(target.tagName === 'INPUT' ? target : target.querySelector('input')!, '95,5');
}

describe('IndicatorFormModal', () => {
  it('creates an indicator with every field, the three reporting levels by default', async () => {
    const harness = renderForm([
      {
        request: { query: CreateIndicatorDocument, variables: { input: INPUT } },
        result: { data: { createIndicator: indicatorFields('1.5') } },
      },
    ]);
    await fill(harness);
    await harness.fast.click(screen.getByTestId('indicator-form-submit'));
    await waitFor(() => expect(harness.onClose).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Đã thêm chỉ tiêu (ở trạng thái dự thảo).')).toBeInTheDocument();
  });

  it('puts the API’s field message under the field', async () => {
    const harness = renderForm([
      {
        request: { query: CreateIndicatorDocument, variables: { input: INPUT } },
        result: graphQLError('BAD_USER_INPUT', 'Dữ liệu không hợp lệ', {
          fields: [{ field: 'code', message: 'Mã "1.5" đã tồn tại.' }],
        }),
      },
    ]);
    await fill(harness);
    await harness.fast.click(screen.getByTestId('indicator-form-submit'));
    expect(await screen.findByText('Mã "1.5" đã tồn tại.')).toBeInTheDocument();
    expect(harness.onClose).not.toHaveBeenCalled();
  });
});
