import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Role } from '@partrack/shared';
import { spyOnDownloads, type DownloadSpy } from '../../../testing/download-spy';
import { renderFast } from '../../../testing/fast-user';
import { FILE_EVIDENCE, RECORD_EVIDENCE } from './par-assessment.fixtures';
import { ParEvidenceList } from './par-evidence-list.component';

describe('ParEvidenceList', () => {
  let downloads: DownloadSpy | undefined;
  afterEach(() => {
    downloads?.restore();
    vi.unstubAllGlobals();
  });

  it('downloads a file with the session and saves it under its name', async () => {
    downloads = spyOnDownloads();
    const fetchMock = vi.fn(() => Promise.resolve(new Response(new Blob(['%PDF']), { status: 200 })));
    vi.stubGlobal('fetch', fetchMock);
    const harness = renderFast(
      <ParEvidenceList items={[FILE_EVIDENCE, RECORD_EVIDENCE]} removable={false} />,
      {
        role: Role.VIEWER,
      },
    );
    // Read-only: nothing to remove.
    expect(screen.queryByTestId('par-evidence-remove-ev-file')).not.toBeInTheDocument();
    expect(screen.getByTestId('par-evidence-ev-rec')).toHaveTextContent('Nhiệm vụ');
    await harness.fast.click(screen.getByTestId('par-evidence-download-ev-file'));
    await waitFor(() => expect(downloads?.links).toHaveLength(1));
    expect(fetchMock.mock.calls[0]).toEqual(['/files/par-evidence/ev-file', expect.anything()]);
    expect(downloads.links[0]?.download).toBe('Kế hoạch CCHC 2024.pdf');
  });
});
