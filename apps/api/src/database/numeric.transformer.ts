import { ValueTransformer } from 'typeorm';

/**
 * `numeric` columns come back from pg as strings (to keep their precision); points with two decimals fit a
 * double exactly enough, and the rules that add them up work in whole hundredths anyway.
 */
export const numericTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
