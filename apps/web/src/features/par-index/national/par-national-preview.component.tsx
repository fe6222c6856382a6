import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { useParIndexFormat } from '../ranking/par-index-format.hook';
import type { NationalPreview } from './par-national-appraisal.util';

/** The totals the points would give, labelled as a preview: the Ministry publishes the official index. */
export function ParNationalPreview({ preview, items }: { preview: NationalPreview; items: number }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const format = useParIndexFormat();
  return (
    <Card
      size="small"
      title={t('parIndex.national.ministry.previewTitle')}
      data-testid="par-national-preview"
    >
      <Descriptions size="small" column={{ xs: 1, sm: 3 }}>
        <Descriptions.Item label={t('parIndex.national.ministry.entered')}>
          <span data-testid="par-national-entered">
            {t('parIndex.assessment.progressValue', {
              scored: fmt.number(preview.entered),
              toScore: fmt.number(items),
            })}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('parIndex.national.ministry.total')}>
          <span data-testid="par-national-total">
            {format.points(preview.total)} / {format.points(preview.maxPoints)}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('parIndex.national.ministry.index')}>
          <Typography.Text strong data-testid="par-national-index">
            {format.index(preview.index)}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('parIndex.national.ministry.previewNote')}
      </Typography.Text>
    </Card>
  );
}
