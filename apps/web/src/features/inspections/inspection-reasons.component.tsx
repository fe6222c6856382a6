import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../app/format/use-formatters.hook';
import { reasonText, type InspectionReason } from './inspection.util';

/** Why the sampling chose the agency, in words ("Chưa kiểm tra từ năm 2019", "Chỉ số CCHC thấp (72,5)"). */
export function InspectionReasons({ reasons }: { reasons: readonly InspectionReason[] }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  if (reasons.length === 0)
    return <Typography.Text type="secondary">{t('inspection.reason.added')}</Typography.Text>;
  return (
    <span data-testid="inspection-reasons">
      {reasons
        .map((reason) => {
          const text = reasonText(reason, fmt.number);
          return t(text.key, text.params);
        })
        .join('; ')}
    </span>
  );
}
