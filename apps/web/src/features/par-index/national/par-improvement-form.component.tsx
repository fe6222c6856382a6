import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, DatePicker, Form, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toApiError } from '../../../app/apollo/api-error';
import { DATE_FORMAT, LOCAL_DATE_FORMAT } from '../../../app/format/formatters';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import { PlanOptionsDocument } from '../../plans/graphql/plan.operations';
import { invalidatePlanQueries } from '../../plans/plan-cache';
import { CreateParImprovementTasksDocument } from '../graphql/par-national.operations';

interface ParImprovementFormProps {
  assessmentId: string;
  /** The year of the plans offered: the one after the cycle's. */
  planYear: number;
  disabled: boolean;
}

interface Created {
  count: number;
  plan: { id: string; label: string };
}

/** Picks a plan of next year and an optional due date, and makes the tasks once (the API refuses a second time). */
export function ParImprovementForm({ assessmentId, planYear, disabled }: ParImprovementFormProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const [planId, setPlanId] = useState<string | null>(null);
  const [dueDate, setDueDate] = useState<Dayjs | null>(null);
  const [touched, setTouched] = useState(false);
  const [created, setCreated] = useState<Created | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const plans = useQuery(PlanOptionsDocument, { variables: { filter: { year: planYear } } });
  const [create, { loading }] = useMutation(CreateParImprovementTasksDocument, {
    // The plan gains a result item and its tasks: plan, task and statistics queries refetch.
    update: invalidatePlanQueries,
  });
  const options = (plans.data?.plans.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: `${node.code} — ${node.title}`,
  }));

  const submit = async () => {
    setTouched(true);
    const plan = options.find((option) => option.value === planId);
    if (!plan) return;
    setFailure(null);
    setCreated(null);
    try {
      const { data } = await create({
        variables: {
          input: {
            assessmentId,
            planId: plan.value,
            dueDate: dueDate ? dueDate.format(LOCAL_DATE_FORMAT) : null,
          },
        },
      });
      if (data)
        setCreated({ count: data.createParImprovementTasks, plan: { id: plan.value, label: plan.label } });
    } catch (caught) {
      setFailure(caught);
    }
  };

  // "input.planId: …" would show the field's path: the API's own sentence is what the user needs.
  const fieldMessages = failure === null ? [] : toApiError(failure).fieldErrors.map((f) => f.message);

  return (
    <Form layout="vertical" onFinish={() => void submit()} data-testid="par-improvement-form">
      {plans.error && <ApiErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />}
      {!plans.loading && !plans.error && options.length === 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="par-improvement-no-plans"
          title={t('parIndex.national.improvement.noPlans', { year: planYear })}
          action={<Link to={`/plans?year=${planYear}`}>{t('parIndex.national.improvement.openPlans')}</Link>}
        />
      )}
      <Form.Item
        label={t('parIndex.national.improvement.plan', { year: planYear })}
        required
        validateStatus={touched && !planId ? 'error' : undefined}
        help={touched && !planId ? t('parIndex.national.improvement.planRequired') : undefined}
        style={{ marginTop: 12 }}
      >
        <Select<string>
          data-testid="par-improvement-plan"
          value={planId ?? undefined}
          options={options}
          loading={plans.loading}
          disabled={disabled || loading}
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('parIndex.national.improvement.planPlaceholder')}
          onChange={(value) => setPlanId(value)}
        />
      </Form.Item>
      <Form.Item label={t('parIndex.national.improvement.dueDate')}>
        <DatePicker
          data-testid="par-improvement-due"
          format={DATE_FORMAT}
          value={dueDate}
          disabled={disabled || loading}
          style={{ width: '100%', maxWidth: 240 }}
          onChange={(value) => setDueDate(value)}
        />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        icon={<PlusOutlined />}
        data-testid="par-improvement-submit"
        loading={loading}
        disabled={disabled}
      >
        {t('parIndex.national.improvement.submit')}
      </Button>
      {failure !== null && (
        <div style={{ marginTop: 12 }} data-testid="par-improvement-error">
          {fieldMessages.length > 0 ? (
            <Alert type="error" showIcon role="alert" title={fieldMessages.join(' ')} />
          ) : (
            <ApiErrorAlert error={failure} />
          )}
        </div>
      )}
      {created && (
        <Alert
          type="success"
          showIcon
          style={{ marginTop: 12 }}
          data-testid="par-improvement-created"
          title={t('parIndex.national.improvement.created', {
            n: fmt.number(created.count),
            plan: created.plan.label,
          })}
          action={
            <Link to={`/plans/${created.plan.id}`} data-testid="par-improvement-plan-link">
              {t('parIndex.national.improvement.openPlan')}
            </Link>
          }
        />
      )}
    </Form>
  );
}
