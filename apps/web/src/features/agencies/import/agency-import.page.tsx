import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AgencyImportWizard } from './agency-import-wizard.component';

export function AgencyImportPage() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={3}>{t('agencyImport.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('agencyImport.intro')}</Typography.Paragraph>
      <Card>
        <AgencyImportWizard />
      </Card>
    </>
  );
}
