import { Col, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import {
  IndicatorAggregation,
  IndicatorDirection,
  IndicatorFrequency,
  IndicatorUnit,
  REFORM_AREAS,
} from '@partrack/shared';
import { useAreaName } from '../../tasks/task-tags.component';
import { IndicatorPlanItemsDocument } from '../graphql/indicator.operations';
import { REPORTING_LEVELS } from '../indicator-url.util';
import { useIndicatorFormat } from '../use-indicator-format.hook';

/** Every field of an indicator definition; the code is fixed once created (figures and links refer to it). */
export function IndicatorFormFields({ planId, editing }: { planId: string; editing: boolean }) {
  const { t } = useTranslation();
  const areaName = useAreaName();
  const format = useIndicatorFormat();
  const items = useQuery(IndicatorPlanItemsDocument, { variables: { planId } });
  const full = { width: '100%' };
  return (
    <Row gutter={12}>
      <Col xs={24} sm={6}>
        <Form.Item
          name="code"
          label={t('indicator.fields.code')}
          rules={[{ required: true, whitespace: true, message: t('indicator.validation.code') }]}
        >
          <Input data-testid="indicator-form-code" disabled={editing} maxLength={32} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={18}>
        <Form.Item
          name="nameVi"
          label={t('indicator.fields.nameVi')}
          rules={[{ required: true, whitespace: true, message: t('indicator.validation.nameVi') }]}
        >
          <Input data-testid="indicator-form-name" maxLength={500} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="nameEn" label={t('indicator.fields.nameEn')}>
          <Input maxLength={500} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="description" label={t('indicator.fields.description')}>
          <Input.TextArea rows={2} maxLength={5000} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="areaCode" label={t('indicator.fields.area')}>
          <Select
            allowClear
            options={REFORM_AREAS.map((area) => ({ value: area.code, label: areaName(area.code) }))}
            style={full}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="unit" label={t('indicator.fields.unit')} rules={[{ required: true }]}>
          <Select
            data-testid="indicator-form-unit"
            options={Object.values(IndicatorUnit).map((value) => ({
              value,
              label: t(`indicator.unit.${value}`),
            }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item
          name="aggregation"
          label={t('indicator.fields.aggregation')}
          rules={[{ required: true }]}
          extra={t('indicator.form.aggregationHint')}
        >
          <Select
            options={Object.values(IndicatorAggregation).map((value) => ({
              value,
              label: t(`indicator.aggregation.${value}`),
            }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="direction" label={t('indicator.fields.direction')} rules={[{ required: true }]}>
          <Select
            options={Object.values(IndicatorDirection).map((value) => ({
              value,
              label: t(`indicator.direction.${value}`),
            }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="frequency" label={t('indicator.fields.frequency')} rules={[{ required: true }]}>
          <Select
            options={Object.values(IndicatorFrequency).map((value) => ({
              value,
              label: t(`indicator.frequency.${value}`),
            }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item
          name="reportingLevels"
          label={t('indicator.fields.reportingLevels')}
          rules={[
            {
              required: true,
              type: 'array',
              min: 1,
              message: t('indicator.validation.reportingLevels'),
            },
          ]}
        >
          <Select
            mode="multiple"
            data-testid="indicator-form-levels"
            options={REPORTING_LEVELS.map((level) => ({
              value: level,
              label: t(`agency.level.${level}`),
            }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item
          name="target"
          label={t('indicator.fields.planTarget')}
          extra={t('indicator.form.targetHint')}
        >
          <InputNumber
            data-testid="indicator-form-target"
            min={0}
            style={full}
            decimalSeparator={format.language === 'vi' ? ',' : '.'}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item
          name="cumulative"
          label={t('indicator.fields.cumulative')}
          valuePropName="checked"
          extra={t('indicator.form.cumulativeHint')}
        >
          <Switch data-testid="indicator-form-cumulative" />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="linkedItemIds" label={t('indicator.fields.linkedItems')}>
          <Select
            mode="multiple"
            loading={items.loading}
            showSearch={{ optionFilterProp: 'label' }}
            options={(items.data?.plan.items ?? []).map((item) => ({
              value: item.id,
              label: `${item.code}. ${item.title}`,
            }))}
            maxTagCount={5}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
