import { useState } from 'react';
import { InboxOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Descriptions, Flex, Modal, Table, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import { base64Length, readFileAsBase64 } from '../../../app/ui/read-file';
import type { ImportMeasurementsMutation } from '../../../gql/graphql';
import { MAX_PLAN_FILE_BASE64, MAX_PLAN_FILE_BYTES } from '../../plans/import/plan-import.util';
import { ImportMeasurementsDocument } from '../graphql/measurement.operations';
import { invalidateFigures } from '../indicator-cache';
import { periodLabel } from '../indicator-period.util';
import { useIndicatorFormat } from '../use-indicator-format.hook';

type ImportResult = ImportMeasurementsMutation['importMeasurements'];
type Problem = ImportResult['problems'][number];

interface LoadedFile {
  name: string;
  content: string;
}

/**
 * Upload → dry run (line-numbered problems, counts) → import. The API writes all rows or none, and only
 * a clean dry run offers the import. Files travel base64 in the 100 KB request body, like plan files.
 */
export function MeasurementImportModal({
  planId,
  onClose,
  onImported,
}: {
  planId: string;
  onClose: () => void;
  onImported: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useIndicatorFormat();
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [run, { loading, error, reset }] = useMutation(ImportMeasurementsDocument);

  const read = async (picked: File) => {
    setFile(null);
    setResult(null);
    setFileError(null);
    reset();
    if (!picked.name.toLowerCase().endsWith('.xlsx')) {
      setFileError(t('indicator.excel.notXlsx', { name: picked.name }));
      return;
    }
    if (base64Length(picked.size) > MAX_PLAN_FILE_BASE64) {
      const kb = (bytes: number) => format.number(Math.round(bytes / 1024));
      setFileError(
        t('indicator.excel.tooLarge', {
          name: picked.name,
          size: kb(picked.size),
          max: kb(MAX_PLAN_FILE_BYTES),
        }),
      );
      return;
    }
    let content: string;
    try {
      content = await readFileAsBase64(picked);
    } catch {
      setFileError(t('indicator.excel.unreadable', { name: picked.name }));
      return;
    }
    setFile({ name: picked.name, content });
    try {
      const { data } = await run({ variables: { input: { planId, contentBase64: content, dryRun: true } } });
      setResult(data?.importMeasurements ?? null);
    } catch {
      // Shown by the mutation's error state.
    }
  };

  const commit = async () => {
    if (!file) return;
    try {
      const { data } = await run({
        variables: { input: { planId, contentBase64: file.content, dryRun: false } },
        // Only the real import changes figures; a dry run must not reload (and reset) the grid behind it.
        update: invalidateFigures,
      });
      const done = data?.importMeasurements;
      if (done?.applied) {
        void message.success(
          t('indicator.excel.imported', {
            created: format.number(done.created),
            updated: format.number(done.updated),
          }),
        );
        onImported();
      } else if (done) setResult(done);
    } catch {
      // Shown by the mutation's error state.
    }
  };

  const clean = result !== null && result.problems.length === 0;
  return (
    <Modal
      open
      width={820}
      title={t('indicator.excel.title')}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            data-testid="excel-confirm"
            disabled={!clean}
            loading={loading}
            onClick={() => void commit()}
          >
            {t('indicator.excel.confirm')}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <Upload.Dragger
          accept=".xlsx"
          multiple={false}
          showUploadList={false}
          data-testid="excel-file"
          // Read in the browser; nothing is written before the dry run has been looked at.
          beforeUpload={(picked) => {
            void read(picked);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('indicator.excel.dropHint')}</p>
          <p className="ant-upload-hint">
            {t('indicator.excel.hint', { max: format.number(Math.round(MAX_PLAN_FILE_BYTES / 1024)) })}
          </p>
        </Upload.Dragger>
        {file && <Typography.Text>{t('indicator.excel.loaded', { name: file.name })}</Typography.Text>}
        {fileError && <Alert type="error" showIcon title={fileError} />}
        {error && <ApiErrorAlert error={error} />}
        {result && (
          <Descriptions size="small" column={4} data-testid="excel-summary">
            <Descriptions.Item label={t('indicator.filters.period')}>
              {result.period ? periodLabel(result.period, t) : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('indicator.excel.created')}>
              {format.number(result.created)}
            </Descriptions.Item>
            <Descriptions.Item label={t('indicator.excel.updated')}>
              {format.number(result.updated)}
            </Descriptions.Item>
            <Descriptions.Item label={t('indicator.excel.unchanged')}>
              {format.number(result.unchanged)}
            </Descriptions.Item>
          </Descriptions>
        )}
        {result && result.problems.length > 0 && (
          <>
            <Alert
              type="error"
              showIcon
              title={t('indicator.excel.problems', { n: format.number(result.problems.length) })}
            />
            <Table<Problem>
              data-testid="excel-problems"
              size="small"
              rowKey={(problem) =>
                `${problem.line}|${problem.column ?? ''}|${problem.code}|${problem.message}`
              }
              dataSource={result.problems}
              pagination={result.problems.length > 20 ? { pageSize: 20 } : false}
              columns={[
                { key: 'line', title: t('indicator.excel.line'), width: 70, render: (_v, p) => p.line },
                {
                  key: 'column',
                  title: t('indicator.excel.column'),
                  width: 60,
                  render: (_v, p) => p.column ?? '—',
                },
                { key: 'message', title: t('indicator.excel.message'), render: (_v, p) => p.message },
              ]}
            />
          </>
        )}
        {clean && <Alert type="success" showIcon title={t('indicator.excel.clean')} />}
      </Flex>
    </Modal>
  );
}
