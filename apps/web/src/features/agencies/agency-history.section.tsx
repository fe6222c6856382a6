import { useQuery } from '@apollo/client/react';
import { Alert, Empty, Flex, Skeleton, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { LOCAL_DATE_FORMAT } from '../../app/format/formatters';
import { useFormatters } from '../../app/format/use-formatters.hook';
import { ApiErrorAlert } from '../../app/ui/api-error-alert.component';
import { AgencyHistoryDocument } from './graphql/agency-history.operations';
import { lastDayOf, newestFirst, versionOn, type AgencyVersionRow } from './agency-history.util';

interface AgencyHistorySectionProps {
  agencyId: string;
  /** The day the tree is viewed at ("YYYY-MM-DD"); its version is marked. Null: today, marked as current. */
  asOf?: string | null;
  /**
   * Names already on screen by id (today's parent and ancestors). Used when a parent cannot be read on its own,
   * e.g. the unit above a user's scope, so the history still names it instead of showing nothing.
   */
  knownNames?: ReadonlyMap<string, string>;
}

/** An agency's dated facts, newest first: when it had which name and parent, and who carries on its work. */
export function AgencyHistorySection({ agencyId, asOf = null, knownNames }: AgencyHistorySectionProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { data, loading, error, refetch } = useQuery(AgencyHistoryDocument, { variables: { id: agencyId } });
  const agency = data?.agency;

  const period = (version: AgencyVersionRow, validTo: string | null) => {
    const last = lastDayOf(version, validTo);
    return last ? t('agency.history.until', { date: fmt.date(last) }) : t('agency.history.untilNow');
  };

  let body;
  if (loading && !agency) body = <Skeleton active paragraph={{ rows: 3 }} />;
  else if (error && !agency) body = <ApiErrorAlert error={error} onRetry={() => void refetch()} />;
  else if (!agency || agency.history.length === 0) body = <Empty description={t('agency.history.empty')} />;
  else {
    const today = dayjs().format(LOCAL_DATE_FORMAT);
    const ended = agency.validTo !== null && agency.validTo <= today;
    // The version of the viewed day, or today's; none on a day the agency had already ended (its last facts are
    // not those of that day, it no longer existed).
    const markDay = asOf ?? today;
    const marked =
      agency.validTo !== null && agency.validTo <= markDay ? null : versionOn(agency.history, markDay);
    const markLabel = asOf ? t('agency.history.viewedDay') : t('agency.history.current');
    body = (
      <>
        {ended && agency.validTo && (
          <Alert
            data-testid="agency-history-ended"
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={
              agency.successor
                ? t('agency.history.endedWithSuccessor', {
                    date: fmt.date(agency.validTo),
                    name: agency.successor.name,
                  })
                : t('agency.history.ended', { date: fmt.date(agency.validTo) })
            }
          />
        )}
        <Timeline
          items={newestFirst(agency.history).map((version) => ({
            key: version.effectiveFrom ?? 'start',
            color: version === marked ? 'green' : 'gray',
            content: (
              <Flex vertical gap={2} data-testid="agency-history-item" style={{ minWidth: 0 }}>
                <Flex gap={6} wrap align="center">
                  <Typography.Text strong>
                    {version.effectiveFrom
                      ? t('agency.history.from', { date: fmt.date(version.effectiveFrom) })
                      : t('agency.history.sinceAlways')}{' '}
                    {period(version, agency.validTo)}
                  </Typography.Text>
                  {version === marked && <Tag color="green">{markLabel}</Tag>}
                </Flex>
                <Typography.Text>{version.name}</Typography.Text>
                {version.shortName && (
                  <Typography.Text type="secondary">
                    {t('agency.history.shortName', { name: version.shortName })}
                  </Typography.Text>
                )}
                <Typography.Text type="secondary">
                  <ParentName version={version} knownNames={knownNames} />
                </Typography.Text>
              </Flex>
            ),
          }))}
        />
      </>
    );
  }

  return (
    <section data-testid="agency-history" style={{ marginTop: 24 }}>
      <Typography.Title level={5}>{t('agency.history.title')}</Typography.Title>
      {body}
    </section>
  );
}

/**
 * The parent of one version, by the name it had when that version began (a version only carries parentId).
 * Apollo shares the parent's query between versions naming the same parent.
 */
function ParentName({
  version,
  knownNames,
}: {
  version: AgencyVersionRow;
  knownNames?: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const parentId = version.parentId;
  const { data, loading } = useQuery(AgencyHistoryDocument, {
    variables: { id: parentId ?? '' },
    skip: parentId === null,
  });
  if (parentId === null) return <>{t('agency.history.noParent')}</>;
  if (loading && !data) return <>{t('agency.history.parent', { name: '…' })}</>;
  const parent = data?.agency;
  const name = parent
    ? (versionOn(parent.history, version.effectiveFrom)?.name ?? parent.name)
    : knownNames?.get(parentId);
  // Never the id: a parent the user may not read (and that is not on screen) is only said to be out of reach.
  return <>{name ? t('agency.history.parent', { name }) : t('agency.history.parentHidden')}</>;
}
