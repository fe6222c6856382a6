import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Card, Flex, Skeleton, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../app/ui/api-error-alert.component';
import { useErrorMessage } from '../../app/ui/use-error-message.hook';
import type { NotificationKind } from '../../gql/graphql';
import {
  MyNotificationSettingsDocument,
  SetNotificationMutedDocument,
} from './graphql/notification.operations';
import { NOTIFICATION_GROUPS } from './notification-kind.util';

/**
 * `/notifications/settings`: one switch per kind ("receive"), grouped by reports and tasks. A muted kind is
 * neither shown nor emailed; the switch turns as soon as the API confirms (settings are keyed by kind).
 */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const { data, loading, error, refetch } = useQuery(MyNotificationSettingsDocument);
  const [pending, setPending] = useState<NotificationKind | null>(null);
  const [setMuted] = useMutation(SetNotificationMutedDocument, {
    // The setting has no id: write the answer back into the list instead of relying on normalisation.
    update: (cache, result) => {
      const saved = result.data?.setNotificationMuted;
      if (!saved) return;
      cache.updateQuery({ query: MyNotificationSettingsDocument }, (current) =>
        current
          ? {
              myNotificationSettings: current.myNotificationSettings.map((setting) =>
                setting.kind === saved.kind ? { ...setting, muted: saved.muted } : setting,
              ),
            }
          : current,
      );
    },
  });
  const settings = data?.myNotificationSettings ?? [];

  const toggle = async (kind: NotificationKind, receive: boolean) => {
    setPending(kind);
    try {
      await setMuted({ variables: { kind, muted: !receive } });
      const label = t(`notification.kind.${kind}`);
      void message.success(
        receive
          ? t('notification.unmutedDone', { kind: label })
          : t('notification.mutedDone', { kind: label }),
      );
    } catch (caught) {
      void message.error(errorMessage(caught));
    } finally {
      setPending(null);
    }
  };

  let body;
  if (loading && !data) body = <Skeleton active paragraph={{ rows: 8 }} />;
  else if (error && !data) body = <ApiErrorAlert error={error} onRetry={() => void refetch()} />;
  else
    body = NOTIFICATION_GROUPS.map(({ group, kinds }) => (
      <Card key={group} title={t(`notification.group.${group}`)} size="small">
        <Flex vertical>
          {kinds.map((kind) => {
            const muted = settings.find((setting) => setting.kind === kind)?.muted ?? false;
            return (
              <Flex
                key={kind}
                justify="space-between"
                align="center"
                gap={16}
                style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}
              >
                <Flex vertical>
                  <Typography.Text strong>{t(`notification.kind.${kind}`)}</Typography.Text>
                  <Typography.Text type="secondary">{t(`notification.kindHint.${kind}`)}</Typography.Text>
                </Flex>
                <Switch
                  data-testid={`notification-setting-${kind}`}
                  aria-label={`${t('notification.receive')}: ${t(`notification.kind.${kind}`)}`}
                  checked={!muted}
                  loading={pending === kind}
                  onChange={(checked) => void toggle(kind, checked)}
                />
              </Flex>
            );
          })}
        </Flex>
      </Card>
    ));

  return (
    <Flex vertical gap={16} data-testid="notification-settings">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('notification.settingsTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('notification.settingsHint')}
      </Typography.Paragraph>
      {body}
    </Flex>
  );
}
