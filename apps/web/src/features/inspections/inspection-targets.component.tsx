import { Col, Form, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';

/** The plan's coverage targets, one per level, as both the propose and the adjust dialogs ask for them. */
export const INSPECTION_TARGET_FIELDS = ['coverageProvince', 'coverageDistrict', 'coverageCommune'] as const;

/** Three whole percentages 0–100 side by side (stacked on a phone); test ids `<testIdPrefix>-<field>`. */
export function InspectionTargetFields({ testIdPrefix }: { testIdPrefix: string }) {
  const { t } = useTranslation();
  return (
    <Row gutter={12}>
      {INSPECTION_TARGET_FIELDS.map((name) => (
        <Col xs={24} sm={8} key={name}>
          <Form.Item
            name={name}
            label={t(`inspection.fields.${name}`)}
            rules={[
              {
                required: true,
                type: 'integer',
                min: 0,
                max: 100,
                message: t('inspection.validation.percent'),
              },
            ]}
          >
            <InputNumber
              data-testid={`${testIdPrefix}-${name}`}
              precision={0}
              min={0}
              max={100}
              suffix="%"
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
      ))}
    </Row>
  );
}
