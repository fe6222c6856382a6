import { Agency } from '../../../src/agencies/agency.entity';
import { specOf } from './all-specs';
import { Attempt, Verdict } from './runner';
import { CALLERS, CallerName, ProvinceAgencies, World } from './world';

/** One caller acting on one object, where only the object's place decides the verdict. */
export interface ScopeCase {
  mutation: string;
  /** What the case shows, e.g. "officer of another agency". */
  label: string;
  caller: CallerName;
  expected: Verdict;
  arrange: (w: World) => Attempt | Promise<Attempt>;
}

type Place = `${'p' | 'q'}.${keyof ProvinceAgencies}`;

export const placeOf = (w: World, place: Place): Agency => {
  const [province, key] = place.split('.') as ['p' | 'q', keyof ProvinceAgencies];
  return w[province][key];
};

/** The mutation's usual call, on a fresh object of the agency at `place`. */
export function onPlace(
  mutation: string,
  label: string,
  caller: CallerName,
  place: Place,
  expected: Verdict,
) {
  return {
    mutation,
    label,
    caller,
    expected,
    arrange: (w: World) => specOf(mutation).on(w, placeOf(w, place), CALLERS[caller].role),
  };
}

export const OTHER_PROVINCE = 'coordinator of another province';
export const ADMIN_ANYWHERE = 'admin, in any province';

/** Province-wide mutations (coordinators and admins): the other province is invisible, the admin's is all. */
export const provinceWide = (mutation: string, caller: CallerName = 'qCoordinator'): ScopeCase[] => [
  onPlace(
    mutation,
    caller === 'qCoordinator' ? OTHER_PROVINCE : 'caller of another province',
    caller,
    'p.d1',
    'NOT_FOUND',
  ),
  onPlace(mutation, ADMIN_ANYWHERE, 'admin', 'q.d1', 'OK'),
];

/**
 * Mutations of an agency's own work (tasks, figures, reports): the agency's officers, managers above it,
 * coordinators of the province (except reports) and admins; another agency is refused, another province
 * unseen.
 */
export const agencyWork = (mutation: string, { coordinator }: { coordinator: Verdict }): ScopeCase[] => [
  onPlace(mutation, 'officer of another agency', 'officerStc', 'p.d1', 'FORBIDDEN'),
  onPlace(mutation, 'manager, for a commune below his district', 'manager', 'p.c1', 'OK'),
  onPlace(mutation, 'officer of the district, for a commune below', 'officer', 'p.c1', 'FORBIDDEN'),
  onPlace(mutation, 'officer of a commune, for the district above', 'officerC1', 'p.d1', 'FORBIDDEN'),
  onPlace(mutation, 'coordinator, for an agency of his province', 'coordinator', 'p.c1', coordinator),
  onPlace(mutation, 'officer of another province', 'qOfficer', 'p.d1', 'NOT_FOUND'),
  onPlace(mutation, "an officer's API key, own agency", 'officerKey', 'p.d1', 'OK'),
  onPlace(mutation, "an officer's API key, another agency", 'officerKey', 'p.stc', 'FORBIDDEN'),
  onPlace(mutation, "an officer's API key, another province", 'officerKey', 'q.d1', 'NOT_FOUND'),
];
