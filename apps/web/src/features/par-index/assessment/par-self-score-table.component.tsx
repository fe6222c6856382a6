import { Empty, Flex, Input, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isSelfScored, ParCriterionLevel, ParScoringMethod } from '@partrack/shared';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import type { ParCriterionRow } from '../framework/par-criteria-tree.util';
import type { ParEvidenceRow } from './par-assessment-items.util';
import { ParItemEvidence } from './par-item-evidence.component';
import { ParPointsValue, ParScoreField } from './par-score-field.component';
import type { SelfScore } from './par-self-score.util';

interface ParSelfScoreTableProps {
  assessmentId: string;
  rows: ParCriterionRow[];
  branchKeys: string[];
  /** The score an item shows: the user's edit over the saved one. */
  scoreOf: (criterionId: string) => SelfScore;
  /** A refused or invalid score's message, by item. */
  errors: ReadonlyMap<string, string>;
  editable: boolean;
  evidenceOf: (criterionId: string) => readonly ParEvidenceRow[];
  /** Evidence may be added and removed: like the scores, before the deadline, for those who score. */
  evidenceEditable: boolean;
  onChange: (criterionId: string, patch: Partial<SelfScore>) => void;
  onFileUploaded: () => void;
}

/**
 * The framework's items as the indented tree, each self-scored leaf with its points and note, every leaf with
 * its evidence under its title.
 */
export function ParSelfScoreTable({
  assessmentId,
  rows,
  branchKeys,
  scoreOf,
  errors,
  editable,
  evidenceOf,
  evidenceEditable,
  onChange,
  onFileUploaded,
}: ParSelfScoreTableProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  if (rows.length === 0) return <Empty description={t('parIndex.criteria.empty')} />;

  const selfScored = (row: ParCriterionRow) => !row.children && isSelfScored(row.criterion.method);
  return (
    <Table<ParCriterionRow>
      data-testid="par-self-scores"
      rowKey="key"
      size="small"
      dataSource={rows}
      pagination={false}
      scroll={{ x: 980 }}
      expandable={{ defaultExpandedRowKeys: branchKeys, indentSize: 20 }}
      columns={[
        {
          key: 'code',
          title: t('parIndex.fields.code'),
          width: 130,
          render: (_v, row) => (
            <Typography.Text strong={row.depth === 0}>{row.criterion.code}</Typography.Text>
          ),
        },
        {
          key: 'title',
          title: t('parIndex.fields.title'),
          render: (_v, row) => (
            <>
              <Typography.Text strong={row.criterion.level === ParCriterionLevel.AREA}>
                {row.criterion.title}
              </Typography.Text>
              {!row.children && (
                <ParItemEvidence
                  assessmentId={assessmentId}
                  criterion={row.criterion}
                  evidence={evidenceOf(row.criterion.id)}
                  editable={evidenceEditable}
                  selfScored={selfScored(row)}
                  reason={scoreOf(row.criterion.id).noEvidenceReason}
                  onReasonChange={(noEvidenceReason) => onChange(row.criterion.id, { noEvidenceReason })}
                  onFileUploaded={onFileUploaded}
                />
              )}
            </>
          ),
        },
        {
          key: 'maxPoints',
          title: t('parIndex.fields.maxPoints'),
          width: 90,
          align: 'right',
          render: (_v, row) => (
            <Typography.Text strong={row.depth === 0}>{number(row.criterion.maxPoints)}</Typography.Text>
          ),
        },
        {
          key: 'selfPoints',
          title: t('parIndex.assessment.selfScore'),
          width: 300,
          render: (_v, row) => {
            if (row.children) return null;
            const { method } = row.criterion;
            if (!selfScored(row))
              return (
                <Typography.Text type="secondary">
                  {method ? t(`parIndex.method.${method}`) : t('parIndex.noMethod')}
                </Typography.Text>
              );
            const error = errors.get(row.criterion.id);
            return (
              <Flex vertical gap={2} data-testid={`par-score-${row.criterion.code}`}>
                {editable ? (
                  <ParScoreField
                    criterion={row.criterion}
                    points={scoreOf(row.criterion.id).points}
                    label={t('parIndex.assessment.scoreOf', { code: row.criterion.code })}
                    testIdPrefix="par"
                    invalid={!!error}
                    onChange={(points) => onChange(row.criterion.id, { points })}
                  />
                ) : (
                  <ParPointsValue criterion={row.criterion} points={scoreOf(row.criterion.id).points} />
                )}
                {error && (
                  <Typography.Text type="danger" data-testid={`par-score-error-${row.criterion.code}`}>
                    {error}
                  </Typography.Text>
                )}
                {method && method !== ParScoringMethod.MANUAL && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t(`parIndex.method.${method}`)}
                  </Typography.Text>
                )}
              </Flex>
            );
          },
        },
        {
          key: 'note',
          title: t('parIndex.assessment.note'),
          width: 240,
          render: (_v, row) => {
            if (!selfScored(row)) return null;
            const { note } = scoreOf(row.criterion.id);
            if (!editable) return <Typography.Text>{note}</Typography.Text>;
            return (
              <Input.TextArea
                data-testid={`par-note-${row.criterion.code}`}
                aria-label={t('parIndex.assessment.noteOf', { code: row.criterion.code })}
                value={note}
                maxLength={2000}
                autoSize={{ minRows: 1, maxRows: 4 }}
                onChange={(event) => onChange(row.criterion.id, { note: event.target.value })}
              />
            );
          },
        },
      ]}
    />
  );
}
