import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Role } from '@partrack/shared';
import { PlanDocumentFormat, type ImportPlanDocumentInput } from '../../../gql/graphql';
import { graphQLError } from '../../../testing/test-harness';
import { renderFast, type FastHarness } from '../../../testing/fast-user';
import { ImportPlanDocumentDocument } from '../graphql/plan-import.operations';
import { PlanImportWizard } from './plan-import-wizard.component';
import { fixedMocks, problem, result } from './plan-import.fixtures';
import { MAX_PLAN_FILE_BASE64, MAX_PLAN_FILE_BYTES } from './plan-import.util';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
// "PK\x03\x04" and a few more bytes: what the start of every .docx and .xlsx looks like.
const OFFICE_BYTES = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0xff]);
const OFFICE_BASE64 = 'UEsDBBQABgD/';

const input = (format: PlanDocumentFormat): ImportPlanDocumentInput => ({
  content: OFFICE_BASE64,
  format,
  dryRun: true,
  newPlan: { code: 'KH-2023', ownerAgencyId: 'p' },
});

/** The test id lands on the hidden `<input type="file">` itself, so browser tests can set files on it. */
function fileInput(): HTMLInputElement {
  const element = screen.getByTestId('plan-import-file');
  if (!(element instanceof HTMLInputElement) || element.type !== 'file') throw new Error('no file input');
  return element;
}

async function upload(harness: FastHarness, file: File) {
  await harness.fast.upload(fileInput(), file);
}

async function fillAndCheck(harness: FastHarness) {
  await harness.fast.click(screen.getByTestId('plan-import-code'));
  await harness.fast.paste('KH-2023');
  await waitFor(() =>
    expect(screen.getByTestId('plan-import-owner')).toHaveTextContent('Ủy ban nhân dân tỉnh Hà Giang'),
  );
  await harness.fast.click(screen.getByTestId('import-dry-run'));
}

