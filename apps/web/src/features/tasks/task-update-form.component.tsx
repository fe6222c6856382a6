import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Select, Slider } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { PlanItemStatus } from '@partrack/shared';
import { DATE_FORMAT, LOCAL_DATE_FORMAT } from '../../app/format/formatters';
import { FormErrorAlert } from '../../app/ui/form-error-alert.component';
import { useFormError } from '../../app/ui/use-form-error.hook';
import { AssignmentRole, type PostTaskUpdateInput } from '../../gql/graphql';
import { PostTaskUpdateDocument } from './graphql/task.operations';
import { invalidateTaskLists } from './task-cache';
import { isHttpUrl } from './task-update.util';

export interface UpdatableTask {
  id: string;
  version: number;
  status: PlanItemStatus;
  progress: number;
  completedOn: string | null;
}

interface TaskUpdateFormProps {
  task: UpdatableTask;
  role: AssignmentRole;
  /** The agency the update speaks for, when it is not the user's own (a coordinator posting for a unit). */
  agencyId?: string | null;
  /** Called after a successful post; the parent refetches and remounts the form with the new version. */
  onPosted: () => void;
  /** Called from the conflict alert: reload the task (and remount the form with the new version). */
  onReload: () => void;
}

interface Values {
  progress: number;
  status: PlanItemStatus;
  completedOn: Dayjs | null;
  evidenceNumber?: string;
  evidenceDate: Dayjs | null;
  evidenceLink?: string;
  note?: string;
}

const FIELDS = ['progress', 'status', 'completedOn', 'note'] as const;

function trimmed(value: string | undefined): string | undefined {
  const text = value?.trim();
  return text ? text : undefined;
}

/**
 * Builds the mutation input: only what changed is sent, so a lead posting only a note does not touch the
 * figures; any change of the figures carries the version the form was filled with (optimistic locking).
 */
export function toPostTaskUpdateInput(
  task: UpdatableTask,
  pinnedVersion: number,
  role: AssignmentRole,
  values: Values,
  agencyId: string | null | undefined,
): PostTaskUpdateInput {
  const input: PostTaskUpdateInput = { itemId: task.id };
  if (agencyId) input.agencyId = agencyId;
  if (role === AssignmentRole.Lead) {
    input.version = pinnedVersion;
    if (values.status !== task.status) input.status = values.status;
    if (values.progress !== task.progress && values.status !== PlanItemStatus.DONE)
      input.progress = values.progress;
    const completedOn = values.completedOn ? values.completedOn.format(LOCAL_DATE_FORMAT) : null;
    if (values.status === PlanItemStatus.DONE && completedOn && completedOn !== task.completedOn)
      input.completedOn = completedOn;
  }
  const evidence = {
    number: trimmed(values.evidenceNumber),
    date: values.evidenceDate ? values.evidenceDate.format(LOCAL_DATE_FORMAT) : undefined,
    link: trimmed(values.evidenceLink),
  };
  if (evidence.number || evidence.date || evidence.link) input.evidence = evidence;
  const note = trimmed(values.note);
  if (note) input.note = note;
  return input;
}

function changesFigures(input: PostTaskUpdateInput): boolean {
  return input.progress !== undefined || input.status !== undefined || input.completedOn !== undefined;
}

