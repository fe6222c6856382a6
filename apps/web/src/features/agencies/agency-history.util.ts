import dayjs from 'dayjs';
import { LOCAL_DATE_FORMAT } from '../../app/format/formatters';
import type { AgencyVersionFieldsFragment } from '../../gql/graphql';

export type AgencyVersionRow = AgencyVersionFieldsFragment;

/** The API lists versions oldest first; people read a history from the latest change down. */
export function newestFirst(versions: readonly AgencyVersionRow[]): AgencyVersionRow[] {
  // effectiveFrom null ("since always") is the oldest; YYYY-MM-DD strings sort like the dates they hold.
  return [...versions].sort((a, b) => (b.effectiveFrom ?? '').localeCompare(a.effectiveFrom ?? ''));
}

/**
 * The version holding on `day` (YYYY-MM-DD). With `day` null ("since always") the earliest one: versions cover
 * all time with no gaps, so this is the one whose effectiveFrom is null.
 */
export function versionOn(
  versions: readonly AgencyVersionRow[],
  day: string | null,
): AgencyVersionRow | null {
  if (day === null) return versions.find((v) => v.effectiveFrom === null) ?? versions[0] ?? null;
  return (
    versions.find(
      (v) =>
        (v.effectiveFrom === null || v.effectiveFrom <= day) &&
        (v.effectiveTo === null || day < v.effectiveTo),
    ) ?? null
  );
}

/**
 * The last day a version's facts hold, or null while they still do. effectiveTo (and the agency's validTo) are
 * the first day that no longer holds; "đến 30/06/2025" reads as inclusive, so the day before is shown — showing
 * effectiveTo itself would make two consecutive periods seem to share a day.
 */
export function lastDayOf(version: AgencyVersionRow, agencyValidTo: string | null): string | null {
  const ends = [version.effectiveTo, agencyValidTo].filter((day): day is string => day !== null);
  if (ends.length === 0) return null;
  const end = ends.reduce((a, b) => (a < b ? a : b));
  return dayjs(end).subtract(1, 'day').format(LOCAL_DATE_FORMAT);
}
