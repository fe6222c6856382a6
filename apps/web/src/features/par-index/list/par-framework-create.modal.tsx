import { useMutation } from '@apollo/client/react';
import { App, Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ParTargetGroup } from '@partrack/shared';
import { FormErrorAlert } from '../../../app/ui/form-error-alert.component';
import { useFormError } from '../../../app/ui/use-form-error.hook';
import { CreateParFrameworkDocument } from '../graphql/par-index.operations';
import { invalidateParFrameworkLists } from '../par-index-cache';
import { ParPointsInput, pointsRules } from '../par-points-input.component';

interface Values {
  year: number;
  targetGroup: ParTargetGroup;
  name: string;
  decisionNumber?: string;
  totalPoints: number;
}

const FIELDS = ['year', 'targetGroup', 'name', 'decisionNumber', 'totalPoints'] as const;

/** A new empty DRAFT framework; the API gives it the national bands (A ≥ 90, B ≥ 80, C ≥ 70, D below). */
export function ParFrameworkCreateModal({
  year,
  onClose,
  onCreated,
}: {
  year: number;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { formError, handleError, clearError } = useFormError(form, FIELDS);
  const [create, { loading }] = useMutation(CreateParFrameworkDocument, {
    update: invalidateParFrameworkLists,
  });

  const submit = async (values: Values) => {
    clearError();
    try {
      const { data } = await create({
        variables: {
          input: {
            year: values.year,
            targetGroup: values.targetGroup,
            name: values.name.trim(),
            decisionNumber: values.decisionNumber?.trim() || null,
            totalPoints: values.totalPoints,
          },
        },
      });
      if (!data) return;
      void message.success(t('parIndex.create.done'));
      onCreated(data.createParFramework.id);
    } catch (error) {
      handleError(error);
    }
  };

  return (
    <Modal
      open
      title={t('parIndex.create.title')}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={loading}
      width={640}
      destroyOnHidden
      mask={{ closable: false }}
      okButtonProps={{ 'data-testid': 'par-create-submit' }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ year, totalPoints: 100 }}
        onFinish={(values) => void submit(values)}
        disabled={loading}
      >
        <FormErrorAlert state={formError} />
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item
              name="year"
              label={t('parIndex.fields.year')}
              rules={[
                { required: true, message: t('parIndex.validation.year') },
                { type: 'integer', min: 2000, max: 2100, message: t('parIndex.validation.year') },
              ]}
            >
              <InputNumber
                data-testid="par-create-year"
                min={2000}
                max={2100}
                precision={0}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item
              name="targetGroup"
              label={t('parIndex.fields.targetGroup')}
              rules={[{ required: true, message: t('parIndex.validation.targetGroup') }]}
            >
              <Select<ParTargetGroup>
                data-testid="par-create-group"
                options={Object.values(ParTargetGroup).map((group) => ({
                  value: group,
                  label: t(`parIndex.targetGroup.${group}`),
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="name"
          label={t('parIndex.fields.name')}
          rules={[{ required: true, whitespace: true, message: t('parIndex.validation.name') }]}
        >
          <Input
            data-testid="par-create-name"
            maxLength={300}
            placeholder={t('parIndex.create.namePlaceholder')}
          />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={16}>
            <Form.Item name="decisionNumber" label={t('parIndex.fields.decisionNumber')}>
              <Input data-testid="par-create-decision" maxLength={100} placeholder="3463/QĐ-UBND" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="totalPoints" label={t('parIndex.fields.totalPoints')} rules={pointsRules(t)}>
              <ParPointsInput data-testid="par-create-total" max={1000} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
