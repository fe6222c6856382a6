/** What a measurement counts. BOOLEAN is stored as 1 (done) or 0 (not done) so it can share the rules. */
export enum IndicatorUnit {
  PERCENT = 'PERCENT',
  COUNT = 'COUNT',
  SCORE = 'SCORE',
  RANK = 'RANK',
  BOOLEAN = 'BOOLEAN',
}

/** Which side of the target is good; ranks use AT_MOST because a lower rank is better. */
export enum IndicatorDirection {
  AT_LEAST = 'AT_LEAST',
  AT_MOST = 'AT_MOST',
  EQUAL = 'EQUAL',
}

/**
 * How agency figures combine into a parent figure. RATIO sums numerators and denominators separately;
 * NONE marks figures that exist only at province level (a national rank) and never roll up.
 */
export enum IndicatorAggregation {
  RATIO = 'RATIO',
  SUM = 'SUM',
  AVERAGE = 'AVERAGE',
  MIN = 'MIN',
  MAX = 'MAX',
  NONE = 'NONE',
}

/** How often agencies enter a measurement; the values match `PeriodKind`, so a frequency is a period kind. */
export enum IndicatorFrequency {
  QUARTER = 'QUARTER',
  HALF_YEAR = 'HALF_YEAR',
  YEAR = 'YEAR',
}

/** Review lifecycle of one measurement. RETURNED goes back to the agency for correction. */
export enum MeasurementStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
}

/** Derived, never stored: see `indicatorStatus`. */
export enum IndicatorStatus {
  ACHIEVED = 'ACHIEVED',
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  OFF_TRACK = 'OFF_TRACK',
  NO_DATA = 'NO_DATA',
}

/**
 * Lifecycle of an indicator definition. Drafts (typed in, or extracted from a plan's Part I) take no
 * figures until a coordinator confirms them; archived ones keep their history but take no new figures.
 */
export enum IndicatorState {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  ARCHIVED = 'ARCHIVED',
}

/** What a coordinator does with a submitted figure. */
export enum MeasurementDecision {
  APPROVE = 'APPROVE',
  RETURN = 'RETURN',
}
