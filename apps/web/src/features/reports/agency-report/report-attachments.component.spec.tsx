import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Role } from '@partrack/shared';
import { renderWithProviders } from '../../../testing/test-harness';
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

  it('uploads the chosen file as multipart form data with its name and type, then refreshes', async () => {
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
    // No content-type of our own: the browser writes the multipart boundary.
    expect(init.headers).not.toHaveProperty('content-type');
    const form = init.body as FormData;
    const sent = form.get('file') as File;
    expect(sent.name).toBe('Quyết định.pdf');
    expect(sent.type).toBe('application/pdf');
    expect(sent.size).toBe(3);
  });

  it('shows the API error message of a refused upload', async () => {
    const body = {
      errors: [{ message: 'Mỗi báo cáo có tối đa 20 tệp đính kèm.', extensions: { code: 'BAD_USER_INPUT' } }],
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status: 400 }))),
    );
    const { container } = renderWithProviders(
      <ReportAttachments reportId="rep-1" attachments={[]} editable onChanged={() => undefined} />,
      { role: Role.AGENCY_OFFICER },
    );
    fireEvent.change(container.querySelector('input[type="file"]')!, {
      target: { files: [new File(['abc'], 'a.pdf', { type: 'application/pdf' })] },
    });
    expect(await screen.findByText(/tối đa 20 tệp đính kèm/)).toBeInTheDocument();
  });
});
