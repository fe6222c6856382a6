import { SurveyScope } from '@partrack/shared';
import { CreateSurveyInput } from '../surveys/dto/survey.input';
import { DEMO_TITLE_SUFFIX } from './demo-common';

/**
 * A SAMPLE survey definition (Mẫu), modelled on the five aspects of SIPAS (access to the service, procedures,
 * civil servants, results, handling of feedback). Not an official questionnaire: a starting point to copy.
 */
export function sampleSurveyDefinition(year: number): Omit<CreateSurveyInput, 'provinceId'> {
  const aspects: [string, string, string[]][] = [
    [
      '1',
      'Tiếp cận dịch vụ',
      [
        'Nơi ngồi chờ tại Bộ phận một cửa có đủ chỗ ngồi',
        'Trang thiết bị phục vụ người dân, tổ chức đầy đủ',
        'Trang thiết bị dễ sử dụng',
      ],
    ],
    [
      '2',
      'Thủ tục hành chính',
      [
        'Thủ tục hành chính được niêm yết công khai đầy đủ',
        'Thành phần hồ sơ phải nộp đúng quy định',
        'Phí, lệ phí phải nộp đúng quy định',
      ],
    ],
    [
      '3',
      'Công chức trực tiếp giải quyết công việc',
      [
        'Công chức có thái độ giao tiếp lịch sự',
        'Công chức chú ý lắng nghe ý kiến của người dân, tổ chức',
        'Công chức hướng dẫn kê khai hồ sơ tận tình, chu đáo',
      ],
    ],
    [
      '4',
      'Kết quả giải quyết thủ tục hành chính',
      ['Kết quả đúng quy định', 'Kết quả có thông tin đầy đủ, chính xác', 'Nhận kết quả đúng hẹn'],
    ],
    [
      '5',
      'Tiếp nhận, xử lý ý kiến góp ý, phản ánh, kiến nghị',
      [
        'Có bố trí hình thức tiếp nhận góp ý, phản ánh, kiến nghị',
        'Góp ý, phản ánh, kiến nghị được tiếp nhận và xử lý tích cực',
      ],
    ],
  ];
  return {
    year,
    period: String(year),
    title: `Mẫu — Khảo sát sự hài lòng tại Bộ phận một cửa năm ${year} ${DEMO_TITLE_SUFFIX}`,
    scope: SurveyScope.PROVINCE,
    agencyId: null,
    questions: aspects.flatMap(([aspectCode, aspectTitle, texts]) =>
      texts.map((text, i) => ({ code: `${aspectCode}.${i + 1}`, aspectCode, aspectTitle, text })),
    ),
  };
}
