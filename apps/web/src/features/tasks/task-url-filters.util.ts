import { isIsoDate, isReformAreaCode, PlanItemStatus } from '@partrack/shared';
import { SortDirection, TaskOrderField, type TaskFilter, type TaskOrder } from '../../gql/graphql';

export type TaskSortField = 'document' | 'due' | 'progress' | 'updated';

export interface TaskSort {
  field: TaskSortField;
  descending: boolean;
}

/** Everything the task list can be narrowed by; it lives in the URL so a reload or a shared link keeps it. */
export interface TaskListFilters {
  plan: string | null;
  area: string | null;
  lead: string | null;
  coord: string | null;
  statuses: PlanItemStatus[];
  /** true: only overdue; false: only not overdue; null: both. */
  overdue: boolean | null;
  dueFrom: string | null;
  dueTo: string | null;
  q: string;
  sort: TaskSort;
}

export const DEFAULT_TASK_SORT: TaskSort = { field: 'document', descending: false };

export const EMPTY_TASK_FILTERS: TaskListFilters = {
  plan: null,
  area: null,
  lead: null,
  coord: null,
  statuses: [],
  overdue: null,
  dueFrom: null,
  dueTo: null,
  q: '',
  sort: DEFAULT_TASK_SORT,
};

const SORT_FIELDS: Readonly<Record<TaskSortField, TaskOrderField>> = {
  document: TaskOrderField.Document,
  due: TaskOrderField.DueDate,
  progress: TaskOrderField.Progress,
  updated: TaskOrderField.UpdatedAt,
};

export const TASK_SORT_FIELDS = Object.keys(SORT_FIELDS) as TaskSortField[];

const STATUSES: readonly string[] = Object.values(PlanItemStatus);
const ID = /^[\w-]{1,64}$/;

function id(value: string | null): string | null {
  return value && ID.test(value) ? value : null;
}

function date(value: string | null): string | null {
  return value && isIsoDate(value) ? value : null;
}

function parseSort(value: string | null): TaskSort {
  if (!value) return DEFAULT_TASK_SORT;
  const descending = value.startsWith('-');
  const field = (descending ? value.slice(1) : value) as TaskSortField;
  return field in SORT_FIELDS ? { field, descending } : DEFAULT_TASK_SORT;
}

/** Reads the URL leniently: a hand-edited or outdated value is dropped rather than sent to the API. */
export function parseTaskFilters(params: URLSearchParams): TaskListFilters {
  const area = params.get('area');
  const overdue = params.get('overdue');
  const statuses = (params.get('status') ?? '')
    .split(',')
    .filter((status): status is PlanItemStatus => STATUSES.includes(status));
  return {
    plan: id(params.get('plan')),
    area: area && isReformAreaCode(area) ? area : null,
    lead: id(params.get('lead')),
    coord: id(params.get('coord')),
    statuses: [...new Set(statuses)],
    overdue: overdue === '1' ? true : overdue === '0' ? false : null,
    dueFrom: date(params.get('dueFrom')),
    dueTo: date(params.get('dueTo')),
    q: (params.get('q') ?? '').trim(),
    sort: parseSort(params.get('sort')),
  };
}

/** The inverse of parseTaskFilters; defaults are left out so URLs stay short and readable. */
export function taskFiltersToParams(filters: TaskListFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.plan) params.set('plan', filters.plan);
  if (filters.area) params.set('area', filters.area);
  if (filters.lead) params.set('lead', filters.lead);
  if (filters.coord) params.set('coord', filters.coord);
  if (filters.statuses.length > 0) params.set('status', filters.statuses.join(','));
  if (filters.overdue !== null) params.set('overdue', filters.overdue ? '1' : '0');
  if (filters.dueFrom) params.set('dueFrom', filters.dueFrom);
  if (filters.dueTo) params.set('dueTo', filters.dueTo);
  if (filters.q.trim()) params.set('q', filters.q.trim());
  const { field, descending } = filters.sort;
  if (field !== DEFAULT_TASK_SORT.field || descending) params.set('sort', `${descending ? '-' : ''}${field}`);
  return params;
}

/** A link to the task list, e.g. from an area card: `taskListPath({ plan, area: 'II' })`. */
export function taskListPath(filters: Partial<TaskListFilters>): string {
  const query = taskFiltersToParams({ ...EMPTY_TASK_FILTERS, ...filters }).toString();
  return query ? `/tasks?${query}` : '/tasks';
}

export function toTaskFilterInput(filters: TaskListFilters): TaskFilter {
  const input: TaskFilter = {};
  if (filters.plan) input.planId = filters.plan;
  if (filters.area) input.areaCode = filters.area;
  if (filters.lead) input.leadAgencyId = filters.lead;
  if (filters.coord) input.coordinatingAgencyId = filters.coord;
  if (filters.statuses.length > 0) input.statuses = filters.statuses;
  if (filters.overdue !== null) input.overdue = filters.overdue;
  if (filters.dueFrom) input.dueFrom = filters.dueFrom;
  if (filters.dueTo) input.dueTo = filters.dueTo;
  if (filters.q) input.search = filters.q;
  return input;
}

export function toTaskOrder(sort: TaskSort): TaskOrder {
  return {
    field: SORT_FIELDS[sort.field],
    direction: sort.descending ? SortDirection.Desc : SortDirection.Asc,
  };
}

export function hasActiveFilters(filters: TaskListFilters): boolean {
  return (
    filters.area !== null ||
    filters.lead !== null ||
    filters.coord !== null ||
    filters.statuses.length > 0 ||
    filters.overdue !== null ||
    filters.dueFrom !== null ||
    filters.dueTo !== null ||
    filters.q !== ''
  );
}
