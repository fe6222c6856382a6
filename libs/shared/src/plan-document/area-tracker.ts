import type { ReformAreaCode } from '../plan/reform-areas';
import type { PlanParseProblem } from './plan-document.types';
import { planProblem } from './plan-problems';

export interface AreaEvent {
  problems: PlanParseProblem[];
  /** The line repeats the heading already in force (one copy per table column in the flattened PDF). */
  repeat: boolean;
}

/**
 * Follows the area rows of the table: a numeral line ("III") then the area name, repeated once per column.
 * The name decides the area; a numeral that disagrees with it is reported.
 */
export class AreaTracker {
  private current: ReformAreaCode | null = null;
  private numeral: { text: string; area: ReformAreaCode | null } | null = null;
  private headingSeen = false;
  private unknownHeading: string | null = null;

  get area(): ReformAreaCode | null {
    return this.current;
  }

  get lastUnknownHeading(): string | null {
    return this.unknownHeading;
  }

  /** An unknown numeral ("VIII") is not reported by itself: the name after it is, or the items are. */
  onNumeral(text: string, area: ReformAreaCode | null): void {
    this.current = area;
    this.numeral = { text, area };
    this.headingSeen = false;
    this.unknownHeading = null;
  }

  onHeading(text: string, area: ReformAreaCode, line: number): AreaEvent {
    if (this.headingSeen && area === this.current) return { problems: [], repeat: true };
    const problems: PlanParseProblem[] = [];
    if (this.numeral?.area && this.numeral.area !== area) {
      problems.push(
        planProblem(
          'AREA_MISMATCH',
          line,
          `"${text}" is area ${area} but follows numeral ${this.numeral.text}`,
        ),
      );
    }
    this.current = area;
    this.numeral = null;
    this.headingSeen = true;
    this.unknownHeading = null;
    return { problems, repeat: false };
  }

  /** A heading-like line naming no known area: items below keep the numeral's area, if any. */
  onUnknownHeading(text: string, line: number): AreaEvent {
    if (text === this.unknownHeading) return { problems: [], repeat: true };
    this.unknownHeading = text;
    this.current = this.numeral?.area ?? null;
    this.headingSeen = false;
    const message = `Area heading not recognised: "${text}"`;
    return { problems: [planProblem('UNKNOWN_AREA_HEADING', line, message)], repeat: false };
  }
}
