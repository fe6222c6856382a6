import { InfoCircleOutlined } from '@ant-design/icons';
import { Divider, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { REFORM_AREAS } from '@partrack/shared';
import { useAreaName } from '../../tasks/task-tags.component';
import { NarrativeField } from './narrative-field.component';

/**
 * The fields of the standard outline, inside the caller's <Form> of NarrativeValues: I, II (one text per
 * reform area), III, IV, V, then number and signer. Shared by the agency and the consolidated report.
 */
export function ReportNarrativeFields() {
  const { t } = useTranslation();
  const areaName = useAreaName();
  return (
    <>
      <Typography.Paragraph type="secondary" data-testid="report-format-hint">
        <InfoCircleOutlined /> {t('report.editor.formatHint')}
      </Typography.Paragraph>
      <NarrativeField
        name="direction"
        label={t('report.editor.sections.direction')}
        testId="report-direction"
      />
      <Typography.Title level={5}>{t('report.editor.sections.results')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('report.editor.resultsHint')}</Typography.Paragraph>
      <div style={{ paddingInlineStart: 16 }}>
        {REFORM_AREAS.map((area) => (
          <NarrativeField
            key={area.code}
            name={['areas', area.code]}
            label={areaName(area.code)}
            testId={`report-area-${area.code}`}
            rows={2}
          />
        ))}
      </div>
      <NarrativeField
        name="assessment"
        label={t('report.editor.sections.assessment')}
        testId="report-assessment"
      />
      <NarrativeField
        name="nextTasks"
        label={t('report.editor.sections.nextTasks')}
        testId="report-next-tasks"
      />
      <NarrativeField
        name="proposals"
        label={t('report.editor.sections.proposals')}
        testId="report-proposals"
      />
      <Divider titlePlacement="start">{t('report.editor.signature')}</Divider>
      <Flex gap={12} wrap>
        <Form.Item
          name="documentNumber"
          label={t('report.editor.documentNumber')}
          style={{ flex: '1 1 200px' }}
        >
          <Input
            data-testid="report-document-number"
            maxLength={64}
            placeholder={t('report.editor.documentNumberPlaceholder')}
          />
        </Form.Item>
        <Form.Item name="signerName" label={t('report.editor.signerName')} style={{ flex: '1 1 200px' }}>
          <Input data-testid="report-signer-name" maxLength={200} />
        </Form.Item>
        <Form.Item name="signerTitle" label={t('report.editor.signerTitle')} style={{ flex: '1 1 200px' }}>
          <Input
            data-testid="report-signer-title"
            maxLength={200}
            placeholder={t('report.editor.signerTitlePlaceholder')}
          />
        </Form.Item>
      </Flex>
    </>
  );
}
