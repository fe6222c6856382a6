import { useState } from 'react';
import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Flex, Form, Input, Typography, Upload } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, LOCAL_DATE_FORMAT } from '../../../app/format/formatters';
import type { ReorganisationInput } from '../../../gql/graphql';
import {
  ACCEPTED_EXTENSIONS,
  readReorganisationFile,
  type ReorganisationSource,
} from './reorganisation-file';

interface FormValues {
  title: string;
  decision?: string;
  effectiveDate: Dayjs;
}

interface ReorganisationFormProps {
  onDryRun: (input: ReorganisationInput) => void;
  /** Any edit: a preview of the previous values no longer describes what would be applied. */
  onChange: () => void;
  checking: boolean;
}

export function ReorganisationForm({ onDryRun, onChange, checking }: ReorganisationFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const [source, setSource] = useState<ReorganisationSource | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);

  const pick = async (file: File) => {
    setFileError(null);
    onChange();
    const outcome = await readReorganisationFile(file);
    if (outcome.ok) setSource(outcome.source);
    else {
      setSource(null);
      setFileError(
        t(outcome.reason === 'format' ? 'agencyReorg.form.badFormat' : 'agencyReorg.form.tooLarge'),
      );
    }
  };

  const submit = (values: FormValues) => {
    if (!source) {
      setFileError(t('agencyReorg.form.fileRequired'));
      return;
    }
    onDryRun({
      title: values.title.trim(),
      decision: values.decision?.trim() || null,
      effectiveDate: values.effectiveDate.format(LOCAL_DATE_FORMAT),
      file: { format: source.format, content: source.content },
    });
  };

  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      initialValues={{ effectiveDate: dayjs() }}
      onValuesChange={onChange}
      onFinish={submit}
    >
      <Form.Item
        name="title"
        label={t('agencyReorg.form.title')}
        rules={[{ required: true, whitespace: true, message: t('agencyReorg.form.titleRequired') }]}
      >
        <Input
          data-testid="reorg-title"
          maxLength={300}
          placeholder={t('agencyReorg.form.titlePlaceholder')}
        />
      </Form.Item>
      <Form.Item name="decision" label={t('agencyReorg.form.decision')}>
        <Input
          data-testid="reorg-decision"
          maxLength={300}
          placeholder={t('agencyReorg.form.decisionPlaceholder')}
        />
      </Form.Item>
      <Form.Item
        name="effectiveDate"
        label={t('agencyReorg.form.effectiveDate')}
        extra={t('agencyReorg.form.effectiveDateHelp')}
        rules={[{ required: true, message: t('agencyReorg.form.effectiveDateRequired') }]}
      >
        <DatePicker data-testid="reorg-effective-date" format={DATE_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label={t('agencyReorg.form.file')} extra={t('agencyReorg.form.fileHelp')}>
        <Flex vertical gap={8}>
          <Upload
            accept={ACCEPTED_EXTENSIONS}
            multiple={false}
            showUploadList={false}
            // Read in the browser and sent as a GraphQL string: nothing leaves before "Chạy thử".
            beforeUpload={(file) => {
              void pick(file);
              return false;
            }}
          >
            <Button data-testid="reorg-file" icon={<UploadOutlined />}>
              {t('agencyReorg.form.pickFile')}
            </Button>
          </Upload>
          {source && (
            <Typography.Text data-testid="reorg-file-name">
              {t('agencyReorg.form.loadedFile', { name: source.fileName, format: source.format })}
            </Typography.Text>
          )}
          {fileError && <Alert type="error" showIcon title={fileError} />}
        </Flex>
      </Form.Item>
      <Flex justify="flex-end">
        <Button data-testid="reorg-dry-run" type="primary" htmlType="submit" loading={checking}>
          {t('agencyReorg.form.dryRun')}
        </Button>
      </Flex>
    </Form>
  );
}
