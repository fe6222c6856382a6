import {
  IndicatorAggregation,
  MeasurementStatus,
  ratioValue,
  validateMeasurement,
  type IndicatorUnit,
  type MeasurementProblemCode,
} from '@partrack/shared';
import { toApiError } from '../../../app/apollo/api-error';
import { formFieldOf } from '../../../app/ui/form-errors';
import type { MeasurementEntriesQuery, RecordMeasurementInput } from '../../../gql/graphql';
import { isLockedStatus } from '../indicator-status.util';

export type Entry = MeasurementEntriesQuery['measurementEntries'][number];

/** What the user typed in one row; numbers are null while the input is empty. */
export interface EntryDraft {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  note: string;
}

export type EntryField = 'value' | 'numerator' | 'denominator' | 'note';

/** Per row: the first problem of each field, as a code (translated on screen) or an API message. */
export type RowProblems = Partial<Record<EntryField, MeasurementProblemCode>>;

export interface RowApiError {
  fields: Partial<Record<EntryField, string>>;
  general: string | null;
}

export function isRatio(entry: Entry): boolean {
  return entry.indicator.aggregation === IndicatorAggregation.RATIO;
}

/** A row the agency can no longer edit (submitted and waiting, or approved and locked). */
export function isLockedEntry(entry: Entry): boolean {
  return isLockedStatus(entry.measurement?.status);
}

/** The draft a row starts from: the saved figure, or empty. */
export function draftOf(entry: Entry): EntryDraft {
  const m = entry.measurement;
  return {
    value: m?.value ?? null,
    numerator: m?.numerator ?? null,
    denominator: m?.denominator ?? null,
    note: m?.note ?? '',
  };
}

/**
 * Whether the row differs from what is saved. Only the fields the indicator takes count: for RATIO the
 * value is derived, elsewhere the parts are ignored, so an untouched row never looks changed.
 */
export function isDraftChanged(draft: EntryDraft, entry: Entry): boolean {
  const saved = draftOf(entry);
  const figures = isRatio(entry)
    ? draft.numerator !== saved.numerator || draft.denominator !== saved.denominator
    : draft.value !== saved.value;
  return figures || draft.note.trim() !== saved.note.trim();
}

/** Rows with unsaved edits, in grid order. */
export function changedEntries(
  entries: readonly Entry[],
  drafts: Readonly<Record<string, EntryDraft>>,
): Entry[] {
  return entries.filter((entry) => {
    const draft = drafts[entry.indicator.id];
    return draft !== undefined && !isLockedEntry(entry) && isDraftChanged(draft, entry);
  });
}

/** numerator ÷ denominator on the indicator's scale, for the computed column; null until it is defined. */
export function computedRatio(draft: EntryDraft, unit: IndicatorUnit): number | null {
  if (draft.numerator === null || draft.denominator === null) return null;
  return ratioValue(draft.numerator, draft.denominator, unit);
}

/**
 * The shared rule the API applies, run while typing. An empty row that was never saved has nothing to
 * check (it is simply not sent); period problems cannot come from the grid, which only lists valid periods.
 */
export function rowProblems(draft: EntryDraft, entry: Entry, period: string, planYear: number): RowProblems {
  const empty = draft.value === null && draft.numerator === null && draft.denominator === null;
  if (empty && !entry.measurement) return {};
  const problems: RowProblems = {};
  const ratio = isRatio(entry);
  for (const problem of validateMeasurement({
    unit: entry.indicator.unit,
    aggregation: entry.indicator.aggregation,
    // For RATIO the value is derived on save, so only the parts are checked.
    value: ratio ? null : draft.value,
    numerator: draft.numerator,
    denominator: draft.denominator,
    period,
    planYear,
    frequency: entry.indicator.frequency,
  })) {
    if (problem.field === 'period') continue;
    problems[problem.field] ??= problem.code;
  }
  return problems;
}

export function hasProblems(problems: RowProblems): boolean {
  return Object.keys(problems).length > 0;
}

/** The recordMeasurement input of a changed row; an existing figure sends its version (optimistic lock). */
export function toRecordInput(
  draft: EntryDraft,
  entry: Entry,
  agencyId: string,
  period: string,
): RecordMeasurementInput {
  const input: RecordMeasurementInput = { indicatorId: entry.indicator.id, agencyId, period };
  if (isRatio(entry)) {
    input.numerator = draft.numerator;
    input.denominator = draft.denominator;
  } else {
    input.value = draft.value;
  }
  input.note = draft.note.trim() || null;
  if (entry.measurement) input.version = entry.measurement.version;
  return input;
}

/** Saved figures that can be handed in: drafts and returned ones, without unsaved edits on screen. */
export function submittableIds(
  entries: readonly Entry[],
  drafts: Readonly<Record<string, EntryDraft>>,
): string[] {
  const changed = new Set(changedEntries(entries, drafts).map((entry) => entry.indicator.id));
  return entries.flatMap((entry) => {
    const m = entry.measurement;
    const open = m?.status === MeasurementStatus.DRAFT || m?.status === MeasurementStatus.RETURNED;
    return m && open && !changed.has(entry.indicator.id) ? [m.id] : [];
  });
}

const ROW_FIELDS: readonly EntryField[] = ['value', 'numerator', 'denominator', 'note'];

/**
 * An API failure of one row: field messages (extensions.fields) beside their inputs, the rest on the row.
 * `message` is the screen's reading of the whole error (localised, with our text for CONFLICT/network).
 */
export function rowApiError(error: unknown, message: string): RowApiError {
  const apiError = toApiError(error);
  const fields: RowApiError['fields'] = {};
  const rest: string[] = [];
  for (const { field, message } of apiError.fieldErrors) {
    const name = formFieldOf(field) as EntryField;
    if (ROW_FIELDS.includes(name)) fields[name] = fields[name] ? `${fields[name]} ${message}` : message;
    else rest.push(message);
  }
  if (apiError.fieldErrors.length === 0) rest.push(message);
  return { fields, general: rest.length > 0 ? rest.join(' ') : null };
}
