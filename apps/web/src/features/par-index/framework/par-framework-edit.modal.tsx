import { useState } from 'react';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { App, Button, Col, Flex, Form, Input, Modal, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../app/ui/form-error-alert.component';
import { useFormError } from '../../../app/ui/use-form-error.hook';
import type { ParFrameworkDetailFragment } from '../../../gql/graphql';
import { ParFrameworkDocument, UpdateParFrameworkDocument } from '../graphql/par-index.operations';
import { invalidateParFrameworkLists } from '../par-index-cache';
import { ParPointsInput, pointsRules } from '../par-points-input.component';

interface BandValue {
  code: string;
  label: string;
  minIndex: number | null;
}

interface Values {
  name: string;
  decisionNumber?: string;
  totalPoints: number;
  bands: BandValue[];
}

const FIELDS = ['name', 'decisionNumber', 'totalPoints', 'bands'] as const;

function valuesOf(framework: ParFrameworkDetailFragment): Values {
  return {
    name: framework.name,
    decisionNumber: framework.decisionNumber ?? '',
    totalPoints: framework.totalPoints,
    bands: framework.bands.map((b) => ({ code: b.code, label: b.label, minIndex: b.minIndex })),
  };
}

/** Name, decision, total and ranking bands of a DRAFT framework; the version is pinned when it opens. */
export function ParFrameworkEditModal({
  framework,
  onClose,
}: {
  framework: ParFrameworkDetailFragment;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [form] = Form.useForm<Values>();
  const { formError, handleError, clearError, reloading, reloadWith } = useFormError(form, FIELDS);
  const [version, setVersion] = useState(framework.version);
  const [update, { loading }] = useMutation(UpdateParFrameworkDocument, {
    update: invalidateParFrameworkLists,
  });

  const reload = async () => {
    await reloadWith(async () => {
      const { data } = await client.query({
        query: ParFrameworkDocument,
        variables: { id: framework.id },
        fetchPolicy: 'network-only',
      });
      if (!data) return;
      form.setFieldsValue(valuesOf(data.parFramework));
      setVersion(data.parFramework.version);
    });
  };

  const submit = async (values: Values) => {
    clearError();
    try {
      await update({
        variables: {
          input: {
            id: framework.id,
            version,
            name: values.name.trim(),
            decisionNumber: values.decisionNumber?.trim() || null,
            totalPoints: values.totalPoints,
            bands: values.bands.map((b) => ({
              code: b.code.trim(),
              label: b.label.trim(),
              minIndex: b.minIndex ?? 0,
            })),
          },
        },
      });
      void message.success(t('parIndex.edit.done'));
      onClose();
    } catch (error) {
      handleError(error);
    }
  };

  return (
    <Modal
      open
      title={t('parIndex.edit.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={loading || reloading}
      width={720}
      destroyOnHidden
      mask={{ closable: false }}
      okButtonProps={{ 'data-testid': 'par-edit-submit' }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={valuesOf(framework)}
        onFinish={(v) => void submit(v)}
        disabled={loading || reloading}
      >
        <FormErrorAlert state={formError} onReload={() => void reload()} reloading={reloading} />
        <Form.Item
          name="name"
          label={t('parIndex.fields.name')}
          rules={[{ required: true, whitespace: true, message: t('parIndex.validation.name') }]}
        >
          <Input data-testid="par-edit-name" maxLength={300} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={16}>
            <Form.Item name="decisionNumber" label={t('parIndex.fields.decisionNumber')}>
              <Input data-testid="par-edit-decision" maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="totalPoints" label={t('parIndex.fields.totalPoints')} rules={pointsRules(t)}>
              <ParPointsInput data-testid="par-edit-total" max={1000} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('parIndex.fields.bands')} extra={t('parIndex.edit.bandsHint')} required>
          <Form.List name="bands">
            {(fields, { add, remove }, { errors }) => (
              <Flex vertical gap={8} data-testid="par-bands-editor">
                {fields.map((field, index) => (
                  <Flex key={field.key} gap={8} align="start" wrap>
                    <Form.Item
                      name={[field.name, 'code']}
                      rules={[
                        { required: true, whitespace: true, message: t('parIndex.validation.bandCode') },
                      ]}
                      style={{ width: 80, marginBottom: 0 }}
                    >
                      <Input
                        maxLength={20}
                        placeholder="A"
                        aria-label={t('parIndex.edit.bandCode', { n: index + 1 })}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'label']}
                      rules={[
                        { required: true, whitespace: true, message: t('parIndex.validation.bandLabel') },
                      ]}
                      style={{ flex: '1 1 160px', marginBottom: 0 }}
                    >
                      <Input
                        maxLength={100}
                        placeholder={t('parIndex.edit.bandLabelPlaceholder')}
                        aria-label={t('parIndex.edit.bandLabel', { n: index + 1 })}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'minIndex']}
                      rules={[{ required: true, message: t('parIndex.validation.bandMin') }]}
                      style={{ width: 110, marginBottom: 0 }}
                    >
                      <ParPointsInput
                        max={100}
                        prefix="≥"
                        aria-label={t('parIndex.edit.bandMin', { n: index + 1 })}
                      />
                    </Form.Item>
                    <Button
                      icon={<DeleteOutlined />}
                      disabled={fields.length <= 1}
                      aria-label={t('parIndex.edit.removeBand', { n: index + 1 })}
                      onClick={() => remove(field.name)}
                    />
                  </Flex>
                ))}
                <Form.ErrorList errors={errors} />
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ code: '', label: '', minIndex: null })}
                  style={{ alignSelf: 'start' }}
                >
                  {t('parIndex.edit.addBand')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Form.Item>
      </Form>
    </Modal>
  );
}
