import type { PlanParseProblem } from './plan-document.types';
import { planProblem } from './plan-problems';

function missingRange(prefix: string, from: number, to: number): string {
  return from === to ? `${prefix}.${from} is` : `${prefix}.${from}–${prefix}.${to} are`;
}

/**
 * Checks that each numbering series (1.x, 2.x, 3.x, DA.x) runs 1, 2, 3 … in document order. A series
 * that starts late is reported like any other gap: in the seed, 1.1–1.2, 2.1–2.3 and 3.1–3.5 (the rows
 * of area I above 1.3) are missing from the copy, not renumbered.
 */
export class CodeSequence {
  private readonly last = new Map<string, number>();
  private readonly seen = new Set<string>();

  check(prefix: string, number: number, line: number): PlanParseProblem[] {
    const code = `${prefix}.${number}`;
    const last = this.last.get(prefix) ?? 0;
    this.last.set(prefix, Math.max(last, number));
    if (this.seen.has(code)) {
      return [planProblem('DUPLICATE_CODE', line, `Code ${code} is used twice`, code)];
    }
    this.seen.add(code);
    if (number <= last) {
      return [planProblem('CODE_OUT_OF_ORDER', line, `${code} comes after ${prefix}.${last}`, code)];
    }
    if (number > last + 1) {
      const message = `${missingRange(prefix, last + 1, number - 1)} missing before ${code}`;
      return [planProblem('NUMBERING_GAP', line, message, code)];
    }
    return [];
  }
}
