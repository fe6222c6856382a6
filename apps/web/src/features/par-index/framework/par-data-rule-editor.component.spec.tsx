import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ParCriterionLevel, ParDataSource, ParScoringMethod, Role } from '@partrack/shared';
import { renderFast, type FastHarness } from '../../../testing/fast-user';
import { renderWithProviders, type HarnessOptions } from '../../../testing/test-harness';
import { CreateParCriterionDocument, UpdateParCriterionDocument } from '../graphql/par-index.operations';
import { criterion, frameworkDetail, frameworkMock, SAMPLE_CRITERIA } from '../par-index.fixtures';
import { buildCriteriaTree, flattenCriteriaTree } from './par-criteria-tree.util';
import { ParCriterionFormModal, type CriterionTarget } from './par-criterion-form.modal';
import { ParDataRuleSummary } from './par-data-rule-editor.component';

const RULE = {
  __typename: 'ParDataRule' as const,
  source: ParDataSource.TASKS_ON_TIME,
  areaCode: 'II',
  indicatorCode: null,
  thresholds: [
    { __typename: 'ParThreshold' as const, atLeast: 80, points: 0.25 },
    { __typename: 'ParThreshold' as const, atLeast: 100, points: 0.5 },
  ],
};
const WITH_RULE = SAMPLE_CRITERIA.map((c) => (c.id === 'c-1.2.1' ? { ...c, dataRule: RULE } : c));
const rowsOf = (criteria: typeof SAMPLE_CRITERIA) => flattenCriteriaTree(buildCriteriaTree(criteria).rows);
/** Antd validates and animates its error list asynchronously: slow in jsdom, slower when the machine is busy. */
const SLOW = { timeout: 5000 };
const rowOf = (id: string, criteria = SAMPLE_CRITERIA) => rowsOf(criteria).find((row) => row.key === id)!;

function renderForm(target: CriterionTarget, mocks: NonNullable<HarnessOptions['mocks']>) {
  const onClose = vi.fn();
  const harness = renderFast(<ParCriterionFormModal frameworkId="fw-1" target={target} onClose={onClose} />, {
    role: Role.COORDINATOR,
    mocks: [...mocks, frameworkMock(frameworkDetail())],
  });
  return { ...harness, onClose };
}

async function choose(harness: FastHarness, testId: string, label: string) {
  const select = screen.getByTestId(testId);
  await harness.fast.click(select.querySelector('.ant-select-selector') ?? select);
  const option = (await screen.findAllByText(label)).find((el) => el.closest('.ant-select-item-option'));
  if (!option) throw new Error(`no option "${label}"`);
  await harness.fast.click(option);
}

async function retype(harness: FastHarness, testId: string, text: string) {
  const input = screen.getByTestId(testId);
  await harness.fast.clear(input);
  await harness.fast.type(input, text);
}

