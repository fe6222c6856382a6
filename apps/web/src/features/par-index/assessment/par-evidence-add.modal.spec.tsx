import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ParEvidenceRecordType, Role } from '@partrack/shared';
import { renderFast } from '../../../testing/fast-user';
import type { HarnessOptions } from '../../../testing/test-harness';
import {
  AddParEvidenceRecordDocument,
  ParEvidenceCandidatesDocument,
} from '../graphql/par-evidence.operations';
import { SAMPLE_CRITERIA } from '../par-index.fixtures';
import { RECORD_EVIDENCE, evidenceItem } from './par-assessment.fixtures';
import { ParEvidenceAddModal } from './par-evidence-add.modal';
import { MAX_EVIDENCE_BYTES } from './par-evidence.util';

const ITEM = SAMPLE_CRITERIA.find((c) => c.code === '1.1')!;

function renderModal(mocks: NonNullable<HarnessOptions['mocks']> = []) {
  const onFileUploaded = vi.fn();
  const onClose = vi.fn();
  const harness = renderFast(
    <ParEvidenceAddModal
      assessmentId="as-1"
      criterion={ITEM}
      evidence={[RECORD_EVIDENCE]}
      onFileUploaded={onFileUploaded}
      onClose={onClose}
    />,
    { role: Role.AGENCY_OFFICER, mocks },
  );
  return { ...harness, onFileUploaded, onClose };
}

function chooseFile(file: File) {
  const input = document.querySelector('input[type="file"]');
  if (!input) throw new Error('no file input');
  fireEvent.change(input, { target: { files: [file] } });
}

describe('ParEvidenceAddModal', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('refuses a file over 10 MB without sending it', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    renderModal();
    const big = new File(['x'], 'Báo cáo.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: MAX_EVIDENCE_BYTES + 1 });
    chooseFile(big);
    expect(await screen.findByTestId('par-evidence-file-error')).toHaveTextContent(
      'Tệp “Báo cáo.pdf” lớn hơn 10 MB nên không tải lên được.',
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('uploads a file to the item as multipart, then has the assessment reloaded', async () => {
    const fetchMock = vi.fn(() =>
      Promise.resolve(new Response(JSON.stringify({ id: 'ev-2', label: 'a.pdf' }), { status: 201 })),
    );
    vi.stubGlobal('fetch', fetchMock);
    const { onFileUploaded, onClose } = renderModal();
    chooseFile(new File(['abc'], 'Kế hoạch.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(onFileUploaded).toHaveBeenCalled());
    expect(onClose).toHaveBeenCalled();
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/files/par-evidence/as-1/c-1.1');
    expect(init.method).toBe('POST');
    expect((init.body as FormData).get('file')).toHaveProperty('name', 'Kế hoạch.pdf');
  });

  it('cites one of the agency’s records found by the search', async () => {
    const candidates = [
      {
        __typename: 'ParEvidenceCandidate' as const,
        recordId: 'task-1',
        recordType: ParEvidenceRecordType.TASK,
        label: '3.34 Xây dựng kế hoạch CCHC',
        date: '2024-12-01T03:00:00.000Z',
      },
      {
        __typename: 'ParEvidenceCandidate' as const,
        recordId: 'rep-1',
        recordType: ParEvidenceRecordType.AGENCY_REPORT,
        label: 'Báo cáo CCHC quý IV/2024',
        date: '2025-01-05T03:00:00.000Z',
      },
    ];
    const added = evidenceItem('ev-3', 'c-1.1', {
      label: 'Báo cáo CCHC quý IV/2024',
      url: null,
      recordType: ParEvidenceRecordType.AGENCY_REPORT,
      recordId: 'rep-1',
    });
    const harness = renderModal([
      {
        request: {
          query: ParEvidenceCandidatesDocument,
          variables: { assessmentId: 'as-1', search: null, recordType: null, first: 20 },
        },
        result: { data: { parEvidenceCandidates: candidates } },
      },
      {
        request: {
          query: AddParEvidenceRecordDocument,
          variables: {
            input: {
              assessmentId: 'as-1',
              criterionId: 'c-1.1',
              recordType: ParEvidenceRecordType.AGENCY_REPORT,
              recordId: 'rep-1',
            },
          },
        },
        result: { data: { addParEvidenceRecord: added } },
      },
    ]);
    await harness.fast.click(screen.getByRole('tab', { name: 'Dữ liệu trên partrack' }));
    expect(await screen.findByTestId('par-evidence-candidate-rep-1')).toHaveTextContent('Báo cáo');
    // Already cited on this item.
    expect(screen.getByTestId('par-evidence-choose-task-1')).toBeDisabled();
    expect(screen.getByTestId('par-evidence-choose-task-1')).toHaveTextContent('Đã đính kèm');
    await harness.fast.click(screen.getByTestId('par-evidence-choose-rep-1'));
    await waitFor(() => expect(harness.onClose).toHaveBeenCalled());
  });
});
