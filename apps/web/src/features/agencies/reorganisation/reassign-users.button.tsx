import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Flex, Popconfirm, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import { ReassignUsersDocument, ReorganisationUserAgencyDocument } from './graphql/reorganisation.operations';

interface ReassignUsersButtonProps {
  agency: string;
  successor: string;
  userIds: readonly string[];
  /** Before the batch is applied the agency has no successor yet: nothing to move to. */
  applied: boolean;
}

/** Moves the listed people of one ending agency to its successor (reassignUsers, admins only). */
export function ReassignUsersButton({ agency, successor, userIds, applied }: ReassignUsersButtonProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [reassign] = useMutation(ReassignUsersDocument);
  const [busy, setBusy] = useState(false);
  const [moved, setMoved] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      // The preview names agencies, not ids: any of the listed people tells the ended agency and its successor.
      const { data } = await client.query({
        query: ReorganisationUserAgencyDocument,
        variables: { id: userIds[0] ?? '' },
        fetchPolicy: 'network-only',
      });
      const from = data?.user.agency;
      if (!from) throw new Error(t('agencyReorg.users.noAgency'));
      const result = await reassign({
        variables: {
          input: { fromAgencyId: from.id, toAgencyId: from.successor?.id ?? null, userIds: [...userIds] },
        },
      });
      setMoved(result.data?.reassignUsers.length ?? 0);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  if (moved !== null)
    return (
      <Alert type="success" showIcon title={t('agencyReorg.users.moved', { count: moved, successor })} />
    );
  return (
    <Flex vertical gap={8}>
      <Popconfirm
        title={t('agencyReorg.users.confirmMove', { count: userIds.length, agency, successor })}
        okText={t('agencyReorg.users.move', { successor })}
        cancelText={t('common.cancel')}
        onConfirm={() => void run()}
        disabled={!applied}
      >
        <Button data-testid="reorg-reassign" size="small" loading={busy} disabled={!applied}>
          {t('agencyReorg.users.move', { successor })}
        </Button>
      </Popconfirm>
      {!applied && <Typography.Text type="secondary">{t('agencyReorg.users.applyFirst')}</Typography.Text>}
      {error !== null && <ApiErrorAlert error={error} />}
    </Flex>
  );
}
