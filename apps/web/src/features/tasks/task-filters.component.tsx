import { useMemo } from 'react';
import { SortAscendingOutlined, SortDescendingOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Col, DatePicker, Flex, Input, Row, Select, Tooltip } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { PlanItemStatus, REFORM_AREAS } from '@partrack/shared';
import { DATE_FORMAT, LOCAL_DATE_FORMAT } from '../../app/format/formatters';
import { AgencyPicker } from '../agencies/agency-picker.component';
import { PlanOptionsDocument } from '../plans/graphql/plan.operations';
import {
  parseQuarterKey,
  quarterKey,
  quarterOfRange,
  quarterRange,
  romanQuarter,
  todayInVietnam,
} from './task-dates.util';
import { useAreaName } from './task-tags.component';
import {
  EMPTY_TASK_FILTERS,
  TASK_SORT_FIELDS,
  type TaskListFilters,
  type TaskSortField,
} from './task-url-filters.util';

interface TaskFiltersProps {
  value: TaskListFilters;
  onChange: (value: TaskListFilters) => void;
}

type OverdueChoice = 'all' | 'overdue' | 'onTime';

export function TaskFilters({ value, onChange }: TaskFiltersProps) {
  const { t } = useTranslation();
  const areaName = useAreaName();
  const plans = useQuery(PlanOptionsDocument, { variables: { filter: null } });
  const planOptions = useMemo(() => plans.data?.plans.edges.map((edge) => edge.node) ?? [], [plans.data]);
  const set = (patch: Partial<TaskListFilters>) => onChange({ ...value, ...patch });

  // Quarters of the selected plan's year, else of every plan year plus the current one.
  const quarterOptions = useMemo(() => {
    const selected = planOptions.find((plan) => plan.id === value.plan);
    const years = selected
      ? [selected.year]
      : [...new Set([Number(todayInVietnam().slice(0, 4)), ...planOptions.map((plan) => plan.year)])].sort(
          (a, b) => b - a,
        );
    return years.flatMap((year) =>
      [1, 2, 3, 4].map((quarter) => ({
        value: quarterKey({ year, quarter }),
        label: t('task.filters.quarterOption', { quarter: romanQuarter(quarter), year }),
      })),
    );
  }, [planOptions, value.plan, t]);
  const quarter = quarterOfRange(value.dueFrom, value.dueTo);
  const overdueChoice: OverdueChoice = value.overdue === null ? 'all' : value.overdue ? 'overdue' : 'onTime';

  const full = { width: '100%' };
  return (
    <Row gutter={[8, 8]} data-testid="task-filters">
      <Col xs={24} sm={12} xl={6}>
        <Select
          data-testid="task-filter-plan"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={plans.loading}
          placeholder={t('task.filters.plan')}
          value={value.plan}
          onChange={(plan) => set({ plan: plan ?? null })}
          options={planOptions.map((plan) => ({ value: plan.id, label: `${plan.code} — ${plan.title}` }))}
          style={full}
          popupMatchSelectWidth={false}
        />
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <Select
          data-testid="task-filter-area"
          allowClear
          placeholder={t('task.filters.area')}
          value={value.area}
          onChange={(area) => set({ area: area ?? null })}
          options={REFORM_AREAS.map((area) => ({ value: area.code, label: areaName(area.code) }))}
          style={full}
          popupMatchSelectWidth={false}
        />
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <AgencyPicker
          data-testid="task-filter-lead"
          placeholder={t('task.filters.lead')}
          value={value.lead}
          onChange={(lead) => set({ lead })}
        />
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <AgencyPicker
          data-testid="task-filter-coord"
          placeholder={t('task.filters.coord')}
          value={value.coord}
          onChange={(coord) => set({ coord })}
        />
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <Select<PlanItemStatus[]>
          data-testid="task-filter-status"
          mode="multiple"
          allowClear
          placeholder={t('task.filters.status')}
          value={value.statuses}
          onChange={(statuses) => set({ statuses })}
          options={Object.values(PlanItemStatus).map((status) => ({
            value: status,
            label: t(`task.status.${status}`),
          }))}
          style={full}
          maxTagCount={2}
        />
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <Select<OverdueChoice>
          data-testid="task-filter-overdue"
          value={overdueChoice}
          onChange={(choice) => set({ overdue: choice === 'all' ? null : choice === 'overdue' })}
          options={[
            { value: 'all', label: t('task.filters.overdueAll') },
            { value: 'overdue', label: t('task.filters.overdueOnly') },
            { value: 'onTime', label: t('task.filters.notOverdue') },
          ]}
          style={full}
        />
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <Select
          data-testid="task-filter-quarter"
          allowClear
          placeholder={t('task.filters.quarter')}
          value={quarter ? quarterKey(quarter) : null}
          onChange={(key: string | undefined) => {
            const parsed = key ? parseQuarterKey(key) : null;
            const range = parsed ? quarterRange(parsed) : null;
            set({ dueFrom: range?.from ?? null, dueTo: range?.to ?? null });
          }}
          options={quarterOptions}
          style={full}
        />
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <DatePicker.RangePicker
          data-testid="task-filter-due-range"
          format={DATE_FORMAT}
          allowEmpty={[true, true]}
          placeholder={[t('task.filters.dueFrom'), t('task.filters.dueTo')]}
          value={[value.dueFrom ? dayjs(value.dueFrom) : null, value.dueTo ? dayjs(value.dueTo) : null]}
          onChange={(range) =>
            set({
              dueFrom: range?.[0] ? range[0].format(LOCAL_DATE_FORMAT) : null,
              dueTo: range?.[1] ? range[1].format(LOCAL_DATE_FORMAT) : null,
            })
          }
          style={full}
        />
      </Col>
      <Col xs={24} xl={12}>
        <Input.Search
          key={value.q}
          data-testid="task-filter-search"
          allowClear
          defaultValue={value.q}
          placeholder={t('task.filters.search')}
          onSearch={(q) => set({ q: q.trim() })}
        />
      </Col>
      <Col xs={24} xl={12}>
        <Flex gap={8} justify="space-between" wrap>
          <Flex gap={4} align="center" style={{ flex: 1, minWidth: 260 }}>
            <Select<TaskSortField>
              data-testid="task-sort"
              value={value.sort.field}
              onChange={(field) => set({ sort: { ...value.sort, field } })}
              options={TASK_SORT_FIELDS.map((field) => ({ value: field, label: t(`task.sort.${field}`) }))}
              style={{ flex: 1 }}
              prefix={t('task.sort.label')}
            />
            <Tooltip title={value.sort.descending ? t('task.sort.descending') : t('task.sort.ascending')}>
              <Button
                data-testid="task-sort-direction"
                aria-label={value.sort.descending ? t('task.sort.descending') : t('task.sort.ascending')}
                icon={value.sort.descending ? <SortDescendingOutlined /> : <SortAscendingOutlined />}
                onClick={() => set({ sort: { ...value.sort, descending: !value.sort.descending } })}
              />
            </Tooltip>
          </Flex>
          <Button
            data-testid="task-filter-clear"
            onClick={() => onChange({ ...EMPTY_TASK_FILTERS, plan: value.plan, sort: value.sort })}
          >
            {t('common.clearFilters')}
          </Button>
        </Flex>
      </Col>
    </Row>
  );
}
