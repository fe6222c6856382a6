import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../../app/apollo/api-error';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';

/** The API's field error on `content`, e.g. "this file is a PDF file, not a Word document (.docx): …". */
export function contentFieldMessage(error: unknown): string | null {
  const apiError = toApiError(error);
  if (apiError.code !== 'BAD_USER_INPUT') return null;
  const field = apiError.fieldErrors.find((f) => f.field === 'content' || f.field.endsWith('.content'));
  return field?.message ?? null;
}

/**
 * A refused import request. When the API refused the document itself (a file that is not what its
 * extension says, damaged, not base64) its message says what the file is, so it is shown as the reason.
 */
export function PlanImportRequestError({ error, fileName }: { error: unknown; fileName: string | null }) {
  const { t } = useTranslation();
  const reason = contentFieldMessage(error);
  if (reason === null) return <ApiErrorAlert error={error} />;
  return (
    <Alert
      data-testid="plan-import-content-error"
      type="error"
      showIcon
      role="alert"
      title={
        fileName
          ? t('planImport.source.fileRejected', { name: fileName })
          : t('planImport.source.contentRejected')
      }
      description={reason}
    />
  );
}
