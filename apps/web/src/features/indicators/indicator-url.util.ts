import { AgencyLevel, IndicatorState } from '@partrack/shared';

const ID = /^[\w-]{1,64}$/;

/** An id from the URL, or null when it is missing or could not be one (hand-edited addresses). */
export function idParam(params: URLSearchParams, name: string): string | null {
  const value = params.get(name);
  return value && ID.test(value) ? value : null;
}

/** A value from a closed list, or the fallback. */
export function enumParam<T extends string>(
  params: URLSearchParams,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = params.get(name);
  return allowed.find((candidate) => candidate === value) ?? fallback;
}

/**
 * A copy of the query string with `patch` applied; null, '' and the given defaults are left out so links
 * stay short. Filters live in the URL so a reload or a shared link shows the same screen.
 */
export function patchParams(
  params: URLSearchParams,
  patch: Readonly<Record<string, string | null | undefined>>,
  defaults: Readonly<Record<string, string>> = {},
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [name, value] of Object.entries(patch)) {
    if (value === null || value === undefined || value === '' || defaults[name] === value) next.delete(name);
    else next.set(name, value);
  }
  return next;
}

export const INDICATOR_STATES: readonly IndicatorState[] = [
  IndicatorState.ACTIVE,
  IndicatorState.DRAFT,
  IndicatorState.ARCHIVED,
];

/** Levels inside the province that report figures (the scoreboard's rows). */
export const REPORTING_LEVELS: readonly AgencyLevel[] = [
  AgencyLevel.PROVINCE,
  AgencyLevel.DISTRICT,
  AgencyLevel.COMMUNE,
];

/** Link to an indicator's detail, optionally for an agency subtree and a period (scoreboard cells). */
export function indicatorPath(
  id: string,
  options: { agency?: string | null; period?: string | null } = {},
): string {
  const query = patchParams(new URLSearchParams(), { agency: options.agency, period: options.period });
  const text = query.toString();
  return text ? `/indicators/${id}?${text}` : `/indicators/${id}`;
}
