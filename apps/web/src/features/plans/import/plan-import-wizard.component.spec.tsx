import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Role } from '@partrack/shared';
import { PlanDocumentFormat, type ImportPlanDocumentInput } from '../../../gql/graphql';
import { ImportPlanDocumentDocument } from '../graphql/plan-import.operations';
import { PlanImportWizard } from './plan-import-wizard.component';
import { renderFast, type FastHarness } from '../../../testing/fast-user';
import { fixedMocks, problem, result, UNRESOLVED } from './plan-import.fixtures';

const CONTENT = 'KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2023\nPhụ lục I\n3.17: Báo cáo kết quả đào tạo, bồi dưỡng';

const request = (input: ImportPlanDocumentInput) => ({
  query: ImportPlanDocumentDocument,
  variables: { input },
});
const firstInput: ImportPlanDocumentInput = {
  content: CONTENT,
  format: PlanDocumentFormat.Text,
  dryRun: true,
  newPlan: { code: 'KH-2023', ownerAgencyId: 'p' },
};
// After the first check the title and year default to the document's, so later requests carry them.
const laterInput = (dryRun: boolean): ImportPlanDocumentInput => ({
  content: CONTENT,
  format: PlanDocumentFormat.Text,
  dryRun,
  newPlan: {
    code: 'KH-2023',
    ownerAgencyId: 'p',
    title: 'Kế hoạch cải cách hành chính năm 2023',
    year: 2023,
  },
  agencyOverrides: [{ text: UNRESOLVED, agencyId: 'nv' }],
});

async function chooseOption(harness: FastHarness, container: HTMLElement, label: string) {
  await harness.fast.click(container.querySelector('.ant-select-selector') ?? container);
  const options = await screen.findAllByText(label);
  const option = options.find((element) => element.closest('.ant-select-item-option'));
  if (!option) throw new Error(`no option "${label}"`);
  await harness.fast.click(option);
}

async function startCheck(harness: FastHarness) {
  await harness.fast.click(screen.getByTestId('import-content'));
  await harness.fast.paste(CONTENT);
  await harness.fast.click(screen.getByTestId('plan-import-code'));
  await harness.fast.paste('KH-2023');
  // The owner defaults to the province the user's agency belongs to.
  await waitFor(() =>
    expect(screen.getByTestId('plan-import-owner')).toHaveTextContent('Ủy ban nhân dân tỉnh Hà Giang'),
  );
  await harness.fast.click(screen.getByTestId('import-dry-run'));
  return screen.findByTestId('import-preview');
}

describe('PlanImportWizard', () => {
  it('dry-runs, lists the problems in Vietnamese, sends the chosen agency back, then commits', async () => {
    const harness = renderFast(<PlanImportWizard />, {
      role: Role.COORDINATOR,
      mocks: [
        ...fixedMocks,
        {
          request: request(firstInput),
          result: result(true, [
            problem('EMPTY_LEAD', 232, { itemCode: '3.17' }),
            problem('AGENCY_UNRESOLVED', 240, { itemCode: '3.20', text: UNRESOLVED }),
            problem('BRAND_NEW_CHECK', 250, { message: 'A check the SPA does not know yet' }),
          ]),
        },
        {
          request: request(laterInput(true)),
          result: result(true, [problem('EMPTY_LEAD', 232, { itemCode: '3.17' })]),
        },
        {
          request: request(laterInput(false)),
          result: result(false, [problem('EMPTY_LEAD', 232, { itemCode: '3.17' })], true),
        },
      ],
    });

    await startCheck(harness);
    const problems = screen.getByTestId('import-errors');
    expect(within(problems).getByText('Thiếu cơ quan chủ trì')).toBeInTheDocument();
    expect(within(problems).getByText('Không xác định được cơ quan')).toBeInTheDocument();
    expect(within(problems).getByText(`«${UNRESOLVED}»`)).toBeInTheDocument();
    // Codes without a translation show the API's message.
    expect(within(problems).getByText('A check the SPA does not know yet')).toBeInTheDocument();
    expect(screen.getByTestId('import-confirm')).toBeEnabled();

    // Placing the unknown name asks for another check before anything can be written.
    await chooseOption(harness, screen.getByTestId('override-3.20'), 'Sở Nội vụ');
    expect(screen.getByTestId('import-confirm')).toBeDisabled();
    await harness.fast.click(screen.getByTestId('plan-import-recheck'));
    await waitFor(() =>
      expect(
        within(screen.getByTestId('import-errors')).queryByText('Không xác định được cơ quan'),
      ).not.toBeInTheDocument(),
    );
    await waitFor(() => expect(screen.getByTestId('import-confirm')).toBeEnabled());

    await harness.fast.click(screen.getByTestId('import-confirm'));
    const summary = await screen.findByTestId('import-summary');
    expect(within(summary).getByText('Đã nhập kế hoạch KH-2023')).toBeInTheDocument();
    expect(within(summary).getByText('Thêm mới 2, cập nhật 0, không đổi 0.')).toBeInTheDocument();
    expect(within(summary).getByTestId('plan-import-open-plan')).toBeInTheDocument();
  });

  it('blocks the import while the check reports an error', async () => {
    const harness = renderFast(<PlanImportWizard />, {
      role: Role.COORDINATOR,
      mocks: [
        ...fixedMocks,
        {
          request: request(firstInput),
          result: result(true, [problem('PLAN_CODE_TAKEN', 1, { severity: 'ERROR', text: 'KH-2023' })]),
        },
      ],
    });
    await startCheck(harness);
    expect(
      within(screen.getByTestId('import-errors')).getByText('Mã kế hoạch đã được sử dụng'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('plan-import-blocked')).toBeInTheDocument();
    expect(screen.getByTestId('import-confirm')).toBeDisabled();
  });
});
