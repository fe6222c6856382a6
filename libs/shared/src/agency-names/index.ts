export * from './agency-name-resolver';
export { tokenizeAgencyText, phraseWords } from './agency-name-tokenizer';
export type { AgencyToken, AgencyTokenKind, AgencyTextSegment } from './agency-name-tokenizer';
export { CONFIDENCE_DERIVED, CONFIDENCE_EXACT, CONFIDENCE_PREFIX } from './agency-name-key-table';
