import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ParCriterionLevel, ParScoringMethod, Role } from '@partrack/shared';
import { renderFast, type FastHarness } from '../../../testing/fast-user';
import { graphQLError, type HarnessOptions } from '../../../testing/test-harness';
import { CreateParCriterionDocument, UpdateParCriterionDocument } from '../graphql/par-index.operations';
import { criterion, frameworkDetail, frameworkMock, SAMPLE_CRITERIA } from '../par-index.fixtures';
import { buildCriteriaTree, flattenCriteriaTree } from './par-criteria-tree.util';
import { ParCriterionFormModal, type CriterionTarget } from './par-criterion-form.modal';

const rows = flattenCriteriaTree(buildCriteriaTree(SAMPLE_CRITERIA).rows);
const rowOf = (id: string) => rows.find((row) => row.key === id)!;

function renderForm(target: CriterionTarget, mocks: NonNullable<HarnessOptions['mocks']>) {
  const onClose = vi.fn();
  const harness = renderFast(<ParCriterionFormModal frameworkId="fw-1" target={target} onClose={onClose} />, {
    role: Role.COORDINATOR,
    mocks: [...mocks, frameworkMock(frameworkDetail())],
  });
  return { ...harness, onClose };
}

async function typeInto(harness: FastHarness, testId: string, text: string) {
  await harness.fast.click(screen.getByTestId(testId));
  await harness.fast.paste(text);
}

async function choose(harness: FastHarness, testId: string, label: string) {
  const select = screen.getByTestId(testId);
  await harness.fast.click(select.querySelector('.ant-select-selector') ?? select);
  const option = (await screen.findAllByText(label)).find((el) => el.closest('.ant-select-item-option'));
  if (!option) throw new Error(`no option "${label}"`);
  await harness.fast.click(option);
}

