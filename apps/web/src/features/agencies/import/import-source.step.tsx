import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input, Select, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportFormat } from '@partrack/shared';
import { formatFromFileName, guessFormat, MAX_IMPORT_BYTES } from './import-format';

export interface ImportSource {
  format: ImportFormat;
  content: string;
  fileName: string | null;
}

interface ImportSourceStepProps {
  value: ImportSource;
  onChange: (value: ImportSource) => void;
  onSubmit: () => void;
  checking: boolean;
}

export function ImportSourceStep({ value, onChange, onSubmit, checking }: ImportSourceStepProps) {
  const { t } = useTranslation();
  const [fileError, setFileError] = useState<string | null>(null);

  const readFile = async (file: File) => {
    setFileError(null);
    if (file.size > MAX_IMPORT_BYTES) {
      setFileError(t('agencyImport.source.fileTooLarge'));
      return;
    }
    const content = await file.text();
    onChange({ content, fileName: file.name, format: formatFromFileName(file.name) ?? guessFormat(content) });
  };

  return (
    <Form layout="vertical" onFinish={onSubmit}>
      <Upload.Dragger
        accept=".yaml,.yml,.csv,.json"
        multiple={false}
        showUploadList={false}
        // Read in the browser and sent as a GraphQL string: nothing is uploaded until the user asks for a check.
        beforeUpload={(file) => {
          void readFile(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('agencyImport.source.dropHint')}</p>
        <p className="ant-upload-hint">{t('agencyImport.source.formats')}</p>
      </Upload.Dragger>
      {fileError && <Alert type="error" showIcon title={fileError} style={{ marginTop: 12 }} />}
      {value.fileName && (
        <Typography.Paragraph style={{ marginTop: 12 }}>
          {t('agencyImport.source.loadedFile', { name: value.fileName })}
        </Typography.Paragraph>
      )}
      <Form.Item label={t('agencyImport.source.pasteLabel')} style={{ marginTop: 16 }}>
        <Input.TextArea
          data-testid="import-content"
          value={value.content}
          onChange={(event) => {
            const content = event.target.value;
            // Only re-guess when the user has not picked a file, whose extension is a better signal.
            onChange({ ...value, content, format: value.fileName ? value.format : guessFormat(content) });
          }}
          rows={12}
          spellCheck={false}
          style={{ fontFamily: 'monospace', resize: 'vertical' }}
          placeholder={t('agencyImport.source.pastePlaceholder')}
        />
      </Form.Item>
      <Flex gap={12} align="end" justify="space-between" wrap>
        <Form.Item label={t('agencyImport.source.format')} style={{ marginBottom: 0, minWidth: 160 }}>
          <Select
            data-testid="import-format"
            value={value.format}
            onChange={(format) => onChange({ ...value, format })}
            options={Object.values(ImportFormat).map((format) => ({ value: format, label: format }))}
          />
        </Form.Item>
        <Button
          data-testid="import-dry-run"
          type="primary"
          htmlType="submit"
          loading={checking}
          disabled={!value.content.trim()}
        >
          {t('agencyImport.source.check')}
        </Button>
      </Flex>
    </Form>
  );
}
