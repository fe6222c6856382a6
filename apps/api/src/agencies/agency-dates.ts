export function isValidOn(agency: { validFrom: string; validTo: string | null }, day: string): boolean {
  return agency.validFrom <= day && (agency.validTo === null || agency.validTo > day);
}

/** SQL condition for "valid on :asOf" on an agency alias. */
export function validOnCondition(alias: string, param = 'asOf'): string {
  return `(${alias}.valid_from <= :${param} AND (${alias}.valid_to IS NULL OR ${alias}.valid_to > :${param}))`;
}
