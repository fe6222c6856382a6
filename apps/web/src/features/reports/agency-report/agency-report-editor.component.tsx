import { SendOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Flex, Typography, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import type { AgencyReportQuery } from '../../../gql/graphql';
import { todayInVietnam } from '../../tasks/task-dates.util';
import { ReportTextEditor } from '../editor/report-text-editor.component';
import { useReportTextDraft } from '../editor/use-report-text-draft.hook';
import { SubmitAgencyReportDocument, UpdateAgencyReportDocument } from '../graphql/agency-report.operations';
import { invalidateReportLists } from '../report-cache';
import type { NarrativeValues } from '../report-editing.util';

type Report = AgencyReportQuery['agencyReport'];

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
 * The narrative form of a report the user may edit (versioned saves: see useReportTextDraft). Submitting asks
 * first, saves unsaved changes, then submits with the current version.
 */
export function AgencyReportEditor({ report, form, onRefresh, onReload }: AgencyReportEditorProps) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const fmt = useFormatters();
  const [update, updating] = useMutation(UpdateAgencyReportDocument);
  const [submitReport, submitting] = useMutation(SubmitAgencyReportDocument, {
    update: invalidateReportLists,
  });
  const draft = useReportTextDraft(report, form, async (input) => {
    const result = await update({ variables: { input } });
    return result.data?.updateAgencyReport.version;
  });

  const onSave = async () => {
    if ((await draft.save()) !== null) void message.success(t('report.editor.saved'));
  };

  const submit = async () => {
    const current = draft.dirty ? await draft.save() : draft.version;
    if (current === null) return;
    draft.clearError();
    try {
      await submitReport({ variables: { id: report.id, version: current } });
      void message.success(t('report.editor.submitted'));
      await onRefresh();
    } catch (error) {
      draft.handleError(error);
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
          {draft.dirty && (
            <Typography.Text type="warning">{t('report.editor.submitUnsaved')}</Typography.Text>
          )}
        </Flex>
      ),
      okText: t('report.editor.submit'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'report-submit-confirm' },
      onOk: submit,
    });
  };

  return (
    <ReportTextEditor
      draft={draft}
      testIdPrefix="report"
      saving={updating.loading}
      busy={submitting.loading}
      onSave={() => void onSave()}
      onReload={onReload}
      actions={
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
      }
    />
  );
}
