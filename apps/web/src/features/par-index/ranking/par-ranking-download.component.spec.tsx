import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Role } from '@partrack/shared';
import { spyOnDownloads, type DownloadSpy } from '../../../testing/download-spy';
import { renderFast } from '../../../testing/fast-user';
import { graphQLError } from '../../../testing/test-harness';
import { ParRankingXlsxDocument } from '../graphql/par-ranking.operations';
import { exportedFile, XLSX_MIME } from '../par-index.fixtures';
import { ParRankingDownload } from './par-ranking-download.component';

describe('ParRankingDownload', () => {
  let downloads: DownloadSpy;
  beforeEach(() => {
    downloads = spyOnDownloads();
  });
  afterEach(() => downloads.restore());
  const request = { query: ParRankingXlsxDocument, variables: { cycleId: 'cy-1' } };

  it('downloads the cycle’s ranking workbook', async () => {
    const harness = renderFast(<ParRankingDownload cycleId="cy-1" />, {
      role: Role.VIEWER,
      mocks: [{ request, result: { data: { parRankingXlsx: exportedFile('xep-hang-cchc-2025.xlsx') } } }],
    });
    const button = screen.getByTestId('par-ranking-download');
    expect(button).toHaveTextContent('Tải bảng xếp hạng (Excel)');
    await harness.fast.click(button);
    await waitFor(() => expect(downloads.links).toHaveLength(1), { timeout: 3000 });
    expect(downloads.links[0]?.download).toBe('xep-hang-cchc-2025.xlsx');
    expect(downloads.blobs[0]?.type).toBe(XLSX_MIME);
  });

  it('says why the download failed', async () => {
    const harness = renderFast(<ParRankingDownload cycleId="cy-1" />, {
      role: Role.VIEWER,
      mocks: [{ request, result: graphQLError('INTERNAL_SERVER_ERROR', 'Không tạo được tệp Excel.') }],
    });
    await harness.fast.click(screen.getByTestId('par-ranking-download'));
    expect(await screen.findByTestId('par-ranking-download-error', {}, { timeout: 3000 })).toHaveTextContent(
      'Không tạo được tệp Excel.',
    );
    expect(downloads.links).toHaveLength(0);
  });
});
