import { useMutation } from '@apollo/client/react';
import { App, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../app/ui/form-error-alert.component';
import { useFormError } from '../../app/ui/use-form-error.hook';
import type { ParFrameworkRowFragment } from '../../gql/graphql';
import { CopyParFrameworkDocument } from './graphql/par-index.operations';
import { invalidateParFrameworkLists } from './par-index-cache';
import { nameForYear } from './par-framework.util';

interface Values {
  year: number;
  name: string;
}

const FIELDS = ['year', 'name'] as const;

type Source = Pick<ParFrameworkRowFragment, 'id' | 'name' | 'year'>;

/**
 * Copies a framework with all its items into a new DRAFT: next year's framework from this year's, or a
 * corrected revision of a locked one (same year). The name follows the year until the user edits it.
 */
export function ParFrameworkCopyModal({
  framework,
  onClose,
  onCopied,
}: {
  framework: Source;
  onClose: () => void;
  onCopied: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { formError, handleError, clearError } = useFormError(form, FIELDS);
  const [copy, { loading }] = useMutation(CopyParFrameworkDocument, { update: invalidateParFrameworkLists });
  const initialYear = framework.year + 1;

  const onValuesChange = (changed: Partial<Values>) => {
    if (changed.year === undefined || changed.year === null || form.isFieldTouched('name')) return;
    form.setFieldsValue({ name: nameForYear(framework.name, framework.year, changed.year) });
  };

  const submit = async (values: Values) => {
    clearError();
    try {
      const { data } = await copy({
        variables: { input: { id: framework.id, year: values.year, name: values.name.trim() } },
      });
      if (!data) return;
      void message.success(t('parIndex.copy.done', { name: data.copyParFramework.name }));
      onCopied(data.copyParFramework.id);
    } catch (error) {
      handleError(error);
    }
  };

  return (
    <Modal
      open
      title={t('parIndex.copy.title')}
      okText={t('parIndex.copy.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={loading}
      width={560}
      destroyOnHidden
      mask={{ closable: false }}
      okButtonProps={{ 'data-testid': 'par-copy-submit' }}
    >
      <Typography.Paragraph type="secondary">
        {t('parIndex.copy.explain', { name: framework.name })}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          year: initialYear,
          name: nameForYear(framework.name, framework.year, initialYear),
        }}
        onValuesChange={onValuesChange}
        onFinish={(values) => void submit(values)}
        disabled={loading}
      >
        <FormErrorAlert state={formError} />
        <Form.Item
          name="year"
          label={t('parIndex.fields.year')}
          extra={t('parIndex.copy.yearHint')}
          rules={[
            { required: true, message: t('parIndex.validation.year') },
            { type: 'integer', min: 2000, max: 2100, message: t('parIndex.validation.year') },
          ]}
        >
          <InputNumber
            data-testid="par-copy-year"
            min={2000}
            max={2100}
            precision={0}
            style={{ width: 160 }}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('parIndex.fields.name')}
          rules={[{ required: true, whitespace: true, message: t('parIndex.validation.name') }]}
        >
          <Input data-testid="par-copy-name" maxLength={300} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
