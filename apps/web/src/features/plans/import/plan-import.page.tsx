import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PlanImportWizard } from './plan-import-wizard.component';

export function PlanImportPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  return (
    <>
      <Typography.Title level={3}>{t('planImport.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('planImport.intro')}</Typography.Paragraph>
      <Card>
        <PlanImportWizard initialPlanId={params.get('plan')} />
      </Card>
    </>
  );
}
