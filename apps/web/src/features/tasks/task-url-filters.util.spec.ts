import { describe, expect, it } from 'vitest';
import { PlanItemStatus } from '@partrack/shared';
import { SortDirection, TaskOrderField } from '../../gql/graphql';
import {
  EMPTY_TASK_FILTERS,
  parseTaskFilters,
  taskFiltersToParams,
  taskListPath,
  toTaskFilterInput,
  toTaskOrder,
  type TaskListFilters,
} from './task-url-filters.util';

const FULL: TaskListFilters = {
  plan: 'plan-1',
  area: 'III',
  lead: 'agency-snv',
  coord: 'agency-stc',
  statuses: [PlanItemStatus.IN_PROGRESS, PlanItemStatus.NOT_STARTED],
  overdue: true,
  dueFrom: '2022-04-01',
  dueTo: '2022-06-30',
  q: 'đào tạo',
  sort: { field: 'due', descending: true },
};

describe('task list filters in the URL', () => {
  it('survive a round trip through the query string', () => {
    const query = taskFiltersToParams(FULL).toString();
    expect(parseTaskFilters(new URLSearchParams(query))).toEqual(FULL);
    expect(query).toBe(
      'plan=plan-1&area=III&lead=agency-snv&coord=agency-stc&status=IN_PROGRESS%2CNOT_STARTED&overdue=1' +
        '&dueFrom=2022-04-01&dueTo=2022-06-30&q=%C4%91%C3%A0o+t%E1%BA%A1o&sort=-due',
    );
  });

  it('leave defaults out, so an unfiltered list has a bare address', () => {
    expect(taskFiltersToParams(EMPTY_TASK_FILTERS).toString()).toBe('');
    expect(taskListPath({})).toBe('/tasks');
    expect(taskListPath({ plan: 'p', area: 'II', overdue: false })).toBe('/tasks?plan=p&area=II&overdue=0');
  });

  it('drop hand-edited values the API would refuse', () => {
    const parsed = parseTaskFilters(
      new URLSearchParams(
        'area=IX&status=DONE,LATE,DONE&overdue=yes&dueFrom=2022-02-30&dueTo=31/12/2022&sort=name&lead=%3Cx%3E',
      ),
    );
    expect(parsed).toEqual({ ...EMPTY_TASK_FILTERS, statuses: [PlanItemStatus.DONE] });
  });

  it('become the API filter and order', () => {
    expect(toTaskFilterInput(FULL)).toEqual({
      planId: 'plan-1',
      areaCode: 'III',
      leadAgencyId: 'agency-snv',
      coordinatingAgencyId: 'agency-stc',
      statuses: [PlanItemStatus.IN_PROGRESS, PlanItemStatus.NOT_STARTED],
      overdue: true,
      dueFrom: '2022-04-01',
      dueTo: '2022-06-30',
      search: 'đào tạo',
    });
    expect(toTaskFilterInput(EMPTY_TASK_FILTERS)).toEqual({});
    expect(toTaskOrder(FULL.sort)).toEqual({ field: TaskOrderField.DueDate, direction: SortDirection.Desc });
    expect(toTaskOrder(EMPTY_TASK_FILTERS.sort)).toEqual({
      field: TaskOrderField.Document,
      direction: SortDirection.Asc,
    });
  });
});
