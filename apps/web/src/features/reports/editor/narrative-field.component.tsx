import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormattedText } from '../document/formatted-text.component';
import { hasFormatting } from '../report-format.util';

interface NarrativeFieldProps {
  /** 'direction', or ['areas', 'II'] for an area of section II. */
  name: string | [string, string];
  label: string;
  testId: string;
  rows?: number;
}

/**
 * One narrative text: a textarea and, once the text uses bullets or bold, a live preview of how the report
 * will show it (plain text stays plain, so the preview only appears when it tells the writer something).
 */
export function NarrativeField({ name, label, testId, rows = 4 }: NarrativeFieldProps) {
  const { t } = useTranslation();
  const text = Form.useWatch(name) as string | undefined;
  return (
    <Form.Item label={label} style={{ marginBottom: 16 }}>
      <Form.Item name={name} noStyle>
        <Input.TextArea data-testid={testId} rows={rows} maxLength={20000} style={{ resize: 'vertical' }} />
      </Form.Item>
      {hasFormatting(text) && (
        <div
          data-testid={`${testId}-preview`}
          style={{
            marginTop: 8,
            padding: '8px 12px',
            background: '#fafafa',
            border: '1px dashed #d9d9d9',
            borderRadius: 6,
          }}
        >
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('report.editor.previewLabel')}
          </Typography.Text>
          <FormattedText text={text} />
        </div>
      )}
    </Form.Item>
  );
}
