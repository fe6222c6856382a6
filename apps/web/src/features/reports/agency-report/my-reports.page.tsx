import { Card, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../app/auth/session.context';
import { MyReports } from './my-reports.component';

/** `/reports/mine`: the menu's "Báo cáo của tôi", the same list as on /reports without the calendar. */
export function MyReportsPage() {
  const { t } = useTranslation();
  const agencyId = useSession()?.user.agencyId ?? null;
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('report.mine.title')}
      </Typography.Title>
      {agencyId ? (
        <MyReports agencyId={agencyId} />
      ) : (
        <Card>
          <Empty description={t('report.mine.empty')} />
        </Card>
      )}
    </Flex>
  );
}
