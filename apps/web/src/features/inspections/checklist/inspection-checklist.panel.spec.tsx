import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { InspectionChecklistResult } from '@partrack/shared';
import { renderFast } from '../../../testing/fast-user';
import type { InspectionChecklistItemFieldsFragment } from '../../../gql/graphql';
import {
  BuildInspectionChecklistDocument,
  ChecklistFrameworksDocument,
  InspectionChecklistDocument,
  UpdateInspectionChecklistItemDocument,
} from './graphql/inspection-checklist.operations';
import { checklistLines } from './inspection-checklist-build.modal';
import { checklistSummary, InspectionChecklistPanel, isFilled } from './inspection-checklist.panel';

/** Dialogs with selects and lists are slow in jsdom on a busy machine. */
const DIALOG_TIMEOUT = 60_000;

function item(position: number, extra: Partial<InspectionChecklistItemFieldsFragment> = {}) {
  return {
    __typename: 'InspectionChecklistItem' as const,
    id: `c-${position}`,
    version: 1,
    position,
    title: `Nội dung ${position}`,
    sourceCode: null,
    result: null,
    note: null,
    evidence: [],
    ...extra,
  };
}

const checklistMock = (items: InspectionChecklistItemFieldsFragment[]) => ({
  request: { query: InspectionChecklistDocument, variables: { id: 'i-1' } },
  result: { data: { inspection: { __typename: 'Inspection' as const, id: 'i-1', checklist: items } } },
});

const frameworksMock = {
  request: { query: ChecklistFrameworksDocument },
  result: {
    data: {
      parFrameworks: {
        __typename: 'ParFrameworkConnection' as const,
        edges: [
          {
            __typename: 'ParFrameworkEdge' as const,
            node: {
              __typename: 'ParFramework' as const,
              id: 'f-1',
              name: 'Bộ tiêu chí sở',
              year: 2026,
              revision: 1,
            },
          },
        ],
      },
    },
  },
};

