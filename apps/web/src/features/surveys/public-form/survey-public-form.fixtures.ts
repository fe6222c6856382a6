import { SURVEY_LEVEL_LABELS, SURVEY_LEVELS, type PublicSurveyForm } from '@partrack/shared';

export const FORM_SURVEY_ID = '11111111-1111-4111-8111-111111111111';
export const FORM_AGENCY_ID = '22222222-2222-4222-8222-222222222222';

/** The public form as the API sends it: two aspects, three questions. */
export function publicSurveyForm(overrides: Partial<PublicSurveyForm> = {}): PublicSurveyForm {
  return {
    survey: { id: FORM_SURVEY_ID, title: 'Khảo sát sự hài lòng năm 2026', year: 2026, period: '2026-H1' },
    agency: { id: FORM_AGENCY_ID, name: 'UBND thành phố Tam Kỳ' },
    levels: SURVEY_LEVELS.map((level) => ({ level, ...SURVEY_LEVEL_LABELS[level] })),
    aspects: [
      {
        code: '1',
        title: 'Tiếp cận dịch vụ',
        questions: [
          { id: '33333333-3333-4333-8333-000000000001', code: '1.1', text: 'Nơi ngồi chờ có đủ chỗ ngồi' },
          { id: '33333333-3333-4333-8333-000000000002', code: '1.2', text: 'Có đủ chỉ dẫn' },
        ],
      },
      {
        code: '3',
        title: 'Công chức',
        questions: [
          { id: '33333333-3333-4333-8333-000000000003', code: '3.1', text: 'Công chức lắng nghe ý kiến' },
        ],
      },
    ],
    answeredToday: false,
    ...overrides,
  };
}
