/** Why a Part I text did not become a draft; fixed strings so that callers and tests can compare them. */
export const SKIP_REASON = {
  NO_PART_ONE: 'No Part I ("I. MỤC TIÊU, CHỈ TIÊU") found, so no targets were read',
  GENERAL_OBJECTIVE: 'General objective without a numeric target',
  QUALITATIVE:
    'No numeric target (qualitative); follow it through plan tasks, or add a yes/no indicator by hand',
  UNRECOGNISED_NUMBER:
    'Has numbers, but none reads as a percentage or rank target; check whether it is a count or score target',
} as const;

export type SkipReason = (typeof SKIP_REASON)[keyof typeof SKIP_REASON];