export function TaskUpdateForm({ task, role, agencyId, onPosted, onReload }: TaskUpdateFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  // The version the figures on screen belong to; the API refuses the change if the task moved on since.
  const [pinnedVersion] = useState(task.version);
  const { formError, handleError, clearError } = useFormError(form, FIELDS);
  const [post, { loading }] = useMutation(PostTaskUpdateDocument, { update: invalidateTaskLists });
  const isLead = role === AssignmentRole.Lead;
  const status = Form.useWatch('status', form);

  const submit = async (values: Values) => {
    clearError();
    try {
      await post({
        variables: { input: toPostTaskUpdateInput(task, pinnedVersion, role, values, agencyId) },
      });
      onPosted();
    } catch (error) {
      handleError(error);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      data-testid="task-update-form"
      initialValues={{
        progress: task.progress,
        status: task.status,
        completedOn: task.completedOn ? dayjs(task.completedOn) : null,
        evidenceDate: null,
      }}
      onValuesChange={(changed: Partial<Values>) => {
        // Mirrors the API: reporting progress on an untouched task starts it; done means 100%.
        if (changed.progress !== undefined && changed.progress > 0) {
          if (form.getFieldValue('status') === PlanItemStatus.NOT_STARTED)
            form.setFieldValue('status', PlanItemStatus.IN_PROGRESS);
        }
        if (changed.status === PlanItemStatus.DONE) form.setFieldValue('progress', 100);
      }}
      onFinish={(values) => void submit(values)}
    >
      <FormErrorAlert state={formError} onReload={onReload} />
      {!isLead && (
        <Alert type="info" showIcon title={t('task.update.coordinatorHint')} style={{ marginBottom: 16 }} />
      )}
      {isLead && (
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item label={t('task.fields.progress')} required>
              <Flex gap={12} align="center">
                <Form.Item name="progress" noStyle>
                  <Slider
                    min={0}
                    max={100}
                    step={5}
                    style={{ flex: 1 }}
                    disabled={status === PlanItemStatus.DONE}
                  />
                </Form.Item>
                <Form.Item
                  name="progress"
                  noStyle
                  rules={[
                    { required: true, message: t('task.validation.progress') },
                    { type: 'integer', min: 0, max: 100, message: t('task.validation.progress') },
                  ]}
                >
                  <InputNumber
                    data-testid="task-update-progress"
                    min={0}
                    max={100}
                    precision={0}
                    suffix="%"
                    style={{ width: 100 }}
                    disabled={status === PlanItemStatus.DONE}
                  />
                </Form.Item>
              </Flex>
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="status" label={t('task.fields.status')} rules={[{ required: true }]}>
              <Select
                data-testid="task-update-status"
                options={Object.values(PlanItemStatus).map((value) => ({
                  value,
                  label: t(`task.status.${value}`),
                }))}
              />
            </Form.Item>
          </Col>
          {status === PlanItemStatus.DONE && (
            <Col span={12}>
              <Form.Item
                name="completedOn"
                label={t('task.fields.completedOn')}
                extra={t('task.update.completedOnHint')}
              >
                <DatePicker
                  data-testid="task-update-completed-on"
                  format={DATE_FORMAT}
                  style={{ width: '100%' }}
                  disabledDate={(date) => date.isAfter(dayjs(), 'day')}
                />
              </Form.Item>
            </Col>
          )}
        </Row>
      )}
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="evidenceNumber" label={t('task.fields.evidenceNumber')}>
            <Input data-testid="task-update-evidence-number" maxLength={100} placeholder="123/BC-SNV" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="evidenceDate" label={t('task.fields.evidenceDate')}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item
            name="evidenceLink"
            label={t('task.fields.evidenceLink')}
            rules={[
              {
                validator: (_rule, value: string | undefined) =>
                  !value?.trim() || isHttpUrl(value.trim())
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('task.validation.url'))),
              },
            ]}
          >
            <Input data-testid="task-update-evidence-link" placeholder="https://" maxLength={2000} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="note"
        label={t('task.fields.note')}
        dependencies={['progress', 'status', 'completedOn', 'evidenceNumber', 'evidenceDate', 'evidenceLink']}
        rules={[
          {
            validator: (_rule, note: string | undefined) => {
              const input = toPostTaskUpdateInput(
                task,
                pinnedVersion,
                role,
                form.getFieldsValue(true) as Values,
                agencyId,
              );
              const empty = !trimmed(note) && !input.evidence && !changesFigures(input);
              return empty ? Promise.reject(new Error(t('task.validation.noteRequired'))) : Promise.resolve();
            },
          },
        ]}
      >
        <Input.TextArea
          data-testid="task-update-note"
          rows={3}
          maxLength={10000}
          showCount
          placeholder={
            isLead ? t('task.update.notePlaceholderLead') : t('task.update.notePlaceholderCoordinator')
          }
        />
      </Form.Item>
      <Flex justify="end">
        <Button data-testid="task-update-submit" type="primary" htmlType="submit" loading={loading}>
          {t('task.update.submit')}
        </Button>
      </Flex>
    </Form>
  );
}
