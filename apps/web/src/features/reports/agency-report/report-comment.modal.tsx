import { useTranslation } from 'react-i18next';
import { RequiredTextModal } from '../../../app/ui/required-text.modal';

interface ReportCommentModalProps {
  title: string;
  okText: string;
  /** What happens next (the agency is notified, the data drafts itself again…). */
  hint: string;
  onSubmit: (comment: string) => Promise<void>;
  onClose: () => void;
}

/** The coordinator's comment when returning or reopening a report: it reaches the agency with the notification. */
export function ReportCommentModal(props: ReportCommentModalProps) {
  const { t } = useTranslation();
  return (
    <RequiredTextModal
      {...props}
      label={t('report.review.comment')}
      requiredMessage={t('report.review.commentRequired')}
      maxLength={5000}
      testId="report-comment"
    />
  );
}
