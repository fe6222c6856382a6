import type { ReactNode } from 'react';
import { SaveOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../app/ui/form-error-alert.component';
import type { NarrativeValues } from '../report-editing.util';
import { ReportNarrativeFields } from './report-narrative-fields.component';
import type { ReportTextDraft } from './use-report-text-draft.hook';

interface ReportTextEditorProps {
  draft: ReportTextDraft;
  /** Names the test ids: `${testIdPrefix}-editor`, `-save`, `-unsaved`. */
  testIdPrefix: string;
  /** The update mutation is running. */
  saving: boolean;
  /** The screen's next step (submit, finalise) is running: nothing can be typed or saved meanwhile. */
  busy: boolean;
  onSave: () => void;
  /** Refetches and remounts the editor with the latest version (after a CONFLICT). */
  onReload: () => void;
  /** The screen's next step, after Save. */
  actions: ReactNode;
}

/** The sections of a report's text with Save and the screen's next step; the draft hook holds the state. */
export function ReportTextEditor({
  draft,
  testIdPrefix,
  saving,
  busy,
  onSave,
  onReload,
  actions,
}: ReportTextEditorProps) {
  const { t } = useTranslation();
  return (
    <Card title={t('report.editor.narrativeTitle')} data-testid={`${testIdPrefix}-editor`}>
      <FormErrorAlert state={draft.formError} onReload={onReload} />
      <Form<NarrativeValues>
        form={draft.form}
        layout="vertical"
        initialValues={draft.initial}
        onValuesChange={draft.markDirty}
        disabled={saving || busy}
      >
        <ReportNarrativeFields />
      </Form>
      {/* Sticky so Save and the next step stay in reach while writing a long section. */}
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
        {draft.dirty && (
          <Tag color="gold" data-testid={`${testIdPrefix}-unsaved`}>
            {t('report.editor.unsaved')}
          </Tag>
        )}
        <Button
          icon={<SaveOutlined />}
          loading={saving}
          disabled={busy}
          data-testid={`${testIdPrefix}-save`}
          onClick={onSave}
        >
          {t('report.editor.save')}
        </Button>
        {actions}
      </Flex>
    </Card>
  );
}
