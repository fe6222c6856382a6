import type { PeriodKind } from '../period/period.types';
import { IndicatorFrequency } from './indicator.enums';

/** The period kind an indicator is measured in: the enum's values are period kinds, so no table is needed. */
export function frequencyKind(frequency: IndicatorFrequency): PeriodKind {
  return frequency;
}
