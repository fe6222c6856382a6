import { bodySpan, splitClauses, trimSpan, type TextSpan } from './clause.splitter';
import { draftOfLevelGroup, draftsOfSegment, type LineText } from './indicator-draft.builder';
import type { IndicatorDraft, IndicatorDraftExtraction, SkippedPartOneText } from './indicator-draft.types';
import { scanPartOne, type PartOneLine } from './part-one.scanner';
import { SKIP_REASON, type SkipReason } from './skip-reason.constants';
import { recognizeTargetPhrases } from './target-phrase.recognizer';
import { groupByLevel, isLevelGroup, segmentClause } from './target-segment.splitter';

/* Numbers that are never targets: document numbers ("76/NQ-CP", "19/6/2015"), years, service levels. */
const NOT_A_TARGET = /\d+(\/[\w-]+)+|(?<!\d)(19|20)\d{2}(?!\d)|muc do \d+(,\s*(muc do )?\d+)*/g;

function hasOtherNumber(folded: string): boolean {
  return /\d/.test(folded.replace(NOT_A_TARGET, ''));
}

function skip(source: PartOneLine, span: TextSpan): SkippedPartOneText {
  const folded = source.folded.slice(span.start, span.end);
  let reason: SkipReason = SKIP_REASON.QUALITATIVE;
  if (source.section === 'GENERAL') reason = SKIP_REASON.GENERAL_OBJECTIVE;
  else if (hasOtherNumber(folded)) reason = SKIP_REASON.UNRECOGNISED_NUMBER;
  return { line: source.line, text: source.text.slice(span.start, span.end), reason };
}

function draftsOfClause(source: LineText, clause: TextSpan): IndicatorDraft[] {
  const phrases = recognizeTargetPhrases(source.text.slice(clause.start, clause.end));
  const segments = segmentClause(source.folded, clause, phrases);
  return groupByLevel(source.folded, segments).flatMap((item) =>
    isLevelGroup(item) ? [draftOfLevelGroup(source, item)] : draftsOfSegment(source, item),
  );
}

function readLine(source: PartOneLine): IndicatorDraftExtraction {
  const clauses = splitClauses(source.text, source.folded).map((clause) => ({
    clause,
    drafts: draftsOfClause(source, clause),
  }));
  if (clauses.every((c) => c.drafts.length === 0)) {
    // Nothing to propose: the reviewer sees the whole line once rather than clause by clause.
    return { drafts: [], skipped: [skip(source, trimSpan(source.folded, bodySpan(source.text)))] };
  }
  return {
    drafts: clauses.flatMap((c) => c.drafts),
    skipped: clauses.filter((c) => c.drafts.length === 0).map((c) => skip(source, c.clause)),
  };
}

/**
 * Keys must not collide within one extraction; a repeated subject keeps its key on the first draft and
 * numbers the later ones, in document order, so the result stays the same for the same text.
 */
function withUniqueKeys(drafts: readonly IndicatorDraft[]): IndicatorDraft[] {
  const seen = new Map<string, number>();
  return drafts.map((draft) => {
    const count = (seen.get(draft.key) ?? 0) + 1;
    seen.set(draft.key, count);
    if (count === 1) return draft;
    const note = 'Another target of this plan has the same subject; the key was numbered to keep it unique';
    return { ...draft, key: `${draft.key}-${count}`, notes: [...draft.notes, note] };
  });
}

/**
 * Reads Part I ("I. MỤC TIÊU, CHỈ TIÊU") of a plan's text and proposes one indicator draft per
 * quantified target. Drafts are proposals for the coordinator; nothing here makes them active.
 */
export function extractIndicatorDrafts(content: string): IndicatorDraftExtraction {
  const lines = scanPartOne(content);
  if (lines === null)
    return { drafts: [], skipped: [{ line: 0, text: '', reason: SKIP_REASON.NO_PART_ONE }] };
  const read = lines.map(readLine);
  return {
    drafts: withUniqueKeys(read.flatMap((r) => r.drafts)),
    skipped: read.flatMap((r) => r.skipped),
  };
}
