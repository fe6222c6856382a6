import type { ReformAreaCode } from '../plan/reform-areas';

/*
 * Local string unions with exactly the values of IndicatorUnit, IndicatorDirection and IndicatorAggregation
 * in `../indicator/`, which is still being written; they are meant to be unified with those enums later.
 */
export type DraftUnit = 'PERCENT' | 'COUNT' | 'SCORE' | 'RANK' | 'BOOLEAN';
export type DraftDirection = 'AT_LEAST' | 'AT_MOST' | 'EQUAL';
export type DraftAggregation = 'RATIO' | 'SUM' | 'AVERAGE' | 'MIN' | 'MAX' | 'NONE';
export type DraftLevel = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
export type DraftLevelTargets = Partial<Record<DraftLevel, number>>;

/** A proposed indicator read from Part I of a plan; the coordinator reviews it before it becomes one. */
export interface IndicatorDraft {
  /** Stable slug, so that re-extracting the same plan (or next year's) lines up with earlier drafts. */
  key: string;
  /** 1-based line of the source sentence. */
  line: number;
  /** The sentence or clause the draft comes from, as written (NFC, bullet marker and final stop removed). */
  sourceText: string;
  /** Short Vietnamese name. */
  name: string;
  unit: DraftUnit;
  /** Ranks are AT_MOST: a smaller rank is better. */
  direction: DraftDirection;
  target: number;
  /** Only for one target stated per administrative level ("80% … tại tỉnh, 70% … cấp huyện, 40% … cấp xã"). */
  levelTargets: DraftLevelTargets | null;
  aggregation: DraftAggregation;
  areaCode: ReformAreaCode | null;
  /** What the extractor was unsure about, for the reviewer. */
  notes: string[];
}

export interface SkippedPartOneText {
  /** 1-based; 0 when the entry is about the document as a whole (no Part I). */
  line: number;
  text: string;
  reason: string;
}

export interface IndicatorDraftExtraction {
  drafts: IndicatorDraft[];
  skipped: SkippedPartOneText[];
}
