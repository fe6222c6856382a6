import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Empty, Flex, Input, List, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ParEvidenceRecordType } from '@partrack/shared';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { ApiErrorAlert } from '../../../app/ui/api-error-alert.component';
import { useDebouncedValue } from '../../../app/ui/use-debounced-value.hook';
import { useErrorMessage } from '../../../app/ui/use-error-message.hook';
import {
  AddParEvidenceRecordDocument,
  ParEvidenceCandidatesDocument,
} from '../graphql/par-evidence.operations';
import type { ParEvidenceRow } from './par-assessment-items.util';
import { addEvidenceToCache } from './par-evidence.util';

/** How many candidates one search shows; the API allows up to 50. */
export const EVIDENCE_CANDIDATES_SHOWN = 20;

const RECORD_TYPES = [
  ParEvidenceRecordType.TASK,
  ParEvidenceRecordType.TASK_UPDATE,
  ParEvidenceRecordType.AGENCY_REPORT,
  ParEvidenceRecordType.MEASUREMENT,
];

interface ParEvidenceRecordTabProps {
  assessmentId: string;
  criterionId: string;
  /** The item's evidence: records already cited are shown as such. */
  cited: readonly ParEvidenceRow[];
  onAdded: (label: string) => void;
}

/** One of the agency's own records (task, progress update, report, figure) found by a debounced search. */
export function ParEvidenceRecordTab({
  assessmentId,
  criterionId,
  cited,
  onAdded,
}: ParEvidenceRecordTabProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const errorMessage = useErrorMessage();
  const [search, setSearch] = useState('');
  const [recordType, setRecordType] = useState<ParEvidenceRecordType | null>(null);
  const debounced = useDebouncedValue(search.trim());
  const { data, loading, error, refetch } = useQuery(ParEvidenceCandidatesDocument, {
    variables: { assessmentId, search: debounced || null, recordType, first: EVIDENCE_CANDIDATES_SHOWN },
    fetchPolicy: 'network-only',
  });
  const [add, adding] = useMutation(AddParEvidenceRecordDocument, {
    update: (cache, { data: added }) => {
      if (added) addEvidenceToCache(cache, added.addParEvidenceRecord);
    },
  });
  const [pending, setPending] = useState<string | null>(null);
  const [addError, setAddError] = useState<unknown>(null);
  const isCited = (type: ParEvidenceRecordType, id: string) =>
    cited.some((item) => item.recordType === type && item.recordId === id);

  const choose = async (type: ParEvidenceRecordType, recordId: string) => {
    setAddError(null);
    setPending(recordId);
    try {
      const result = await add({
        variables: { input: { assessmentId, criterionId, recordType: type, recordId } },
      });
      onAdded(result.data?.addParEvidenceRecord.label ?? '');
    } catch (caught) {
      setAddError(caught);
    } finally {
      setPending(null);
    }
  };

  const candidates = data?.parEvidenceCandidates ?? [];
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap>
        <Select<ParEvidenceRecordType>
          data-testid="par-evidence-record-type"
          aria-label={t('parIndex.evidence.record.type')}
          allowClear
          placeholder={t('parIndex.evidence.record.allTypes')}
          value={recordType ?? undefined}
          onChange={(value) => setRecordType(value ?? null)}
          options={RECORD_TYPES.map((type) => ({
            value: type,
            label: t(`parIndex.evidence.recordType.${type}`),
          }))}
          style={{ flex: '1 1 160px', minWidth: 0 }}
        />
        <Input.Search
          data-testid="par-evidence-record-search"
          aria-label={t('parIndex.evidence.record.search')}
          placeholder={t('parIndex.evidence.record.search')}
          allowClear
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          style={{ flex: '2 1 200px', minWidth: 0 }}
        />
      </Flex>
      {addError !== null && (
        <Alert
          type="error"
          showIcon
          role="alert"
          data-testid="par-evidence-record-error"
          title={errorMessage(addError)}
        />
      )}
      {error && !data ? (
        <ApiErrorAlert error={error} onRetry={() => void refetch()} />
      ) : (
        <List
          data-testid="par-evidence-candidates"
          size="small"
          loading={loading}
          dataSource={candidates}
          locale={{
            emptyText: (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('parIndex.evidence.record.empty')} />
            ),
          }}
          style={{ maxHeight: 360, overflowY: 'auto' }}
          renderItem={(candidate) => {
            const already = isCited(candidate.recordType, candidate.recordId);
            return (
              <List.Item
                data-testid={`par-evidence-candidate-${candidate.recordId}`}
                actions={[
                  <Button
                    key="choose"
                    size="small"
                    type={already ? 'default' : 'primary'}
                    disabled={already || (adding.loading && pending !== candidate.recordId)}
                    loading={pending === candidate.recordId}
                    onClick={() => void choose(candidate.recordType, candidate.recordId)}
                    data-testid={`par-evidence-choose-${candidate.recordId}`}
                  >
                    {already ? t('parIndex.evidence.record.cited') : t('parIndex.evidence.record.choose')}
                  </Button>,
                ]}
              >
                <Flex vertical gap={2} style={{ minWidth: 0 }}>
                  <Typography.Text style={{ wordBreak: 'break-word' }}>{candidate.label}</Typography.Text>
                  <Flex gap={6} wrap align="center">
                    <Tag style={{ marginInlineEnd: 0 }}>
                      {t(`parIndex.evidence.recordType.${candidate.recordType}`)}
                    </Tag>
                    {candidate.date && (
                      <Typography.Text type="secondary">{fmt.date(candidate.date)}</Typography.Text>
                    )}
                  </Flex>
                </Flex>
              </List.Item>
            );
          }}
        />
      )}
    </Flex>
  );
}
