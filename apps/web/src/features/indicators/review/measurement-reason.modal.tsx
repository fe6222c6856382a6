import { useTranslation } from 'react-i18next';
import { RequiredTextModal } from '../../../app/ui/required-text.modal';

interface MeasurementReasonModalProps {
  title: string;
  okText: string;
  /** Explains what happens to the figure (returned to the agency, unlocked…). */
  hint: string;
  onSubmit: (reason: string) => Promise<void>;
  onClose: () => void;
}

/** The reason of a return or a reopening: the agency reads it next to its figure. */
export function MeasurementReasonModal(props: MeasurementReasonModalProps) {
  const { t } = useTranslation();
  return (
    <RequiredTextModal
      {...props}
      label={t('indicator.review.reason')}
      requiredMessage={t('indicator.review.reasonRequired')}
      maxLength={2000}
      testId="reason"
    />
  );
}
