import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AgencyLevel, InspectionStatus, Role } from '@partrack/shared';
import { waitForReloaded } from '../../../testing/conflict-reload';
import { renderFast } from '../../../testing/fast-user';
import { graphQLError } from '../../../testing/test-harness';
import { AdjustInspectionPlanDocument } from '../graphql/inspections.operations';
import { inspectionPlanMock, inspectionRow, planFields, planInspectionsMock } from '../inspections.fixtures';
import { InspectionAdjustModal } from './inspection-adjust.modal';

const input = (version: number, coverageCommune: number) => ({
  id: 'ip-1',
  version,
  addAgencyIds: [],
  removeInspectionIds: [],
  coverageProvince: 30,
  coverageDistrict: 30,
  coverageCommune,
});

describe('InspectionAdjustModal', () => {
  it('offers only inspections not yet done for removal', async () => {
    const { fast } = renderFast(<InspectionAdjustModal plan={planFields()} onClose={vi.fn()} />, {
      role: Role.COORDINATOR,
      mocks: [
        planInspectionsMock([
          inspectionRow('i-1'),
          inspectionRow('i-2', {
            status: InspectionStatus.DONE,
            agency: {
              __typename: 'Agency',
              id: 'a-2',
              name: 'Sở Y tế',
              level: AgencyLevel.PROVINCE,
            },
          }),
        ]),
      ],
    });
    await fast.click(within(screen.getByTestId('inspection-adjust-remove')).getByRole('combobox'));
    expect(await screen.findByTitle('Sở Tư pháp')).toBeInTheDocument();
    expect(screen.queryByTitle('Sở Y tế')).not.toBeInTheDocument();
  });

  it('reloads the plan after a version conflict and saves on the new version', async () => {
    const onClose = vi.fn();
    const fresh = planFields({ version: 2, coverageCommune: 25 });
    const { fast } = renderFast(<InspectionAdjustModal plan={planFields()} onClose={onClose} />, {
      role: Role.COORDINATOR,
      mocks: [
        planInspectionsMock([inspectionRow('i-1')]),
        {
          request: { query: AdjustInspectionPlanDocument, variables: { input: input(1, 20) } },
          result: graphQLError('CONFLICT', 'Kế hoạch đã được người khác sửa.'),
        },
        inspectionPlanMock(fresh),
        {
          request: { query: AdjustInspectionPlanDocument, variables: { input: input(2, 25) } },
          result: { data: { adjustInspectionPlan: { ...fresh, version: 3 } } },
        },
      ],
    });
    await fast.click(screen.getByTestId('inspection-adjust-submit'));
    const alert = await screen.findByTestId('conflict-alert');
    await fast.click(within(alert).getByRole('button'));
    await waitForReloaded('inspection-adjust-submit');
    expect(screen.getByTestId('inspection-adjust-coverageCommune')).toHaveValue('25');
    await fast.click(screen.getByTestId('inspection-adjust-submit'));
    await waitFor(() => expect(onClose).toHaveBeenCalled(), { timeout: 5000 });
  });
});
