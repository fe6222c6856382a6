import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AgencyLevel, Role } from '@partrack/shared';
import type { IndicatorDetailQuery } from '../../../gql/graphql';
import { renderFast } from '../../../testing/fast-user';
import { graphQLError, type HarnessOptions } from '../../../testing/test-harness';
import { PROVINCE_ROWS } from '../../agencies/agency-tree.fixtures';
import { AgencyTreeDocument } from '../../agencies/graphql/agency-tree.operations';
import { IndicatorDetailDocument, SetIndicatorTargetsDocument } from '../graphql/indicator.operations';
import { indicatorFields } from '../indicator.fixtures';
import { IndicatorTargetsModal } from './indicator-targets.modal';

const detail: IndicatorDetailQuery['indicator'] = {
  ...indicatorFields('1.1', { version: 7 }),
  createdAt: '2022-01-05T02:00:00.000Z',
  updatedAt: '2022-01-05T02:00:00.000Z',
  plan: {
    __typename: 'Plan',
    id: 'plan-2022',
    code: 'KH-CCHC-2022',
    title: 'Kế hoạch cải cách hành chính năm 2022',
    year: 2022,
    ownerAgencyId: 'qna',
    ownerAgency: { __typename: 'Agency', id: 'qna', name: 'Ủy ban nhân dân tỉnh Quảng Nam' },
  },
  targets: [
    {
      __typename: 'IndicatorTarget',
      id: 't-1',
      indicatorId: 'ind-1.1',
      level: AgencyLevel.COMMUNE,
      agencyId: null,
      period: null,
      value: 80,
    },
  ],
  linkedItems: [],
};

function renderModal(mocks: NonNullable<HarnessOptions['mocks']>) {
  const onClose = vi.fn();
  const harness = renderFast(<IndicatorTargetsModal indicatorId="ind-1.1" onClose={onClose} />, {
    role: Role.COORDINATOR,
    mocks: [
      {
        request: { query: IndicatorDetailDocument, variables: { id: 'ind-1.1' } },
        result: { data: { indicator: detail } },
        maxUsageCount: 3,
      },
      {
        request: { query: AgencyTreeDocument, variables: () => true },
        result: { data: { agencyTree: PROVINCE_ROWS } },
        maxUsageCount: 10,
      },
      ...mocks,
    ],
  });
  return { ...harness, onClose };
}

describe('IndicatorTargetsModal', () => {
  it('checks the rows before sending and explains a stale version', async () => {
    const harness = renderModal([
      {
        request: {
          query: SetIndicatorTargetsDocument,
          variables: {
            input: {
              id: 'ind-1.1',
              version: 7,
              targets: [{ level: AgencyLevel.COMMUNE, value: 80 }, { value: 75 }],
            },
          },
        },
        result: graphQLError('CONFLICT', 'Stale version'),
      },
    ]);
    const editor = await screen.findByTestId('targets-editor');
    expect(editor).toHaveTextContent('Chỉ tiêu chung của kế hoạch: 90,0%');
    await harness.fast.click(screen.getByTestId('targets-add'));
    await harness.fast.click(screen.getByTestId('targets-submit'));
    expect(await screen.findByTestId('target-problem')).toHaveTextContent('Nhập giá trị');

    const inputs = within(editor).getAllByRole('spinbutton');
    await harness.fast.type(inputs[inputs.length - 1], '75');
    await harness.fast.click(screen.getByTestId('targets-submit'));
    const conflict = await screen.findByTestId('targets-conflict');
    expect(conflict).toHaveTextContent('Chỉ tiêu vừa được người khác sửa');
    expect(conflict).toHaveTextContent('Các dòng bạn vừa nhập chưa được lưu');
    expect(screen.getByTestId('targets-submit')).toBeDisabled();
    expect(harness.onClose).not.toHaveBeenCalled();
  });
});
