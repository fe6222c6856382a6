import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ParAssessmentStatus, ParTargetGroup, Role } from '@partrack/shared';
import { spyOnDownloads, type DownloadSpy } from '../../../testing/download-spy';
import { renderFast } from '../../../testing/fast-user';
import { graphQLError } from '../../../testing/test-harness';
import { ParNationalReportDocxDocument } from '../graphql/par-national.operations';
import { XLSX_BASE64 } from '../par-index.fixtures';
import { ParNationalReportDownload } from './par-national-report-download.component';
import { nationalAssessment, renderNational } from './par-national.fixtures';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const request = { query: ParNationalReportDocxDocument, variables: { assessmentId: 'as-p' } };
const docx = {
  __typename: 'ExportedFile' as const,
  filename: 'chi-so-cchc-2024-bao-cao-tu-danh-gia-p.docx',
  mimeType: DOCX_MIME,
  contentBase64: XLSX_BASE64,
};

describe('ParNationalReportDownload', () => {
  let downloads: DownloadSpy;
  beforeEach(() => {
    downloads = spyOnDownloads();
  });
  afterEach(() => downloads.restore());

  it("downloads the province's self-assessment report", async () => {
    const harness = renderFast(<ParNationalReportDownload assessmentId="as-p" />, {
      role: Role.VIEWER,
      mocks: [{ request, result: { data: { parNationalReportDocx: docx } } }],
    });
    const button = screen.getByTestId('par-national-report-download');
    expect(button).toHaveTextContent('Tải báo cáo tự đánh giá (DOCX)');
    await harness.fast.click(button);
    await waitFor(() => expect(downloads.links).toHaveLength(1), { timeout: 3000 });
    expect(downloads.links[0]?.download).toBe('chi-so-cchc-2024-bao-cao-tu-danh-gia-p.docx');
    expect(downloads.blobs[0]?.type).toBe(DOCX_MIME);
  });

  it('says why the download failed', async () => {
    const harness = renderFast(<ParNationalReportDownload assessmentId="as-p" />, {
      role: Role.VIEWER,
      mocks: [{ request, result: graphQLError('INTERNAL_SERVER_ERROR', 'Không tạo được báo cáo.') }],
    });
    await harness.fast.click(screen.getByTestId('par-national-report-download'));
    expect(
      await screen.findByTestId('par-national-report-download-error', {}, { timeout: 3000 }),
    ).toHaveTextContent('Không tạo được báo cáo.');
    expect(downloads.links).toHaveLength(0);
  });

  it('sits in the header of the province page only', async () => {
    renderNational(Role.VIEWER, nationalAssessment({ status: ParAssessmentStatus.SUBMITTED }));
    expect(
      await screen.findByTestId('par-national-report-download', {}, { timeout: 10000 }),
    ).toBeInTheDocument();
  });

  it('is not offered for an assessment of another group', async () => {
    const department = nationalAssessment();
    renderNational(Role.VIEWER, {
      ...department,
      framework: { ...department.framework!, targetGroup: ParTargetGroup.DEPARTMENT },
    });
    expect(
      await screen.findByTestId('par-national-not-province', {}, { timeout: 10000 }),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('par-national-report-download')).not.toBeInTheDocument();
  });
});
