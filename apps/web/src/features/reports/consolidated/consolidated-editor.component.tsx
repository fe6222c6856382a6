import { LockOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Popconfirm, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConsolidatedReportFieldsFragment } from '../../../gql/graphql';
import { ReportTextEditor } from '../editor/report-text-editor.component';
import { useReportTextDraft } from '../editor/use-report-text-draft.hook';
import {
  FinaliseConsolidatedReportDocument,
  UpdateConsolidatedReportDocument,
} from '../graphql/consolidated-report.operations';
import type { NarrativeValues } from '../report-editing.util';

interface ConsolidatedEditorProps {
  report: ConsolidatedReportFieldsFragment;
  form: FormInstance<NarrativeValues>;
  /** Refetches and remounts the editor with the latest version (after a CONFLICT). */
  onReload: () => void;
}

/**
 * The coordinator's edit of the consolidated narrative, versioned like the agency editor (useReportTextDraft).
 * Finalising freezes the statistics, so it waits for unsaved text.
 */
export function ConsolidatedEditor({ report, form, onReload }: ConsolidatedEditorProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [update, updating] = useMutation(UpdateConsolidatedReportDocument);
  // The answer carries the whole report (status, frozen figures), which updates the page in place.
  const [finalise, finalising] = useMutation(FinaliseConsolidatedReportDocument);
  const draft = useReportTextDraft(report, form, async (input) => {
    const result = await update({ variables: { input } });
    return result.data?.updateConsolidatedReport.version;
  });

  const onSave = async () => {
    if ((await draft.save()) !== null) void message.success(t('report.editor.saved'));
  };

  const onFinalise = async () => {
    if (draft.dirty) {
      void message.warning(t('report.consolidated.finaliseUnsaved'));
      return;
    }
    draft.clearError();
    try {
      await finalise({ variables: { id: report.id, version: draft.version } });
      void message.success(t('report.consolidated.finalised'));
    } catch (error) {
      draft.handleError(error);
    }
  };

  return (
    <ReportTextEditor
      draft={draft}
      testIdPrefix="consolidated"
      saving={updating.loading}
      busy={finalising.loading}
      onSave={() => void onSave()}
      onReload={onReload}
      actions={
        <Popconfirm
          title={t('report.consolidated.finaliseConfirm')}
          okText={t('report.consolidated.finalise')}
          cancelText={t('common.cancel')}
          okButtonProps={{ 'data-testid': 'consolidated-finalise-confirm' }}
          onConfirm={() => void onFinalise()}
        >
          <Button
            type="primary"
            icon={<LockOutlined />}
            loading={finalising.loading}
            data-testid="consolidated-finalise"
          >
            {t('report.consolidated.finalise')}
          </Button>
        </Popconfirm>
      }
    />
  );
}