describe('ParDataRuleEditor in the criterion form', () => {
  it('adds a DATA sub-criterion with a rule: tasks of area II, 100 % → 1 and 80 % → 0,5', async () => {
    const input = {
      frameworkId: 'fw-1',
      parentId: 'c-1.2',
      code: '1.2.3',
      title: 'Nhiệm vụ CCHC hoàn thành đúng hạn',
      maxPoints: 1,
      method: ParScoringMethod.DATA,
      scale: null,
      guidance: null,
      evidenceRequired: false,
      dataRule: {
        source: ParDataSource.TASKS_ON_TIME,
        areaCode: 'II',
        indicatorCode: null,
        thresholds: [
          { atLeast: 100, points: 1 },
          { atLeast: 80, points: 0.5 },
        ],
      },
    };
    const created = criterion('c-1.2.3', '1.2.3', ParCriterionLevel.SUB_CRITERION, 'c-1.2', {
      ...input,
      dataRule: RULE,
    });
    const harness = renderForm({ kind: 'create', parent: rowOf('c-1.2').criterion }, [
      {
        request: { query: CreateParCriterionDocument, variables: { input } },
        result: { data: { createParCriterion: created } },
      },
    ]);
    await harness.fast.click(screen.getByTestId('par-criterion-code'));
    await harness.fast.paste('1.2.3');
    await harness.fast.type(screen.getByTestId('par-criterion-max'), '1');
    await harness.fast.click(screen.getByTestId('par-criterion-title'));
    await harness.fast.paste('Nhiệm vụ CCHC hoàn thành đúng hạn');
    await choose(harness, 'par-criterion-method', 'Tính từ dữ liệu partrack');
    // Optional: off until asked for, and the council scores the item meanwhile.
    expect(
      await screen.findByText('Không bắt buộc: khi không có quy tắc, hội đồng thẩm định chấm mục này.'),
    ).toBeInTheDocument();
    await harness.fast.click(screen.getByTestId('par-data-rule-enabled'));
    expect(screen.getByTestId('par-threshold-percent-0')).toHaveValue('100');
    expect(screen.getByTestId('par-threshold-points-0')).toHaveValue('1');
    expect(screen.getByTestId('par-data-rule-source')).toHaveTextContent('Nhiệm vụ đúng hạn');
    await choose(harness, 'par-data-rule-area', 'II. Cải cách thủ tục hành chính');
    await harness.fast.click(screen.getByTestId('par-threshold-add'));
    await harness.fast.type(screen.getByTestId('par-threshold-percent-1'), '80');
    await harness.fast.type(screen.getByTestId('par-threshold-points-1'), '0,5');
    await harness.fast.click(screen.getByTestId('par-criterion-submit'));
    await waitFor(() => expect(harness.onClose).toHaveBeenCalledTimes(1), { timeout: 5000 });
    // Two antd selects and a dozen inputs in a modal: well over the default test time on a busy machine.
  }, 40_000);

  it('refuses a share over 100 %, a repeated share and points above the maximum before sending', async () => {
    // No mutation mocked: a request would fail the test with an unmatched mock.
    const harness = renderForm({ kind: 'edit', row: rowOf('c-1.2.1', WITH_RULE) }, []);
    expect(screen.getByTestId('par-threshold-percent-0')).toHaveValue('80');
    expect(screen.getByTestId('par-data-rule-area')).toHaveTextContent('II. Cải cách thủ tục hành chính');
    await retype(harness, 'par-threshold-percent-0', '120');
    await harness.fast.click(screen.getByTestId('par-criterion-submit'));
    expect(await screen.findByText('Ngưỡng 1: tỷ lệ phải từ 0 đến 100%.', {}, SLOW)).toBeInTheDocument();
    expect(screen.getByTestId('par-threshold-percent-0').closest('.ant-input-number')).toHaveClass(
      'ant-input-number-status-error',
    );
    await retype(harness, 'par-threshold-percent-0', '100');
    expect(
      await screen.findByText('Ngưỡng 2: tỷ lệ trùng với một ngưỡng khác.', {}, SLOW),
    ).toBeInTheDocument();
    await retype(harness, 'par-threshold-percent-0', '80');
    await retype(harness, 'par-threshold-points-1', '0,75');
    expect(
      await screen.findByText('Ngưỡng 2: điểm vượt quá điểm tối đa của mục (0,5).', {}, SLOW),
    ).toBeInTheDocument();
    await harness.fast.click(screen.getByTestId('par-threshold-remove-1'));
    await waitFor(() => expect(screen.queryByText(/Ngưỡng \d:/)).not.toBeInTheDocument(), SLOW);
    expect(screen.getByTestId('par-threshold-remove-0')).toBeDisabled();
    expect(harness.onClose).not.toHaveBeenCalled();
  });

  it('sends the edited rule, and reports go without an area filter', async () => {
    const item = rowOf('c-1.2.1', WITH_RULE).criterion;
    const harness = renderForm({ kind: 'edit', row: rowOf('c-1.2.1', WITH_RULE) }, [
      {
        request: {
          query: UpdateParCriterionDocument,
          variables: {
            input: {
              id: 'c-1.2.1',
              version: 1,
              code: '1.2.1',
              title: item.title,
              maxPoints: 0.5,
              method: ParScoringMethod.DATA,
              scale: null,
              guidance: null,
              evidenceRequired: false,
              dataRule: {
                source: ParDataSource.REPORTS_ON_TIME,
                areaCode: null,
                indicatorCode: null,
                thresholds: [
                  { atLeast: 80, points: 0.25 },
                  { atLeast: 100, points: 0.5 },
                ],
              },
            },
          },
        },
        result: { data: { updateParCriterion: item } },
      },
    ]);
    await choose(harness, 'par-data-rule-source', 'Báo cáo đúng hạn');
    expect(screen.queryByTestId('par-data-rule-area')).not.toBeInTheDocument();
    expect(screen.queryByTestId('par-data-rule-indicator')).not.toBeInTheDocument();
    await harness.fast.click(screen.getByTestId('par-criterion-submit'));
    await waitFor(() => expect(harness.onClose).toHaveBeenCalledTimes(1), { timeout: 5000 });
  });

  it("reads an indicator against its target: asks for the indicator's code, in capitals, and sends only it", async () => {
    const item = rowOf('c-1.2.1', WITH_RULE).criterion;
    const dataRule = {
      source: ParDataSource.INDICATOR_TARGET,
      areaCode: null,
      indicatorCode: 'CT-01',
      thresholds: [
        { atLeast: 80, points: 0.25 },
        { atLeast: 100, points: 0.5 },
      ],
    };
    const harness = renderForm({ kind: 'edit', row: rowOf('c-1.2.1', WITH_RULE) }, [
      {
        request: {
          query: UpdateParCriterionDocument,
          variables: {
            input: {
              id: 'c-1.2.1',
              version: 1,
              code: '1.2.1',
              title: item.title,
              maxPoints: 0.5,
              method: ParScoringMethod.DATA,
              scale: null,
              guidance: null,
              evidenceRequired: false,
              dataRule,
            },
          },
        },
        result: { data: { updateParCriterion: item } },
      },
    ]);
    await choose(harness, 'par-data-rule-source', 'Mức đạt chỉ tiêu');
    // The tasks' area filter is not the indicator's business; the code is asked for instead.
    expect(screen.queryByTestId('par-data-rule-area')).not.toBeInTheDocument();
    expect(screen.getByText(/Mức đạt chỉ tiêu \(giá trị ÷ chỉ tiêu giao/)).toBeInTheDocument();
    await harness.fast.click(screen.getByTestId('par-criterion-submit'));
    expect(await screen.findByText('Chưa nhập mã chỉ tiêu.', {}, SLOW)).toBeInTheDocument();
    expect(harness.onClose).not.toHaveBeenCalled();
    await harness.fast.type(screen.getByTestId('par-data-rule-indicator'), 'ct 01');
    expect(screen.getByTestId('par-data-rule-indicator')).toHaveValue('CT 01');
    expect(
      await screen.findByText('Mã chỉ tiêu chỉ gồm chữ in hoa, số, "-" và "_".', {}, SLOW),
    ).toBeInTheDocument();
    await retype(harness, 'par-data-rule-indicator', 'ct-01');
    expect(screen.getByTestId('par-data-rule-indicator')).toHaveValue('CT-01');
    await harness.fast.click(screen.getByTestId('par-criterion-submit'));
    await waitFor(() => expect(harness.onClose).toHaveBeenCalledTimes(1), { timeout: 5000 });
  }, 40_000);
});

describe('ParDataRuleSummary', () => {
  it('reads the rule in one line, highest threshold first, and says when there is none', () => {
    renderWithProviders(
      <>
        <ParDataRuleSummary code="1.2.1" rule={RULE} />
        <ParDataRuleSummary code="1.2.2" rule={null} />
        <ParDataRuleSummary
          code="1.2.3"
          rule={{ ...RULE, source: ParDataSource.INDICATOR_TARGET, areaCode: null, indicatorCode: 'CT-01' }}
        />
      </>,
    );
    expect(screen.getByTestId('par-data-rule-1.2.3')).toHaveTextContent(
      'Mức đạt chỉ tiêu · CT-01: ≥ 100%: 0,5 điểm; ≥ 80%: 0,25 điểm',
    );
    expect(screen.getByTestId('par-data-rule-1.2.1')).toHaveTextContent(
      'Nhiệm vụ đúng hạn · II. Cải cách thủ tục hành chính: ≥ 100%: 0,5 điểm; ≥ 80%: 0,25 điểm',
    );
    expect(
      within(screen.getByTestId('par-data-rule-1.2.2')).getByText(/hội đồng thẩm định chấm/),
    ).toBeTruthy();
  });
});
