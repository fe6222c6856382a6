/** Who a survey asks about: one agency's desk, a service sector, or the whole province. */
export enum SurveyScope {
  AGENCY = 'AGENCY',
  SECTOR = 'SECTOR',
  PROVINCE = 'PROVINCE',
}

/** Service sectors whose satisfaction target is lower in the plan (80 % instead of 85 %), plus the rest. */
export enum SurveySector {
  LAND = 'LAND',
  CONSTRUCTION = 'CONSTRUCTION',
  INVESTMENT = 'INVESTMENT',
  HEALTH = 'HEALTH',
  EDUCATION = 'EDUCATION',
  OTHER = 'OTHER',
}

export enum SurveyStatus {
  /** Being written: questions may change */
  DRAFT = 'DRAFT',
  /** Collecting answers: questions are frozen because results refer to them */
  OPEN = 'OPEN',
  /** No more answers */
  CLOSED = 'CLOSED',
}

/** Where an agency's counts came from: both XLSX shapes, the demo seed and the online form. */
export enum SurveyResultSource {
  /** One row per respondent, counted on import */
  RESPONDENTS = 'RESPONDENTS',
  /** Counts per question and answer level, as tallied elsewhere */
  COUNTS = 'COUNTS',
  /** Invented by the demo seed */
  DEMO = 'DEMO',
  /** Answered on the public online form, one submission at a time */
  ONLINE = 'ONLINE',
}

/** The two shapes of a results workbook. */
export enum SurveyImportShape {
  /** One row per respondent, a column per question holding 1–5 or nothing */
  RESPONDENTS = 'RESPONDENTS',
  /** One row per agency and question, with the number of answers at each level */
  COUNTS = 'COUNTS',
}
