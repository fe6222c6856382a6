import { useQuery } from '@apollo/client/react';
import { Card, Col, Descriptions, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../app/format/use-formatters.hook';
import { ApiErrorAlert } from '../../app/ui/api-error-alert.component';
import { ChangePasswordForm } from './change-password-form.component';
import { ProfileDocument } from './graphql/profile.operations';

export function ProfilePage() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { data, loading, error, refetch } = useQuery(ProfileDocument);
  const me = data?.me;

  let details;
  if (loading && !me) details = <Skeleton active />;
  else if (error && !me) details = <ApiErrorAlert error={error} onRetry={() => void refetch()} />;
  else if (me) {
    details = (
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('user.fields.fullName')}>{me.fullName}</Descriptions.Item>
        <Descriptions.Item label={t('user.fields.email')}>{me.email}</Descriptions.Item>
        <Descriptions.Item label={t('user.fields.role')}>{t(`roles.${me.role}`)}</Descriptions.Item>
        <Descriptions.Item label={t('user.fields.agency')}>{me.agency?.name ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('user.fields.lastLoginAt')}>
          {fmt.dateTime(me.lastLoginAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('user.fields.createdAt')}>{fmt.date(me.createdAt)}</Descriptions.Item>
      </Descriptions>
    );
  }

  return (
    <>
      <Typography.Title level={3}>{t('profile.title')}</Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('profile.info')}>{details}</Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('profile.password.title')}>
            <ChangePasswordForm />
          </Card>
        </Col>
      </Row>
    </>
  );
}
