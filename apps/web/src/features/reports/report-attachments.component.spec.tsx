import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Role } from '@partrack/shared';
import { renderWithProviders } from '../../testing/test-harness';
import { ReportAttachments, type AttachmentRow } from './report-attachments.component';

const FILE: AttachmentRow = {
  id: 'att-1',
  filename: 'Biên bản họp.pdf',
  size: 20480,
  url: '/files/report-attachments/att-1',
  uploadedBy: 'officer@demo.partrack.vn',
  createdAt: '2022-06-10T03:00:00.000Z',
};

describe('ReportAttachments', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists files and offers add and delete only while the report is editable', () => {
    const { unmount } = renderWithProviders(
      <ReportAttachments
        reportId="rep-1"
        attachments={[FILE]}
        editable={false}
        onChanged={() => undefined}
      />,
      { role: Role.AGENCY_OFFICER },
    );
    expect(screen.getByTestId('report-attachment-Biên bản họp.pdf')).toHaveTextContent('20 KB');
    expect(screen.queryByTestId('report-attachment-upload')).not.toBeInTheDocument();
    expect(screen.queryByTestId('report-attachment-delete')).not.toBeInTheDocument();
    unmount();
    renderWithProviders(
      <ReportAttachments reportId="rep-1" attachments={[]} editable onChanged={() => undefined} />,
      { role: Role.AGENCY_OFFICER },
    );
    expect(screen.getByText('Chưa có tệp đính kèm.')).toBeInTheDocument();
    expect(screen.getByTestId('report-attachment-upload')).toBeInTheDocument();
  });

  it('uploads the chosen file over HTTP with its name and type, then refreshes', async () => {
    const fetchMock = vi.fn(() =>
      Promise.resolve(
        new Response(JSON.stringify({ id: 'att-2', filename: 'a.pdf', size: 3 }), { status: 201 }),
      ),
    );
    vi.stubGlobal('fetch', fetchMock);
    const onChanged = vi.fn();
    const { container } = renderWithProviders(
      <ReportAttachments reportId="rep-1" attachments={[]} editable onChanged={onChanged} />,
      { role: Role.AGENCY_OFFICER },
    );
    const input = container.querySelector('input[type="file"]')!;
    fireEvent.change(input, {
      target: { files: [new File(['abc'], 'Quyết định.pdf', { type: 'application/pdf' })] },
    });
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/files/report-attachments/rep-1');
    expect(init.method).toBe('POST');
    expect(init.headers).toMatchObject({
      'content-type': 'application/pdf',
      'x-filename': encodeURIComponent('Quyết định.pdf'),
    });
  });
});
