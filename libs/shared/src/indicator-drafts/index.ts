// Names are prefixed so that `export *` from the shared barrel cannot clash with `../indicator/`.
export { extractIndicatorDrafts } from './indicator-draft.extractor';
export { recognizeTargetPhrases as recognizeIndicatorTargetPhrases } from './target-phrase.recognizer';
export type { TargetPhrase as IndicatorTargetPhrase } from './target-phrase.recognizer';
export { SKIP_REASON as INDICATOR_DRAFT_SKIP_REASON } from './skip-reason.constants';
export type { SkipReason as IndicatorDraftSkipReason } from './skip-reason.constants';
export type {
  DraftAggregation,
  DraftDirection,
  DraftLevel,
  DraftLevelTargets,
  DraftUnit,
  IndicatorDraft,
  IndicatorDraftExtraction,
  SkippedPartOneText,
} from './indicator-draft.types';
