import { trimSpan, type TextSpan } from './clause.splitter';
import type { DraftLevel } from './indicator-draft.types';
import type { TargetPhrase } from './target-phrase.recognizer';

/** The part of a clause one target phrase governs; offsets are those of the line. */
export interface TargetSegment extends TextSpan {
  phrase: TargetPhrase;
}

/** Several targets of one thing, one per administrative level ("80% … tại tỉnh, 70% … cấp huyện, 40% … cấp xã"). */
export interface LevelGroup extends TextSpan {
  segments: Array<TargetSegment & { level: DraftLevel }>;
}

const LIST_SEPARATOR = /,\s|\sva\s/g;

const LEVEL_PATTERNS: ReadonlyArray<[DraftLevel, RegExp]> = [
  ['PROVINCE', /(?<![a-z])(tai|cap) tinh(?![a-z])/],
  ['DISTRICT', /(?<![a-z])(tai|cap) huyen(?![a-z])/],
  ['COMMUNE', /(?<![a-z])(tai|cap) xa(?![a-z])/],
];

function shift(phrase: TargetPhrase, by: number): TargetPhrase {
  return { ...phrase, start: phrase.start + by, end: phrase.end + by };
}

/** Where the text of `current` stops and that of `next` begins. */
function cutBetween(folded: string, current: TargetPhrase, next: TargetPhrase): number {
  // "… đạt 85% trở lên, …": the phrase closes its own subject.
  if (current.subjectFirst) return current.end;
  // "80% hồ sơ … tại tỉnh, 70% …": the subject runs on to the last list separator before the next target.
  const between = folded.slice(current.end, next.start);
  const separators = [...between.matchAll(LIST_SEPARATOR)];
  const last = separators[separators.length - 1];
  return last === undefined ? next.start : current.end + last.index;
}

/**
 * Gives each target phrase of a clause its own span of text. `phrases` were recognised on the clause
 * text alone, so their offsets are shifted to the line's.
 */
export function segmentClause(
  folded: string,
  clause: TextSpan,
  phrases: readonly TargetPhrase[],
): TargetSegment[] {
  const inLine = phrases.map((p) => shift(p, clause.start));
  return inLine.map((phrase, index) => {
    const start = index === 0 ? clause.start : cutBetween(folded, inLine[index - 1], phrase);
    const next = inLine[index + 1];
    const end = next === undefined ? clause.end : cutBetween(folded, phrase, next);
    return { ...trimSpan(folded, { start, end }), phrase };
  });
}

/** The one level a segment's wording names, or null for none or several ("cấp huyện, cấp xã"). */
export function levelOf(folded: string, segment: TargetSegment): DraftLevel | null {
  const subject =
    folded.slice(segment.start, segment.phrase.start) + folded.slice(segment.phrase.end, segment.end);
  const levels = LEVEL_PATTERNS.filter(([, pattern]) => pattern.test(subject)).map(([level]) => level);
  return levels.length === 1 ? levels[0] : null;
}

/**
 * Splits a clause's segments into single targets and level groups: a run of two or more percentages
 * that each name a different single level is one indicator with a target per level.
 */
export function groupByLevel(
  folded: string,
  segments: readonly TargetSegment[],
): Array<TargetSegment | LevelGroup> {
  const result: Array<TargetSegment | LevelGroup> = [];
  let run: LevelGroup['segments'] = [];
  const flush = () => {
    if (run.length >= 2) result.push({ start: run[0].start, end: run[run.length - 1].end, segments: run });
    else result.push(...run);
    run = [];
  };
  for (const segment of segments) {
    const level = segment.phrase.unit === 'PERCENT' ? levelOf(folded, segment) : null;
    if (level === null || run.some((s) => s.level === level)) flush();
    if (level === null) result.push(segment);
    else run.push({ ...segment, level });
  }
  flush();
  return result;
}

export function isLevelGroup(item: TargetSegment | LevelGroup): item is LevelGroup {
  return 'segments' in item;
}
