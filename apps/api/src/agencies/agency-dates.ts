// Building an Intl formatter is costly (the benchmark showed it per field); one instance serves every call.
const VIETNAM_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });

/** Today as YYYY-MM-DD in Vietnam's time zone, where the users are. */
export function todayInVietnam(now: Date = new Date()): string {
  return VIETNAM_DAY.format(now);
}

export function isValidOn(agency: { validFrom: string; validTo: string | null }, day: string): boolean {
  return agency.validFrom <= day && (agency.validTo === null || agency.validTo > day);
}

/** SQL condition for "valid on :asOf" on an agency alias. */
export function validOnCondition(alias: string, param = 'asOf'): string {
  return `(${alias}.valid_from <= :${param} AND (${alias}.valid_to IS NULL OR ${alias}.valid_to > :${param}))`;
}
