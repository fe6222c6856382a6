import { useState } from 'react';
import { LockOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button, Card, Flex, Form, Popconfirm, Tag, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../app/ui/form-error-alert.component';
import { useFormError } from '../../app/ui/use-form-error.hook';
import type { ConsolidatedReportFieldsFragment } from '../../gql/graphql';
import {
  FinaliseConsolidatedReportDocument,
  UpdateConsolidatedReportDocument,
} from './graphql/consolidated-report.operations';
import { narrativeInput, narrativeValues, type NarrativeValues } from './report-editing.util';
import { ReportNarrativeFields } from './report-narrative-fields.component';

const FIELDS = ['documentNumber', 'signerName', 'signerTitle'] as const;

interface ConsolidatedEditorProps {
  report: ConsolidatedReportFieldsFragment;
  form: FormInstance<NarrativeValues>;
  /** Refetches and remounts the editor with the latest version (after a CONFLICT). */
  onReload: () => void;
}

/**
 * The coordinator's edit of the consolidated narrative, like the agency editor: the version is pinned when the
 * form is filled and sent with each save. Finalising freezes the statistics, so it waits for unsaved text.
 */
export function ConsolidatedEditor({ report, form, onReload }: ConsolidatedEditorProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [initial] = useState(() => narrativeValues(report));
  const [version, setVersion] = useState(report.version);
  const [dirty, setDirty] = useState(false);
  const { formError, handleError, clearError } = useFormError(form, FIELDS);
  const [update, updating] = useMutation(UpdateConsolidatedReportDocument);
  // The answer carries the whole report (status, frozen figures), which updates the page in place.
  const [finalise, finalising] = useMutation(FinaliseConsolidatedReportDocument);

  const save = async () => {
    clearError();
    const values = form.getFieldsValue(true) as NarrativeValues;
    try {
      const result = await update({
        variables: { input: { id: report.id, version, ...narrativeInput(values) } },
      });
      const saved = result.data?.updateConsolidatedReport.version;
      if (saved !== undefined) {
        setVersion(saved);
        setDirty(false);
        void message.success(t('report.editor.saved'));
      }
    } catch (error) {
      handleError(error);
    }
  };

  const onFinalise = async () => {
    if (dirty) {
      void message.warning(t('report.consolidated.finaliseUnsaved'));
      return;
    }
    clearError();
    try {
      await finalise({ variables: { id: report.id, version } });
      void message.success(t('report.consolidated.finalised'));
    } catch (error) {
      handleError(error);
    }
  };

  return (
    <Card title={t('report.editor.narrativeTitle')} data-testid="consolidated-editor">
      <FormErrorAlert state={formError} onReload={onReload} />
      <Form<NarrativeValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        onValuesChange={() => setDirty(true)}
        disabled={updating.loading || finalising.loading}
      >
        <ReportNarrativeFields />
      </Form>
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
        {dirty && <Tag color="gold">{t('report.editor.unsaved')}</Tag>}
        <Button
          icon={<SaveOutlined />}
          loading={updating.loading}
          data-testid="consolidated-save"
          onClick={() => void save()}
        >
          {t('report.editor.save')}
        </Button>
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
      </Flex>
    </Card>
  );
}
