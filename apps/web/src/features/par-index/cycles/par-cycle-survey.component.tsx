import { useApolloClient, useMutation } from '@apollo/client/react';
import { App, Flex, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ParCycleStatus, Permission } from '@partrack/shared';
import { useCan } from '../../../app/permissions/use-can.hook';
import { useErrorMessage } from '../../../app/ui/use-error-message.hook';
import type { ParCycleDetailFragment } from '../../../gql/graphql';
import { ParCycleDetailDocument, SetParSurveyHeldDocument } from '../graphql/par-cycle-admin.operations';

/**
 * Whether the satisfaction surveys were held this year. Without them the survey items leave the maximum and
 * the rest is scaled to 100, so the coordinator may say so until publication; everyone else reads it.
 */
export function ParCycleSurvey({ cycle }: { cycle: ParCycleDetailFragment }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const canManage = useCan(Permission.PAR_CYCLE_MANAGE);
  const editable = canManage && cycle.status === ParCycleStatus.OPEN;
  const client = useApolloClient();
  const [setHeld, { loading }] = useMutation(SetParSurveyHeldDocument);
  const change = async (surveyHeld: boolean) => {
    try {
      await setHeld({ variables: { input: { id: cycle.id, version: cycle.version, surveyHeld } } });
    } catch (error) {
      void message.error(errorMessage(error));
      // Refused, e.g. another coordinator changed the cycle first: show the cycle as it is now, with its version.
      await client
        .query({ query: ParCycleDetailDocument, variables: { id: cycle.id }, fetchPolicy: 'network-only' })
        .catch(() => undefined);
    }
  };
  const label = cycle.surveyHeld
    ? t('parIndex.cycleAdmin.survey.held')
    : t('parIndex.cycleAdmin.survey.notHeld');

  return (
    <Flex vertical gap={2}>
      <Flex gap={8} align="center" wrap>
        {editable ? (
          <Switch
            size="small"
            checked={cycle.surveyHeld}
            loading={loading}
            data-testid="par-cycle-survey-switch"
            aria-label={t('parIndex.cycleAdmin.survey.label')}
            onChange={(surveyHeld) => void change(surveyHeld)}
          />
        ) : null}
        <span data-testid="par-cycle-survey">{label}</span>
      </Flex>
      {!cycle.surveyHeld && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('parIndex.cycleAdmin.survey.scaled')}
        </Typography.Text>
      )}
    </Flex>
  );
}
