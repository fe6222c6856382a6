import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { App, Form, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportParFrameworkMutation } from '../../../gql/graphql';
import { ImportParFrameworkDocument } from '../graphql/par-index.operations';
import { invalidateParFrameworkLists } from '../par-index-cache';
import { ParFrameworkImportResult } from './par-framework-import-result.component';
import { useParXlsxImport } from './par-xlsx-import.hook';
import { ParXlsxImportModal } from './par-xlsx-import.modal';

type ImportResult = ImportParFrameworkMutation['importParFramework'];

export { MAX_PAR_XLSX_BASE64, MAX_PAR_XLSX_BYTES } from './par-xlsx-file.hook';

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

const isYear = (value: number | null): value is number =>
  value !== null && Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR;

/**
 * Year and file → "Kiểm tra" (dry run: the problems by sheet, line and column, or what was read) → "Nhập",
 * which creates a new DRAFT framework, all or nothing. Only a clean check of this very year and file offers
 * the import; too large or non-XLSX files are refused here, before anything is sent.
 */
export function ParFrameworkImportModal({
  year: initialYear,
  onClose,
  onImported,
}: {
  year: number;
  onClose: () => void;
  onImported: (frameworkId: string) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [year, setYear] = useState<number | null>(initialYear);
  const [run, { error, reset }] = useMutation(ImportParFrameworkDocument);
  const flow = useParXlsxImport<ImportResult>({
    ready: isYear(year),
    reset,
    mutate: async (contentBase64, dryRun) => {
      if (!isYear(year)) return null;
      const { data } = await run({
        variables: { input: { year, contentBase64, dryRun } },
        // Only a real import adds a framework to the lists.
        update: dryRun ? undefined : invalidateParFrameworkLists,
      });
      return data?.importParFramework;
    },
    onApplied: ({ framework }) => {
      if (!framework) return;
      void message.success(t('parIndex.excel.imported', { name: framework.name }));
      onImported(framework.id);
    },
  });

  return (
    <ParXlsxImportModal
      testId="par-import"
      title={t('parIndex.excel.title')}
      explain={t('parIndex.excel.explain')}
      confirmLabel={t('parIndex.excel.confirm')}
      flow={flow}
      ready={isYear(year)}
      error={error}
      onClose={onClose}
      before={
        <Form layout="vertical" component="div" disabled={flow.running !== null}>
          <Form.Item
            label={t('parIndex.excel.year')}
            htmlFor="par-import-year"
            validateStatus={isYear(year) ? undefined : 'error'}
            help={isYear(year) ? undefined : t('parIndex.validation.year')}
            style={{ marginBottom: 0 }}
          >
            <InputNumber
              id="par-import-year"
              data-testid="par-import-year"
              min={MIN_YEAR}
              max={MAX_YEAR}
              precision={0}
              value={year}
              onChange={(value) => {
                setYear(typeof value === 'number' ? value : null);
                // Whatever was checked no longer stands once the year changes.
                flow.forget();
              }}
              style={{ width: 160, maxWidth: '100%' }}
            />
          </Form.Item>
        </Form>
      }
    >
      {flow.result && <ParFrameworkImportResult result={flow.result} />}
    </ParXlsxImportModal>
  );
}
