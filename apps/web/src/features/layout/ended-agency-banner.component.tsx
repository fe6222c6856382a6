import { useQuery } from '@apollo/client/react';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../app/format/use-formatters.hook';
import { MeDocument } from '../auth/graphql/auth.operations';

/**
 * After a reorganisation ends the user's agency, the API lets him read but no longer write until an admin moves
 * him to the new agency: saying so up front spares him a screen of refused saves. Reads the `me` the layout
 * already fetches (useCurrentUserSync), so it costs no request of its own.
 */
export function EndedAgencyBanner() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { data } = useQuery(MeDocument, { fetchPolicy: 'cache-first' });
  const agency = data?.me.agency;
  if (!agency || agency.active) return null;
  const successor = agency.successor?.name;
  return (
    <Alert
      type="warning"
      showIcon
      banner
      role="alert"
      data-testid="ended-agency-banner"
      title={
        successor
          ? t('agencyReorg.banner.ended', { date: format.date(agency.validTo), successor })
          : t('agencyReorg.banner.endedNoSuccessor', { date: format.date(agency.validTo) })
      }
    />
  );
}
