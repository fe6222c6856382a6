import { useMutation } from '@apollo/client/react';
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../app/ui/form-error-alert.component';
import { useFormError } from '../../../app/ui/use-form-error.hook';
import { AddParEvidenceLinkDocument } from '../graphql/par-evidence.operations';
import { addEvidenceToCache, isHttpUrl, MAX_EVIDENCE_URL_LENGTH } from './par-evidence.util';

interface LinkValues {
  url: string;
  label?: string;
}

const FIELDS = ['url', 'label'] as const;

interface ParEvidenceLinkTabProps {
  assessmentId: string;
  criterionId: string;
  onAdded: (label: string) => void;
}

/** A web page as evidence: its address (http or https) and, if wanted, a title shown instead of it. */
export function ParEvidenceLinkTab({ assessmentId, criterionId, onAdded }: ParEvidenceLinkTabProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<LinkValues>();
  const { formError, handleError, clearError } = useFormError(form, FIELDS);
  const [add, adding] = useMutation(AddParEvidenceLinkDocument, {
    update: (cache, { data }) => {
      if (data) addEvidenceToCache(cache, data.addParEvidenceLink);
    },
  });

  const submit = async ({ url, label }: LinkValues) => {
    clearError();
    try {
      const { data } = await add({
        variables: {
          input: { assessmentId, criterionId, url: url.trim(), label: label?.trim() || null },
        },
      });
      form.resetFields();
      onAdded(data?.addParEvidenceLink.label ?? url.trim());
    } catch (caught) {
      handleError(caught);
    }
  };

  return (
    <Form<LinkValues>
      form={form}
      layout="vertical"
      onFinish={(values) => void submit(values)}
      data-testid="par-evidence-link-form"
    >
      <FormErrorAlert state={formError} />
      <Form.Item
        name="url"
        label={t('parIndex.evidence.link.url')}
        rules={[
          { required: true, whitespace: true, message: t('parIndex.evidence.link.urlRequired') },
          {
            validator: (_rule, value: unknown) =>
              typeof value !== 'string' || value.trim() === '' || isHttpUrl(value)
                ? Promise.resolve()
                : Promise.reject(new Error(t('parIndex.evidence.link.urlInvalid'))),
          },
        ]}
      >
        <Input
          data-testid="par-evidence-link-url"
          inputMode="url"
          placeholder="https://"
          maxLength={MAX_EVIDENCE_URL_LENGTH}
        />
      </Form.Item>
      <Form.Item name="label" label={t('parIndex.evidence.link.label')}>
        <Input data-testid="par-evidence-link-label" maxLength={500} />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        loading={adding.loading}
        data-testid="par-evidence-link-submit"
      >
        {t('parIndex.evidence.link.submit')}
      </Button>
    </Form>
  );
}
