import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ImportFormat, Role } from '@partrack/shared';
import { renderFast } from '../../../testing/fast-user';
import { ImportAgenciesDocument } from '../graphql/agency-mutation.operations';
import { AgencyImportWizard } from './agency-import-wizard.component';

const BROKEN =
  'code,name,kind,level,parentCode\nSNV,Sở Nội vụ,DEPARTMENT,PROVINCE,UBND\nSYT,,DEPARTMENT,PROVINCE,UBND';
const FIXED =
  'code,name,kind,level,parentCode\nSNV,Sở Nội vụ,DEPARTMENT,PROVINCE,UBND\nSYT,Sở Y tế,DEPARTMENT,PROVINCE,UBND';

function importResult(
  dryRun: boolean,
  counts: { created: number; updated: number; unchanged: number },
  errors: { line: number; message: string }[] = [],
) {
  return {
    data: {
      importAgencies: {
        __typename: 'AgencyImportResult',
        dryRun,
        applied: !dryRun && errors.length === 0,
        ...counts,
        errors: errors.map((error) => ({ __typename: 'ImportError', ...error })),
      },
    },
  };
}

const request = (content: string, dryRun: boolean) => ({
  query: ImportAgenciesDocument,
  variables: { input: { format: ImportFormat.CSV, content, dryRun } },
});

describe('AgencyImportWizard', () => {
  it('dry-runs, shows line-numbered errors, then confirms a corrected file', async () => {
    const harness = renderFast(<AgencyImportWizard />, {
      role: Role.ADMIN,
      mocks: [
        {
          request: request(BROKEN, true),
          result: importResult(true, { created: 1, updated: 0, unchanged: 0 }, [
            { line: 3, message: 'Thiếu tên cơ quan' },
          ]),
        },
        {
          request: request(FIXED, true),
          result: importResult(true, { created: 2, updated: 0, unchanged: 0 }),
        },
        {
          request: request(FIXED, false),
          result: importResult(false, { created: 2, updated: 0, unchanged: 0 }),
        },
      ],
    });

    // Typing braces/brackets needs escaping in user-event; CSV has none, and paste keeps newlines intact.
    await harness.fast.click(screen.getByTestId('import-content'));
    await harness.fast.paste(BROKEN);
    await waitFor(() => expect(screen.getByTestId('import-format')).toHaveTextContent('CSV'));
    await harness.fast.click(screen.getByTestId('import-dry-run'));

    const preview = await screen.findByTestId('import-preview');
    expect(within(preview).getByText(/Phát hiện 1 lỗi/)).toBeInTheDocument();
    const errors = within(preview).getByTestId('import-errors');
    expect(within(errors).getByText('3')).toBeInTheDocument();
    expect(within(errors).getByText('Thiếu tên cơ quan')).toBeInTheDocument();
    expect(screen.getByTestId('import-confirm')).toBeDisabled();

    await harness.fast.click(screen.getByTestId('import-back'));
    await harness.fast.clear(screen.getByTestId('import-content'));
    await harness.fast.paste(FIXED);
    await harness.fast.click(screen.getByTestId('import-dry-run'));

    expect(await screen.findByText(/Dữ liệu hợp lệ\. Bấm/)).toBeInTheDocument();
    expect(within(screen.getByTestId('import-count-created')).getByText('2')).toBeInTheDocument();
    await harness.fast.click(screen.getByTestId('import-confirm'));

    const summary = await screen.findByTestId('import-summary');
    expect(within(summary).getByText('Đã nhập danh mục thành công')).toBeInTheDocument();
    expect(within(summary).getByText('Thêm mới 2, cập nhật 0, không đổi 0.')).toBeInTheDocument();
  });
});
