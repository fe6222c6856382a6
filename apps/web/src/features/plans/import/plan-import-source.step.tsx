import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, Col, Flex, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { AgencyPicker } from '../../agencies/agency-picker.component';
import { PlanOptionsDocument } from '../graphql/plan.operations';
import { PlanImportContent } from './plan-import-content.component';
import { contentFits, type PlanImportSource } from './plan-import.util';

interface PlanImportSourceStepProps {
  value: PlanImportSource;
  onChange: (value: PlanImportSource) => void;
  /** The owner used when the user picked none: the province root of the user's agency. */
  defaultOwnerId: string | null;
  onSubmit: () => void;
  checking: boolean;
}

/** What is missing before a dry run can be asked for; null when the source is complete. */
export function sourceProblem(source: PlanImportSource, ownerId: string | null): string | null {
  if (!source.content.trim()) return 'content';
  if (!contentFits(source.format, source.content)) return 'tooLarge';
  if (source.target === 'existing') return source.planId ? null : 'plan';
  if (!source.code.trim()) return 'code';
  if (!ownerId) return 'owner';
  return null;
}

export function PlanImportSourceStep({
  value,
  onChange,
  defaultOwnerId,
  onSubmit,
  checking,
}: PlanImportSourceStepProps) {
  const { t } = useTranslation();
  const [touched, setTouched] = useState(false);
  const plans = useQuery(PlanOptionsDocument, {
    variables: { filter: null },
    skip: value.target !== 'existing',
  });
  const set = (patch: Partial<PlanImportSource>) => onChange({ ...value, ...patch });
  const ownerId = value.ownerAgencyId ?? defaultOwnerId;
  const problem = sourceProblem(value, ownerId);
  const submit = () => {
    setTouched(true);
    if (!problem) onSubmit();
  };
  const fieldError = (field: string) => (touched && problem === field ? 'error' : undefined);

  return (
    <Form layout="vertical" onFinish={submit} data-testid="plan-import-source">
      <Row gutter={24}>
        <Col xs={24} lg={14}>
          <PlanImportContent
            value={value}
            onChange={set}
            problem={problem}
            showRequired={touched && problem === 'content'}
          />
        </Col>
        <Col xs={24} lg={10}>
          <Form.Item label={t('planImport.source.target')}>
            <Radio.Group
              data-testid="plan-import-target"
              value={value.target}
              onChange={(event) => set({ target: event.target.value as PlanImportSource['target'] })}
              options={[
                { value: 'new', label: t('planImport.source.newPlan') },
                { value: 'existing', label: t('planImport.source.existingPlan') },
              ]}
            />
          </Form.Item>
          {value.target === 'existing' ? (
            <Form.Item
              label={t('planImport.source.plan')}
              required
              validateStatus={fieldError('plan')}
              help={
                fieldError('plan') ? t('planImport.source.planRequired') : t('planImport.source.existingHint')
              }
            >
              <Select
                data-testid="plan-import-plan"
                showSearch={{ optionFilterProp: 'label' }}
                loading={plans.loading}
                value={value.planId}
                onChange={(planId: string) => set({ planId })}
                options={(plans.data?.plans.edges ?? []).map(({ node }) => ({
                  value: node.id,
                  label: `${node.code} — ${node.title}`,
                }))}
                placeholder={t('planImport.source.planPlaceholder')}
              />
            </Form.Item>
          ) : (
            <>
              <Form.Item
                label={t('plan.fields.code')}
                required
                validateStatus={fieldError('code')}
                help={fieldError('code') ? t('planImport.source.codeRequired') : undefined}
              >
                <Input
                  data-testid="plan-import-code"
                  value={value.code}
                  maxLength={64}
                  onChange={(event) => set({ code: event.target.value })}
                  placeholder="KH-CCHC-2023"
                />
              </Form.Item>
              <Form.Item label={t('plan.fields.title')} extra={t('planImport.source.titleHint')}>
                <Input
                  data-testid="plan-import-title"
                  value={value.title}
                  maxLength={500}
                  onChange={(event) => set({ title: event.target.value })}
                  placeholder={t('planImport.source.titlePlaceholder')}
                />
              </Form.Item>
              <Form.Item label={t('plan.fields.year')} extra={t('planImport.source.yearHint')}>
                <InputNumber
                  data-testid="plan-import-year"
                  value={value.year}
                  min={2000}
                  max={2100}
                  precision={0}
                  onChange={(year) => set({ year: typeof year === 'number' ? year : null })}
                  style={{ width: 160 }}
                />
              </Form.Item>
              <Form.Item
                label={t('plan.fields.owner')}
                required
                validateStatus={fieldError('owner')}
                help={
                  fieldError('owner')
                    ? t('planImport.source.ownerRequired')
                    : t('planImport.source.ownerHint')
                }
              >
                <AgencyPicker
                  data-testid="plan-import-owner"
                  value={ownerId}
                  onChange={(ownerAgencyId) => set({ ownerAgencyId })}
                />
              </Form.Item>
            </>
          )}
        </Col>
      </Row>
      <Flex justify="end">
        <Button data-testid="import-dry-run" type="primary" htmlType="submit" loading={checking}>
          {t('planImport.source.check')}
        </Button>
      </Flex>
    </Form>
  );
}
