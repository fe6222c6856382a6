import { useEffect, useMemo, useState } from 'react';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Flex, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../app/ui/use-debounced-value.hook';
import type { InspectionTeamMemberFieldsFragment } from '../../../gql/graphql';
import { InspectionTeamCandidatesDocument } from '../graphql/inspections.operations';

type Member = InspectionTeamMemberFieldsFragment;

/** Waits for a pause in typing before asking the API, which answers 20 names per search. */
const SEARCH_DELAY_MS = 300;

const moved = (ids: string[], from: number, to: number) => {
  const next = [...ids];
  const [id] = next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
};

/**
 * The team as an ordered list of user ids (a form control): people found by name through
 * inspectionTeamCandidates are added at the end, moved up or down and removed; the first one leads the team.
 * `members` names the ids already held (the inspection's team), so they show by name before any search.
 */
export function InspectionTeamPicker({
  planId,
  members,
  value = [],
  onChange,
  id,
}: {
  planId: string;
  members: readonly Member[];
  value?: string[];
  onChange?: (ids: string[]) => void;
  id?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const term = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  // Everyone seen so far, so a chosen person keeps their name when a later search no longer lists them.
  const [known, setKnown] = useState<Map<string, Member>>(() => new Map(members.map((m) => [m.id, m])));
  useEffect(
    () => setKnown((prev) => new Map([...prev, ...members.map((m) => [m.id, m] as const)])),
    [members],
  );
  const candidates = useQuery(InspectionTeamCandidatesDocument, {
    variables: { planId, search: term || null },
  });
  const found = candidates.data?.inspectionTeamCandidates;
  useEffect(() => {
    if (found?.length) setKnown((prev) => new Map([...prev, ...found.map((m) => [m.id, m] as const)]));
  }, [found]);

  const options = useMemo(
    () =>
      (found ?? [])
        .filter((m) => !value.includes(m.id))
        .map((m) => ({ value: m.id, label: m.agencyName ? `${m.name} — ${m.agencyName}` : m.name })),
    [found, value],
  );
  const change = (ids: string[]) => onChange?.(ids);

  return (
    <Flex vertical gap={8} id={id}>
      <Select<string>
        data-testid="inspection-team-search"
        value={null}
        options={options}
        placeholder={t('inspection.team.searchPlaceholder')}
        showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
        loading={candidates.loading}
        notFoundContent={
          candidates.loading
            ? t('common.loading')
            : candidates.error
              ? t('inspection.team.searchFailed')
              : t('inspection.team.noCandidates')
        }
        onSelect={(userId: string) => {
          setSearch('');
          change([...value, userId]);
        }}
        style={{ width: '100%' }}
      />
      {value.length === 0 ? (
        <Typography.Text type="secondary">{t('inspection.team.empty')}</Typography.Text>
      ) : (
        <ol style={{ margin: 0, paddingInlineStart: 20 }} data-testid="inspection-team-list">
          {value.map((userId, index) => {
            const member = known.get(userId);
            return (
              <li key={userId} data-testid={`inspection-team-member-${index}`}>
                <Flex gap={4} align="center" wrap justify="space-between">
                  <span style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                    {member?.name ?? t('inspection.team.unknown')}
                    {member?.agencyName && (
                      <Typography.Text type="secondary"> — {member.agencyName}</Typography.Text>
                    )}
                    {index === 0 && (
                      <Tag color="blue" style={{ marginInlineStart: 6 }}>
                        {t('inspection.team.leader')}
                      </Tag>
                    )}
                  </span>
                  <Flex gap={2}>
                    <Button
                      size="small"
                      type="text"
                      icon={<ArrowUpOutlined />}
                      aria-label={t('inspection.team.moveUp')}
                      data-testid={`inspection-team-up-${index}`}
                      disabled={index === 0}
                      onClick={() => change(moved(value, index, index - 1))}
                    />
                    <Button
                      size="small"
                      type="text"
                      icon={<ArrowDownOutlined />}
                      aria-label={t('inspection.team.moveDown')}
                      data-testid={`inspection-team-down-${index}`}
                      disabled={index === value.length - 1}
                      onClick={() => change(moved(value, index, index + 1))}
                    />
                    <Button
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('inspection.team.remove')}
                      data-testid={`inspection-team-remove-${index}`}
                      onClick={() => change(value.filter((other) => other !== userId))}
                    />
                  </Flex>
                </Flex>
              </li>
            );
          })}
        </ol>
      )}
    </Flex>
  );
}
