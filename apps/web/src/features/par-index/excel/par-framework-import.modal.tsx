import { useState } from 'react';
import { InboxOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Flex, Form, InputNumber, Modal, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import { base64Length, readFileAsBase64 } from '../../../app/ui/read-file';
import type { ImportParFrameworkMutation } from '../../../gql/graphql';
import { ImportParFrameworkDocument } from '../graphql/par-index.operations';
import { invalidateParFrameworkLists } from '../par-index-cache';
import { ParFrameworkImportResult } from './par-framework-import-result.component';

type ImportResult = ImportParFrameworkMutation['importParFramework'];

/**
 * The file travels base64 in the GraphQL body, whose limit is 100 KB (102,400 bytes). The query, the year and
 * the JSON around them take well under 2 KB, so the encoded file may take 98 KB: a workbook of about 73 KB.
 */
export const MAX_PAR_XLSX_BASE64 = 98 * 1024;
export const MAX_PAR_XLSX_BYTES = Math.floor((MAX_PAR_XLSX_BASE64 / 4) * 3);

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

interface LoadedFile {
  name: string;
  content: string;
}

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
  const fmt = useFormatters();
  const [year, setYear] = useState<number | null>(initialYear);
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [running, setRunning] = useState<'check' | 'import' | null>(null);
  const [run, { error, reset }] = useMutation(ImportParFrameworkDocument);
  const kb = (bytes: number) => fmt.number(Math.round(bytes / 1024));

  // Whatever was checked no longer stands once the year or the file changes.
  const forget = () => {
    setResult(null);
    reset();
  };

  const read = async (picked: File) => {
    forget();
    setFile(null);
    setFileError(null);
    if (!picked.name.toLowerCase().endsWith('.xlsx')) {
      setFileError(t('parIndex.excel.notXlsx', { name: picked.name }));
      return;
    }
    if (base64Length(picked.size) > MAX_PAR_XLSX_BASE64) {
      setFileError(
        t('parIndex.excel.tooLarge', {
          name: picked.name,
          size: kb(picked.size),
          max: kb(MAX_PAR_XLSX_BYTES),
        }),
      );
      return;
    }
    try {
      setFile({ name: picked.name, content: await readFileAsBase64(picked) });
    } catch {
      setFileError(t('parIndex.excel.unreadable', { name: picked.name }));
    }
  };

  const send = async (dryRun: boolean) => {
    if (!file || !isYear(year)) return;
    setRunning(dryRun ? 'check' : 'import');
    try {
      const { data } = await run({
        variables: { input: { year, contentBase64: file.content, dryRun } },
        // Only a real import adds a framework to the lists.
        update: dryRun ? undefined : invalidateParFrameworkLists,
      });
      const answer = data?.importParFramework;
      if (!answer) return;
      const created = answer.framework;
      if (!dryRun && answer.applied && created) {
        void message.success(t('parIndex.excel.imported', { name: created.name }));
        onImported(created.id);
      } else setResult(answer);
    } catch {
      // Shown by the mutation's error state.
    } finally {
      setRunning(null);
    }
  };

  const clean = result !== null && result.problems.length === 0;
  const busy = running !== null;
  return (
    <Modal
      open
      width={820}
      title={t('parIndex.excel.title')}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
      footer={
        <Flex justify="end" gap={8} wrap>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            data-testid="par-import-check"
            type={clean ? 'default' : 'primary'}
            disabled={!file || !isYear(year) || running === 'import'}
            loading={running === 'check'}
            onClick={() => void send(true)}
          >
            {t('parIndex.excel.check')}
          </Button>
          <Button
            data-testid="par-import-confirm"
            type="primary"
            disabled={!clean || running === 'check'}
            loading={running === 'import'}
            onClick={() => void send(false)}
          >
            {t('parIndex.excel.confirm')}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('parIndex.excel.explain')}
        </Typography.Paragraph>
        <Form layout="vertical" component="div" disabled={busy}>
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
                forget();
              }}
              style={{ width: 160, maxWidth: '100%' }}
            />
          </Form.Item>
        </Form>
        <Upload.Dragger
          accept=".xlsx"
          multiple={false}
          showUploadList={false}
          disabled={busy}
          data-testid="par-import-file"
          // Read in the browser; nothing is sent before "Kiểm tra".
          beforeUpload={(picked) => {
            void read(picked);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('parIndex.excel.dropHint')}</p>
          <p className="ant-upload-hint">{t('parIndex.excel.hint', { max: kb(MAX_PAR_XLSX_BYTES) })}</p>
        </Upload.Dragger>
        {file && (
          <Typography.Text data-testid="par-import-loaded">
            {t('parIndex.excel.loaded', { name: file.name })}
          </Typography.Text>
        )}
        {fileError && (
          <Alert type="error" showIcon role="alert" data-testid="par-import-file-error" title={fileError} />
        )}
        {error && <ApiErrorAlert error={error} />}
        {result && <ParFrameworkImportResult result={result} />}
      </Flex>
    </Modal>
  );
}