describe('ParCriterionFormModal', () => {
  it('adds a sub-criterion scored on a scale, offering the maximum and zero as its first rows', async () => {
    const input = {
      frameworkId: 'fw-1',
      parentId: 'c-1.2',
      code: '1.2.3',
      title: 'Báo cáo đầy đủ nội dung',
      maxPoints: 0.5,
      method: ParScoringMethod.MANUAL,
      scale: [
        { label: 'Đầy đủ', points: 0.5 },
        { label: 'Thiếu nội dung', points: 0 },
      ],
      guidance: null,
      evidenceRequired: true,
      dataRule: null,
    };
    const harness = renderForm({ kind: 'create', parent: rowOf('c-1.2').criterion }, [
      {
        request: { query: CreateParCriterionDocument, variables: { input } },
        result: {
          data: {
            createParCriterion: criterion('c-1.2.3', '1.2.3', ParCriterionLevel.SUB_CRITERION, 'c-1.2', {
              ...input,
              scale: input.scale.map((o) => ({ __typename: 'ParScaleOption' as const, ...o })),
            }),
          },
        },
      },
    ]);
    expect(screen.getByText('Thêm tiêu chí thành phần')).toBeInTheDocument();
    expect(screen.getByTestId('par-criterion-parent')).toHaveTextContent('Thuộc mục 1.2. Báo cáo CCHC');
    await typeInto(harness, 'par-criterion-code', '1.2.3');
    await harness.fast.type(screen.getByTestId('par-criterion-max'), '0,5');
    await typeInto(harness, 'par-criterion-title', 'Báo cáo đầy đủ nội dung');
    expect(screen.queryByTestId('par-scale-editor')).not.toBeInTheDocument();
    await choose(harness, 'par-criterion-method', 'Chấm theo thang điểm');
    expect(await screen.findByTestId('par-scale-editor')).toBeInTheDocument();
    expect(screen.getByTestId('par-scale-points-0')).toHaveValue('0,5');
    expect(screen.getByTestId('par-scale-points-1')).toHaveValue('0');
    await typeInto(harness, 'par-scale-label-0', 'Đầy đủ');
    await typeInto(harness, 'par-scale-label-1', 'Thiếu nội dung');
    await harness.fast.click(screen.getByTestId('par-criterion-evidence'));
    await harness.fast.click(screen.getByTestId('par-criterion-submit'));
    await waitFor(() => expect(harness.onClose).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(await screen.findByText('Đã thêm mục 1.2.3.')).toBeInTheDocument();
  });

  it('asks a sub-criterion for its scoring method before sending anything', async () => {
    const harness = renderForm({ kind: 'create', parent: rowOf('c-1.2').criterion }, []);
    await typeInto(harness, 'par-criterion-code', '1.2.3');
    await harness.fast.type(screen.getByTestId('par-criterion-max'), '0,125');
    await typeInto(harness, 'par-criterion-title', 'Nội dung');
    await harness.fast.click(screen.getByTestId('par-criterion-submit'));
    expect(await screen.findByText('Tiêu chí thành phần cần có cách chấm điểm.')).toBeInTheDocument();
    expect(screen.getByText('Điểm là số không âm, tối đa hai chữ số thập phân.')).toBeInTheDocument();
    expect(harness.onClose).not.toHaveBeenCalled();
  });

  it('puts the API’s field messages under the code and under the scale', async () => {
    const item = rowOf('c-1.1').criterion;
    const harness = renderForm({ kind: 'edit', row: rowOf('c-1.1') }, [
      {
        request: {
          query: UpdateParCriterionDocument,
          variables: {
            input: {
              id: 'c-1.1',
              version: 1,
              code: '1.1',
              title: item.title,
              maxPoints: 1,
              method: ParScoringMethod.MANUAL,
              scale: [
                { label: 'Hoàn thành 100%', points: 1 },
                { label: 'Hoàn thành dưới 80%', points: 0.5 },
              ],
              guidance: item.guidance,
              evidenceRequired: true,
              dataRule: null,
            },
          },
        },
        result: graphQLError('BAD_USER_INPUT', 'code: Mã đã có', {
          fields: [
            { field: 'code', message: 'Mã "1.1" đã có trong bộ tiêu chí.' },
            { field: 'scale', message: 'Thang điểm của mục 1.1 không có lựa chọn nào đạt điểm tối đa.' },
          ],
        }),
      },
    ]);
    expect(screen.getByText('Sửa mục 1.1')).toBeInTheDocument();
    expect(screen.getByTestId('par-scale-label-1')).toHaveValue('Hoàn thành dưới 80%');
    await harness.fast.click(screen.getByTestId('par-criterion-submit'));
    const codeError = await screen.findByText('Mã "1.1" đã có trong bộ tiêu chí.');
    expect(codeError.closest('.ant-form-item')).toContainElement(screen.getByTestId('par-criterion-code'));
    const scaleError = screen.getByText('Thang điểm của mục 1.1 không có lựa chọn nào đạt điểm tối đa.');
    expect(screen.getByTestId('par-scale-editor')).toContainElement(scaleError);
    expect(harness.onClose).not.toHaveBeenCalled();
  });

  it('scores an item with children as their sum: no method, no scale', async () => {
    const harness = renderForm({ kind: 'edit', row: rowOf('c-1.2') }, [
      {
        request: {
          query: UpdateParCriterionDocument,
          variables: {
            input: {
              id: 'c-1.2',
              version: 1,
              code: '1.2',
              title: 'Báo cáo CCHC',
              maxPoints: 1,
              method: null,
              scale: null,
              guidance: null,
              evidenceRequired: false,
              dataRule: null,
            },
          },
        },
        result: { data: { updateParCriterion: rowOf('c-1.2').criterion } },
      },
    ]);
    expect(screen.getByText('Mục này có mục con nên điểm là tổng điểm các mục con.')).toBeInTheDocument();
    expect(screen.queryByTestId('par-scale-editor')).not.toBeInTheDocument();
    await harness.fast.click(screen.getByTestId('par-criterion-submit'));
    await waitFor(() => expect(harness.onClose).toHaveBeenCalledTimes(1), { timeout: 5000 });
  });
});
