import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ParPointsInput, pointsRules } from '../par-points-input.component';

export interface ScaleOptionValue {
  label: string;
  points: number | null;
}

/** The choices of a MANUAL item, one row each ("Hoàn thành 100% kế hoạch" — 1 điểm); the API checks the whole. */
export function ParScaleEditor() {
  const { t } = useTranslation();
  return (
    <Form.Item label={t('parIndex.fields.scale')} extra={t('parIndex.criterionForm.scaleHint')} required>
      <Form.List name="scale">
        {(fields, { add, remove }, { errors }) => (
          <Flex vertical gap={8} data-testid="par-scale-editor">
            {fields.length === 0 && (
              <Typography.Text type="secondary">{t('parIndex.criterionForm.scaleEmpty')}</Typography.Text>
            )}
            {fields.map((field, index) => (
              <Flex key={field.key} gap={8} align="start" wrap>
                <Form.Item
                  name={[field.name, 'label']}
                  rules={[
                    { required: true, whitespace: true, message: t('parIndex.validation.optionLabel') },
                  ]}
                  style={{ flex: '1 1 200px', marginBottom: 0 }}
                >
                  <Input
                    data-testid={`par-scale-label-${index}`}
                    maxLength={300}
                    placeholder={t('parIndex.criterionForm.optionPlaceholder')}
                    aria-label={t('parIndex.criterionForm.optionLabel', { n: index + 1 })}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'points']}
                  rules={pointsRules(t)}
                  style={{ width: 120, marginBottom: 0 }}
                >
                  <ParPointsInput
                    data-testid={`par-scale-points-${index}`}
                    aria-label={t('parIndex.criterionForm.optionPoints', { n: index + 1 })}
                  />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t('parIndex.criterionForm.removeOption', { n: index + 1 })}
                  data-testid={`par-scale-remove-${index}`}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            ))}
            <Form.ErrorList errors={errors} />
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              data-testid="par-scale-add"
              onClick={() => add({ label: '', points: null })}
              style={{ alignSelf: 'start' }}
            >
              {t('parIndex.criterionForm.addOption')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}
