import { useState } from 'react';
import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Card, Flex, Form, Tag, Typography, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../app/format/use-formatters.hook';
import { FormErrorAlert } from '../../app/ui/form-error-alert.component';
import { useFormError } from '../../app/ui/use-form-error.hook';
import type { AgencyReportQuery } from '../../gql/graphql';
import { todayInVietnam } from '../tasks/task-dates.util';
import { SubmitAgencyReportDocument, UpdateAgencyReportDocument } from './graphql/agency-report.operations';
import { invalidateReportLists } from './report-cache';
import { narrativeInput, narrativeValues, type NarrativeValues } from './report-editing.util';
import { ReportNarrativeFields } from './report-narrative-fields.component';

type Report = AgencyReportQuery['agencyReport'];

const FIELDS = ['documentNumber', 'signerName', 'signerTitle'] as const;

interface AgencyReportEditorProps {
  report: Report;
  /** Owned by the page, so its Preview shows the unsaved text. */
  form: FormInstance<NarrativeValues>;
  /** Refetches the report (after submitting: status, frozen data and events change). */
  onRefresh: () => Promise<unknown>;
  /** Refetches and remounts the editor with the latest version (after a CONFLICT). */
  onReload: () => void;
}

/**
 * The narrative form of a report the user may edit. The version is pinned when the form is filled and sent
 * with every save (optimistic locking); a save returns the next one. Submitting asks first, saves unsaved
 * changes, then submits with the current version.
 */
export function AgencyReportEditor({ report, form, onRefresh, onReload }: AgencyReportEditorProps) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const fmt = useFormatters();
  const [initial] = useState(() => narrativeValues(report));
  const [version, setVersion] = useState(report.version);
  const [dirty, setDirty] = useState(false);
  const { formError, handleError, clearError } = useFormError(form, FIELDS);
  const [update, updating] = useMutation(UpdateAgencyReportDocument);
  const [submitReport, submitting] = useMutation(SubmitAgencyReportDocument, {
    update: invalidateReportLists,
  });

  /** Resolves to the saved version, or null when the save failed (the error is shown). */
  const save = async (): Promise<number | null> => {
    clearError();
    const values = form.getFieldsValue(true) as NarrativeValues;
    try {
      const result = await update({
        variables: { input: { id: report.id, version, ...narrativeInput(values) } },
      });
      const saved = result.data?.updateAgencyReport.version ?? null;
      if (saved !== null) {
        setVersion(saved);
        setDirty(false);
      }
      return saved;
    } catch (error) {
      handleError(error);
      return null;
    }
  };

  const onSave = async () => {
    if ((await save()) !== null) void message.success(t('report.editor.saved'));
  };

  const submit = async () => {
    const current = dirty ? await save() : version;
    if (current === null) return;
    clearError();
    try {
      await submitReport({ variables: { id: report.id, version: current } });
      void message.success(t('report.editor.submitted'));
      await onRefresh();
    } catch (error) {
      handleError(error);
    }
  };

  const confirmSubmit = () => {
    const late = todayInVietnam() > report.dueDate;
    void modal.confirm({
      title: t('report.editor.submitConfirmTitle'),
      content: (
        <Flex vertical gap={8} data-testid="report-submit-dialog">
          <Typography.Text>{t('report.editor.submitConfirm')}</Typography.Text>
          {late && (
            <Typography.Text type="danger">
              {t('report.editor.submitLate', { date: fmt.date(report.dueDate) })}
            </Typography.Text>
          )}
          {dirty && <Typography.Text type="warning">{t('report.editor.submitUnsaved')}</Typography.Text>}
        </Flex>
      ),
      okText: t('report.editor.submit'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'report-submit-confirm' },
      onOk: submit,
    });
  };

  return (
    <Card title={t('report.editor.narrativeTitle')} data-testid="report-editor">
      <FormErrorAlert state={formError} onReload={onReload} />
      <Form<NarrativeValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        onValuesChange={() => setDirty(true)}
        disabled={updating.loading || submitting.loading}
      >
        <ReportNarrativeFields />
      </Form>
      {/* Sticky so Save and Submit stay in reach while writing a long section. */}
      <Flex
        justify="end"
        align="center"
        gap={8}
        wrap
        style={{
          position: 'sticky',
          bottom: 0,
          padding: '12px 0',
          background: '#fff',
          borderTop: '1px solid #f0f0f0',
        }}
      >
        {dirty && (
          <Tag color="gold" data-testid="report-unsaved">
            {t('report.editor.unsaved')}
          </Tag>
        )}
        <Button
          icon={<SaveOutlined />}
          loading={updating.loading}
          disabled={submitting.loading}
          data-testid="report-save"
          onClick={() => void onSave()}
        >
          {t('report.editor.save')}
        </Button>
        <Button
          type="primary"
          icon={<SendOutlined />}
          loading={submitting.loading}
          disabled={updating.loading}
          data-testid="report-submit"
          onClick={confirmSubmit}
        >
          {t('report.editor.submit')}
        </Button>
      </Flex>
    </Card>
  );
}