describe('PlanImportWizard with Word and Excel files', () => {
  it('takes the format from a .docx extension, shows it, and sends the file base64-encoded', async () => {
    const harness = renderFast(<PlanImportWizard />, {
      role: Role.COORDINATOR,
      mocks: [
        ...fixedMocks,
        {
          request: {
            query: ImportPlanDocumentDocument,
            variables: { input: input(PlanDocumentFormat.Docx) },
          },
          result: result(true, []),
        },
      ],
    });

    await upload(harness, new File([OFFICE_BYTES], 'QD-123-KH-CCHC-2023.docx', { type: DOCX_MIME }));
    const loaded = await screen.findByTestId('plan-import-loaded-file');
    expect(loaded).toHaveTextContent('Đã đọc tệp: QD-123-KH-CCHC-2023.docx');
    expect(within(loaded).getByTestId('plan-import-format')).toHaveTextContent('Word (.docx)');
    // The base64 never lands in the text box: a binary file replaces it until removed.
    expect(screen.queryByTestId('import-content')).not.toBeInTheDocument();

    await fillAndCheck(harness);
    expect(await screen.findByTestId('import-preview')).toBeInTheDocument();
  });

  it('takes XLSX from the extension and shows what the template check found, with the API message', async () => {
    const missing = 'The sheet lacks the columns "Mã cha", "Lĩnh vực".';
    const harness = renderFast(<PlanImportWizard />, {
      role: Role.COORDINATOR,
      mocks: [
        ...fixedMocks,
        {
          request: {
            query: ImportPlanDocumentDocument,
            variables: { input: input(PlanDocumentFormat.Xlsx) },
          },
          result: result(true, [problem('MISSING_COLUMNS', 3, { severity: 'ERROR', message: missing })]),
        },
      ],
    });

    // The extension decides, whatever the browser says the type is.
    await upload(harness, new File([OFFICE_BYTES], 'KH-CCHC-2023 (mẫu nhập).XLSX', { type: '' }));
    expect(await screen.findByTestId('plan-import-format')).toHaveTextContent('Excel (.xlsx)');

    await fillAndCheck(harness);
    const problems = await screen.findByTestId('import-errors');
    expect(within(problems).getByText('Bảng tính thiếu cột của mẫu nhập')).toBeInTheDocument();
    expect(within(problems).getByText(missing)).toBeInTheDocument();
    expect(screen.getByTestId('plan-import-blocked')).toBeInTheDocument();
    expect(screen.getByTestId('import-confirm')).toBeDisabled();
  });

  it('shows why the API refused the file when it is not what its extension says', async () => {
    const reason =
      'Không đọc được tệp DOCX: This file is a PDF file, not a Word document (.docx): copy its text and import it as TEXT.';
    const harness = renderFast(<PlanImportWizard />, {
      role: Role.COORDINATOR,
      mocks: [
        ...fixedMocks,
        {
          request: {
            query: ImportPlanDocumentDocument,
            variables: { input: input(PlanDocumentFormat.Docx) },
          },
          result: graphQLError('BAD_USER_INPUT', `content: ${reason}`, {
            fields: [{ field: 'content', message: reason }],
          }),
        },
      ],
    });

    await upload(harness, new File([OFFICE_BYTES], 'ke-hoach.docx', { type: DOCX_MIME }));
    await screen.findByTestId('plan-import-format');
    await fillAndCheck(harness);
    const alert = await screen.findByTestId('plan-import-content-error');
    expect(alert).toHaveTextContent('Không nhập được tệp ke-hoach.docx');
    expect(alert).toHaveTextContent(reason);
    expect(screen.queryByTestId('import-preview')).not.toBeInTheDocument();
  });

  it('refuses a file whose encoding would not fit the request body, before sending anything', async () => {
    // No ImportPlanDocument mock: any request would fail the test with "no more mocked responses".
    const harness = renderFast(<PlanImportWizard />, { role: Role.COORDINATOR, mocks: fixedMocks });
    expect(Math.ceil((MAX_PLAN_FILE_BYTES + 1) / 3) * 4).toBeGreaterThan(MAX_PLAN_FILE_BASE64);

    await upload(
      harness,
      new File([new Uint8Array(MAX_PLAN_FILE_BYTES + 1)], 'ke-hoach-co-hinh.docx', { type: DOCX_MIME }),
    );
    expect(
      await screen.findByText(
        /^Tệp quá lớn để gửi qua giao diện \(tối đa ~70 KB\): ke-hoach-co-hinh\.docx có 70 KB\./,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('plan-import-loaded-file')).not.toBeInTheDocument();

    // Nothing was taken: the check still asks for content.
    await harness.fast.click(screen.getByTestId('import-dry-run'));
    expect(await screen.findByText('Dán nội dung hoặc chọn tệp văn bản')).toBeInTheDocument();

    // A file just under the limit is taken.
    await upload(
      harness,
      new File([new Uint8Array(MAX_PLAN_FILE_BYTES)], 'ke-hoach.xlsx', { type: XLSX_MIME }),
    );
    expect(await screen.findByTestId('plan-import-format')).toHaveTextContent('Excel (.xlsx)');
    expect(screen.queryByText(/Tệp quá lớn/)).not.toBeInTheDocument();
  });

  it('refuses other file types with a hint, and goes back to text when the file is removed', async () => {
    const harness = renderFast(<PlanImportWizard />, { role: Role.COORDINATOR, mocks: fixedMocks });
    // user-event honours the input's accept list; a dropped file does not go through it, so bypass it here.
    const dropper = userEvent.setup({
      applyAccept: false,
      pointerEventsCheck: PointerEventsCheckLevel.Never,
    });
    await dropper.upload(fileInput(), new File(['%PDF-1.7'], 'ke-hoach.pdf', { type: 'application/pdf' }));
    expect(await screen.findByText(/^Không nhận tệp ke-hoach\.pdf/)).toBeInTheDocument();

    await upload(harness, new File([OFFICE_BYTES], 'ke-hoach.docx', { type: DOCX_MIME }));
    await screen.findByTestId('plan-import-format');
    await harness.fast.click(screen.getByTestId('plan-import-clear-file'));
    expect(screen.getByTestId('import-content')).toHaveValue('');
    expect(screen.queryByTestId('plan-import-loaded-file')).not.toBeInTheDocument();
  });
});
