import { Empty, Flex, Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { finalPoints, ParCriterionLevel } from '@partrack/shared';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import type { ParCriterionRow } from '../framework/par-criteria-tree.util';
import type { ParEvidenceRow, ParScoreRow } from './par-assessment-items.util';
import { ParEvidenceList } from './par-evidence-list.component';
import { ParPointsValue } from './par-score-field.component';

interface ParScorecardTableProps {
  rows: ParCriterionRow[];
  branchKeys: string[];
  scores: ReadonlyMap<string, ParScoreRow>;
  evidence: ReadonlyMap<string, readonly ParEvidenceRow[]>;
}

/** Points with the text that goes with them (note, reason, answer) below, in a narrow cell. */
function PointsWithText({ points, text }: { points: ReactNode; text: string | null | undefined }) {
  return (
    <Flex vertical gap={2}>
      {points}
      {text && (
        <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'pre-line' }}>
          {text}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** Every item of the tree with each step's points and words, and the points that count; scrolls on a phone. */
export function ParScorecardTable({ rows, branchKeys, scores, evidence }: ParScorecardTableProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  if (rows.length === 0) return <Empty description={t('parIndex.criteria.empty')} />;
  const leaf = (row: ParCriterionRow) => !row.children;
  const scoreOf = (row: ParCriterionRow) => scores.get(row.criterion.id);

  return (
    <Table<ParCriterionRow>
      data-testid="par-scorecard-table"
      rowKey="key"
      size="small"
      dataSource={rows}
      pagination={false}
      scroll={{ x: 1180 }}
      expandable={{ defaultExpandedRowKeys: branchKeys, indentSize: 16 }}
      columns={[
        {
          key: 'item',
          title: t('parIndex.fields.title'),
          width: 300,
          render: (_v, row) => (
            <Flex vertical gap={2}>
              <Typography.Text strong={row.criterion.level === ParCriterionLevel.AREA}>
                {row.criterion.code} {row.criterion.title}
              </Typography.Text>
              {leaf(row) && (
                <ParEvidenceList items={evidence.get(row.criterion.id) ?? []} removable={false} />
              )}
            </Flex>
          ),
        },
        {
          key: 'max',
          title: t('parIndex.fields.maxPoints'),
          width: 80,
          align: 'right',
          render: (_v, row) => number(row.criterion.maxPoints),
        },
        {
          key: 'self',
          title: t('parIndex.assessment.selfScore'),
          width: 170,
          render: (_v, row) =>
            leaf(row) && (
              <div data-testid={`par-score-${row.criterion.code}`}>
                <PointsWithText
                  points={
                    <ParPointsValue criterion={row.criterion} points={scoreOf(row)?.selfPoints} empty="—" />
                  }
                  text={scoreOf(row)?.selfNote}
                />
              </div>
            ),
        },
        {
          key: 'appraised',
          title: t('parIndex.appraisal.points'),
          width: 170,
          render: (_v, row) =>
            leaf(row) && (
              <div data-testid={`par-appraised-${row.criterion.code}`}>
                <PointsWithText
                  points={
                    <ParPointsValue
                      criterion={row.criterion}
                      points={scoreOf(row)?.appraisedPoints}
                      empty="—"
                    />
                  }
                  text={scoreOf(row)?.appraisalReason}
                />
              </div>
            ),
        },
        {
          key: 'explanation',
          title: t('parIndex.appraisal.explanation'),
          width: 180,
          render: (_v, row) =>
            leaf(row) && (
              <Typography.Text
                style={{ whiteSpace: 'pre-line' }}
                data-testid={`par-explained-${row.criterion.code}`}
              >
                {scoreOf(row)?.explanation ?? ''}
              </Typography.Text>
            ),
        },
        {
          key: 'reappraised',
          title: t('parIndex.appraisal.reappraisedPoints'),
          width: 170,
          render: (_v, row) =>
            leaf(row) &&
            scoreOf(row)?.explanation && (
              <div data-testid={`par-reappraised-${row.criterion.code}`}>
                <PointsWithText
                  points={
                    <ParPointsValue
                      criterion={row.criterion}
                      points={scoreOf(row)?.reappraisedPoints}
                      empty="—"
                    />
                  }
                  text={scoreOf(row)?.reappraisalAnswer}
                />
              </div>
            ),
        },
        {
          key: 'final',
          title: t('parIndex.appraisal.finalColumn'),
          width: 100,
          align: 'right',
          fixed: 'right',
          render: (_v, row) => {
            if (!leaf(row)) return null;
            const score = scoreOf(row);
            const points = score ? finalPoints(score) : null;
            return (
              <Typography.Text strong data-testid={`par-final-${row.criterion.code}`}>
                {points === null ? '—' : number(points)}
              </Typography.Text>
            );
          },
        },
      ]}
    />
  );
}
