import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ReorganisationList } from './reorganisation-list.component';
import { ReorganisationWorkbench } from './reorganisation-workbench.component';

/** "Sắp xếp tổ chức": a whole decision (mergers, renames, moves) applied at one effective date, undoable. */
export function ReorganisationPage() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3}>{t('agencyReorg.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('agencyReorg.intro')}</Typography.Paragraph>
      </div>
      <Card title={t('agencyReorg.newBatch')}>
        <ReorganisationWorkbench />
      </Card>
      <Card title={t('agencyReorg.list.heading')}>
        <ReorganisationList />
      </Card>
    </Flex>
  );
}