describe('InspectionChecklistPanel', () => {
  it('lists the items with their codes, results, notes and evidence by label', async () => {
    renderFast(<InspectionChecklistPanel inspectionId="i-1" canEdit={false} />, {
      mocks: [
        checklistMock([
          item(1, { sourceCode: '1', title: 'Công tác chỉ đạo', result: InspectionChecklistResult.MET }),
          item(2, {
            sourceCode: '1.1',
            title: 'Niêm yết thủ tục',
            result: InspectionChecklistResult.NOT_MET,
            note: 'Bảng niêm yết cũ',
            evidence: [
              { __typename: 'InspectionChecklistEvidence', url: 'https://vd.vn/bb.pdf', label: 'Biên bản' },
            ],
          }),
          item(3),
        ]),
      ],
    });
    const second = await screen.findByTestId('checklist-item-2');
    expect(second).toHaveTextContent('1.1. Niêm yết thủ tục');
    expect(within(second).getByText('Chưa đạt')).toBeInTheDocument();
    expect(within(second).getByText('Bảng niêm yết cũ')).toBeInTheDocument();
    expect(within(second).getByText('Biên bản')).toHaveAttribute('href', 'https://vd.vn/bb.pdf');
    expect(within(screen.getByTestId('checklist-item-3')).getByText('Chưa đánh giá')).toBeInTheDocument();
    expect(screen.getByTestId('checklist-summary')).toHaveTextContent(
      '1 đạt, 1 chưa đạt, 0 không áp dụng, 1 chưa đánh giá',
    );
    expect(screen.queryByTestId('checklist-item-edit-1')).not.toBeInTheDocument();
    expect(screen.queryByTestId('checklist-rebuild')).not.toBeInTheDocument();
  });

  it('shows the empty state, and an error with a retry', async () => {
    const { unmount } = renderFast(<InspectionChecklistPanel inspectionId="i-1" canEdit={false} />, {
      mocks: [checklistMock([])],
    });
    expect(await screen.findByTestId('checklist-empty')).toHaveTextContent('Chưa lập bảng kiểm');
    expect(screen.queryByTestId('checklist-build')).not.toBeInTheDocument();
    unmount();
    renderFast(<InspectionChecklistPanel inspectionId="i-1" canEdit />, {
      mocks: [
        {
          request: { query: InspectionChecklistDocument, variables: { id: 'i-1' } },
          result: { errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] },
        },
      ],
    });
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
  });

  it(
    'builds a checklist from written lines',
    async () => {
      const built = [item(1, { title: 'Niêm yết TTHC' }), item(2, { title: 'Sổ theo dõi hồ sơ' })];
      const harness = renderFast(<InspectionChecklistPanel inspectionId="i-1" canEdit />, {
        mocks: [
          checklistMock([]),
          frameworksMock,
          {
            request: {
              query: BuildInspectionChecklistDocument,
              variables: { input: { inspectionId: 'i-1', items: ['Niêm yết TTHC', 'Sổ theo dõi hồ sơ'] } },
            },
            result: {
              data: {
                buildInspectionChecklist: { __typename: 'Inspection' as const, id: 'i-1', checklist: built },
              },
            },
          },
        ],
      });
      await harness.fast.click(await screen.findByTestId('checklist-build'));
      await harness.fast.click(await screen.findByText('Tự nhập nội dung'));
      fireEvent.change(await screen.findByTestId('checklist-build-lines'), {
        target: { value: 'Niêm yết TTHC\n\n  Sổ theo dõi hồ sơ ' },
      });
      await harness.fast.click(screen.getByTestId('checklist-build-submit'));
      expect(await screen.findByTestId('checklist-item-2')).toHaveTextContent('Sổ theo dõi hồ sơ');
    },
    DIALOG_TIMEOUT,
  );

  it(
    'assesses an item: result, note and an evidence link; rebuilding is then off',
    async () => {
      const saved = item(1, {
        version: 2,
        result: InspectionChecklistResult.NOT_MET,
        note: 'Thiếu',
        evidence: [{ __typename: 'InspectionChecklistEvidence', url: 'https://vd.vn/a.pdf', label: null }],
      });
      const harness = renderFast(<InspectionChecklistPanel inspectionId="i-1" canEdit />, {
        mocks: [
          checklistMock([item(1)]),
          {
            request: {
              query: UpdateInspectionChecklistItemDocument,
              variables: {
                input: {
                  id: 'c-1',
                  version: 1,
                  result: InspectionChecklistResult.NOT_MET,
                  note: 'Thiếu',
                  evidence: [{ url: 'https://vd.vn/a.pdf', label: null }],
                },
              },
            },
            result: { data: { updateInspectionChecklistItem: saved } },
          },
        ],
      });
      expect(await screen.findByTestId('checklist-rebuild')).toBeEnabled();
      await harness.fast.click(screen.getByTestId('checklist-item-edit-1'));
      const result = await screen.findByTestId('checklist-item-result');
      await harness.fast.click(
        result.closest('.ant-select')?.querySelector('.ant-select-selector') ?? result,
      );
      const option = (await screen.findAllByText('Chưa đạt')).find((e) =>
        e.closest('.ant-select-item-option'),
      );
      await harness.fast.click(option!);
      fireEvent.change(screen.getByTestId('checklist-item-note'), { target: { value: 'Thiếu' } });
      await harness.fast.click(screen.getByTestId('checklist-evidence-add'));
      fireEvent.change(await screen.findByTestId('checklist-evidence-url-0'), {
        target: { value: 'https://vd.vn/a.pdf' },
      });
      await harness.fast.click(screen.getByTestId('checklist-item-submit'));
      await waitFor(() =>
        expect(within(screen.getByTestId('checklist-item-1')).getByText('Chưa đạt')).toBeInTheDocument(),
      );
      expect(screen.getByText('https://vd.vn/a.pdf')).toHaveAttribute('href', 'https://vd.vn/a.pdf');
      expect(screen.getByTestId('checklist-rebuild')).toBeDisabled();
    },
    DIALOG_TIMEOUT,
  );
});

describe('checklist helpers', () => {
  it('splits lines, counts results and knows a filled item', () => {
    expect(checklistLines(' a \n\n b\n')).toEqual(['a', 'b']);
    expect(checklistSummary([{ result: InspectionChecklistResult.MET }, { result: null }])).toEqual({
      met: 1,
      notMet: 0,
      na: 0,
      open: 1,
    });
    expect(isFilled({ result: null, note: null, evidence: [] })).toBe(false);
    expect(isFilled({ result: null, note: 'x', evidence: [] })).toBe(true);
  });
});
