import { useState } from 'react';
import { CloseOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input, Tag, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { readFileAsBase64 } from '../../../app/ui/read-file';
import { PlanDocumentFormat } from '../../../gql/graphql';
import {
  fileFits,
  formatOfFileName,
  isBinaryFormat,
  MAX_PLAN_FILE_BYTES,
  MAX_PLAN_TEXT_BYTES,
  utf8Bytes,
  type PlanImportSource,
} from './plan-import.util';

const ACCEPT = [
  '.txt',
  '.docx',
  '.xlsx',
  'text/plain',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
].join(',');

const kb = (bytes: number) => Math.max(1, Math.round(bytes / 1024));

type ContentPatch = Pick<PlanImportSource, 'content' | 'format' | 'fileName' | 'fileSize'>;

interface PlanImportContentProps {
  value: PlanImportSource;
  onChange: (patch: ContentPatch) => void;
  /** sourceProblem() of the whole source: 'tooLarge' concerns the content. */
  problem: string | null;
  /** The user asked for a check without any content. */
  showRequired: boolean;
}

/**
 * The document: a .txt, .docx or .xlsx file (the format follows the extension; Word and Excel files are
 * read as base64) or pasted text. Files that would not fit the API's 100 KB request body are refused here.
 */
export function PlanImportContent({ value, onChange, problem, showRequired }: PlanImportContentProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const [fileError, setFileError] = useState<string | null>(null);
  const binary = isBinaryFormat(value.format);
  const bytes = binary ? 0 : utf8Bytes(value.content);
  const textTooLarge = t('planImport.source.tooLarge', {
    max: number(Math.floor(MAX_PLAN_TEXT_BYTES / 1024)),
  });
  const fileTooLarge = (name: string, size: number) =>
    t('planImport.source.fileTooLarge', {
      name,
      size: number(kb(size)),
      max: number(Math.round(MAX_PLAN_FILE_BYTES / 1024)),
    });

  // The format follows the extension; the file is checked against the body limit before it is even read.
  const readFile = async (file: File) => {
    setFileError(null);
    const format = formatOfFileName(file.name);
    if (!format) {
      setFileError(t('planImport.source.unsupportedFile', { name: file.name }));
      return;
    }
    if (file.size === 0) {
      setFileError(t('planImport.source.emptyFile', { name: file.name }));
      return;
    }
    if (!fileFits(format, file.size)) {
      setFileError(isBinaryFormat(format) ? fileTooLarge(file.name, file.size) : textTooLarge);
      return;
    }
    try {
      const content = isBinaryFormat(format) ? await readFileAsBase64(file) : await file.text();
      onChange({ content, format, fileName: file.name, fileSize: file.size });
    } catch {
      setFileError(t('planImport.source.unreadableFile', { name: file.name }));
    }
  };
  const clearFile = () =>
    onChange({ content: '', format: PlanDocumentFormat.Text, fileName: null, fileSize: null });

  return (
    <>
      <div>
        <Upload.Dragger
          data-testid="plan-import-file"
          accept={ACCEPT}
          multiple={false}
          height={180}
          showUploadList={false}
          // Read in the browser (Word and Excel files as base64): nothing is sent until the user asks for a check.
          beforeUpload={(file) => {
            void readFile(file);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('planImport.source.dropHint')}</p>
          <p className="ant-upload-hint">
            {t('planImport.source.formats', {
              textMax: number(Math.floor(MAX_PLAN_TEXT_BYTES / 1024)),
              fileMax: number(Math.round(MAX_PLAN_FILE_BYTES / 1024)),
            })}
          </p>
        </Upload.Dragger>
      </div>
      {fileError && <Alert type="error" showIcon title={fileError} style={{ marginTop: 12 }} />}
      {value.fileName && (
        <Flex align="center" wrap gap={8} style={{ marginTop: 12 }} data-testid="plan-import-loaded-file">
          <Typography.Text>{t('planImport.source.loadedFile', { name: value.fileName })}</Typography.Text>
          <Tag color={binary ? 'blue' : 'default'} data-testid="plan-import-format">
            {t(`planImport.format.${value.format}`)}
          </Tag>
          {binary && value.fileSize !== null && (
            <Typography.Text type="secondary">
              {t('planImport.source.size', { kb: number(kb(value.fileSize)) })}
            </Typography.Text>
          )}
        </Flex>
      )}
      {binary ? (
        <Form.Item
          style={{ marginTop: 16 }}
          validateStatus={problem === 'tooLarge' ? 'error' : undefined}
          help={
            problem === 'tooLarge' && value.fileName
              ? fileTooLarge(value.fileName, value.fileSize ?? 0)
              : t('planImport.source.binaryHint')
          }
        >
          <Button data-testid="plan-import-clear-file" icon={<CloseOutlined />} onClick={clearFile}>
            {t('planImport.source.clearFile')}
          </Button>
        </Form.Item>
      ) : (
        <Form.Item
          label={t('planImport.source.pasteLabel')}
          style={{ marginTop: 16 }}
          validateStatus={showRequired || problem === 'tooLarge' ? 'error' : undefined}
          help={
            problem === 'tooLarge'
              ? textTooLarge
              : showRequired
                ? t('planImport.source.contentRequired')
                : t('planImport.source.size', { kb: number(Math.ceil(bytes / 1024)) })
          }
        >
          <Input.TextArea
            data-testid="import-content"
            value={value.content}
            // Typing or pasting makes it text again, whatever file was read before.
            onChange={(event) =>
              onChange({
                content: event.target.value,
                format: PlanDocumentFormat.Text,
                fileName: null,
                fileSize: null,
              })
            }
            rows={16}
            spellCheck={false}
            style={{ fontFamily: 'monospace', resize: 'vertical' }}
            placeholder={t('planImport.source.pastePlaceholder')}
          />
        </Form.Item>
      )}
    </>
  );
}
