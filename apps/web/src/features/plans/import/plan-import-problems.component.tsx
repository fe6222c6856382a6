import { useMemo, useState } from 'react';
import { Flex, Select, Table, Tag, Tooltip, Typography, type TableColumnType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../app/format/use-formatters.hook';
import { AgencyOrGroupPicker } from './agency-or-group-picker.component';
import { isKnownProblemCode, showsProblemMessage } from './plan-problem-codes';
import {
  overrideKey,
  type ImportProblem,
  type OverrideChoice,
  type OverrideChoices,
} from './plan-import.util';

interface PlanImportProblemsProps {
  problems: readonly ImportProblem[];
  choices: OverrideChoices;
  onChoose: (text: string, choice: OverrideChoice | null) => void;
}

/** A problem's label in the user's language; codes the SPA does not know yet show the API's message. */
export function useProblemLabel(): (problem: Pick<ImportProblem, 'code' | 'message'>) => string {
  const { t } = useTranslation();
  return (problem) =>
    isKnownProblemCode(problem.code) ? t(`planImport.problemCodes.${problem.code}`) : problem.message;
}

/**
 * Every problem by line. For each agency name the resolver could not place, a picker: the choice applies
 * to every line with the same words and is sent as agencyOverrides with the next check.
 */
export function PlanImportProblems({ problems, choices, onChoose }: PlanImportProblemsProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const label = useProblemLabel();
  const [codeFilter, setCodeFilter] = useState<string | null>(null);
  const codes = useMemo(() => [...new Set(problems.map((problem) => problem.code))], [problems]);
  const shown = codeFilter ? problems.filter((problem) => problem.code === codeFilter) : problems;
  const errors = problems.filter((problem) => problem.severity === 'ERROR').length;
  const hasUnresolved = problems.some((problem) => problem.code === 'AGENCY_UNRESOLVED');
  const fixColumn: TableColumnType<ImportProblem> = {
    key: 'fix',
    title: t('planImport.problems.fix'),
    width: 320,
    render: (_v, problem) =>
      problem.code === 'AGENCY_UNRESOLVED' && problem.text ? (
        <AgencyOrGroupPicker
          data-testid={`override-${problem.itemCode ?? problem.line}`}
          value={choices[overrideKey(problem.text)]?.choice ?? null}
          onChange={(choice) => onChoose(problem.text ?? '', choice)}
        />
      ) : null,
  };

  return (
    <Flex vertical gap={8} data-testid="plan-import-problems">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text>
          {t('planImport.problems.summary', {
            total: number(problems.length),
            errors: number(errors),
            warnings: number(problems.length - errors),
          })}
        </Typography.Text>
        <Select
          data-testid="plan-import-problem-filter"
          allowClear
          placeholder={t('planImport.problems.filter')}
          value={codeFilter}
          onChange={(code: string | undefined) => setCodeFilter(code ?? null)}
          options={codes.map((code) => ({
            value: code,
            label: `${label({ code, message: code })} (${number(problems.filter((p) => p.code === code).length)})`,
          }))}
          style={{ width: 320 }}
          popupMatchSelectWidth={false}
        />
      </Flex>
      <Table<ImportProblem>
        data-testid="import-errors"
        size="small"
        rowKey={(problem) =>
          `${problem.line}:${problem.code}:${problem.itemCode ?? ''}:${problem.text ?? ''}`
        }
        dataSource={[...shown]}
        pagination={shown.length > 25 ? { pageSize: 25, showSizeChanger: false } : false}
        scroll={{ x: 900 }}
        columns={[
          { key: 'line', title: t('planImport.problems.line'), dataIndex: 'line', width: 70 },
          {
            key: 'severity',
            title: t('planImport.problems.severity'),
            width: 110,
            render: (_v, problem) =>
              problem.severity === 'ERROR' ? (
                <Tag color="error">{t('planImport.problems.error')}</Tag>
              ) : (
                <Tag color="warning">{t('planImport.problems.warning')}</Tag>
              ),
          },
          {
            key: 'code',
            title: t('planImport.problems.problem'),
            render: (_v, problem) => (
              <Flex vertical gap={2}>
                <Tooltip title={problem.message}>
                  <Typography.Text strong={problem.severity === 'ERROR'}>{label(problem)}</Typography.Text>
                </Tooltip>
                {showsProblemMessage(problem.code) && isKnownProblemCode(problem.code) && (
                  <Typography.Text type="secondary" data-testid="problem-message">
                    {problem.message}
                  </Typography.Text>
                )}
                {problem.text && (
                  <Typography.Text type="secondary" italic>
                    «{problem.text}»
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
          {
            key: 'item',
            title: t('planImport.problems.item'),
            width: 90,
            render: (_v, problem) => problem.itemCode ?? '—',
          },
          ...(hasUnresolved ? [fixColumn] : []),
        ]}
      />
    </Flex>
  );
}
