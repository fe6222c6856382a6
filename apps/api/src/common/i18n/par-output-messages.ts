/**
 * What the PAR Index outputs (ranking XLSX, publication decision DOCX, scorecards) can say, Vietnamese first;
 * spread into the main table in messages.ts.
 */
export const PAR_OUTPUT_MESSAGES = {
  'parOutput.nothingToPublish': {
    vi: 'Kỳ đánh giá không có cơ quan nào thuộc nhóm sở, ban, ngành, UBND cấp huyện hoặc UBND cấp xã nên chưa có gì để công bố.',
    en: 'The cycle assesses no department, district or commune: there is nothing for a decision to publish.',
  },
} as const;
