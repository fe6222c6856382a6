import type { DraftAggregation } from './indicator-draft.types';

/**
 * Indicators the national reform programme (Resolution 76/NQ-CP) has every province restate in its yearly
 * plan. Recognising them gives a stable English key and a short name, so that next year's plan, worded a
 * little differently, lines up with this year's drafts. Patterns run on folded text (no diacritics), first
 * match wins, so narrower wordings come before broader ones.
 */
export interface IndicatorSubject {
  key: string;
  unit: 'PERCENT' | 'RANK';
  pattern: RegExp;
  name: string;
  aggregation: DraftAggregation;
  notes: readonly string[];
}

const SATISFACTION_RATIO =
  'RATIO assumes agencies report satisfied and total answers; propose AVERAGE if they report only a percentage';

function percent(
  key: string,
  pattern: RegExp,
  name: string,
  notes: readonly string[] = [],
): IndicatorSubject {
  return { key, unit: 'PERCENT', pattern, name, aggregation: 'RATIO', notes };
}

/* Rankings exist only for the province as a whole: nothing below it adds up to them. */
function rank(key: string, pattern: RegExp, name: string, notes: readonly string[] = []): IndicatorSubject {
  return { key, unit: 'RANK', pattern, name, aggregation: 'NONE', notes };
}

export const INDICATOR_SUBJECTS: readonly IndicatorSubject[] = [
  percent(
    'guidance-documents-reviewed',
    /van ban (huong dan|thi hanh).*ra soat/,
    'Tỷ lệ văn bản hướng dẫn, thi hành chủ trương, chính sách, pháp luật được rà soát, sửa đổi, bổ sung kịp thời',
  ),
  percent(
    'online-dossiers-level-3-4',
    /ho so.*dich vu cong truc tuyen/,
    'Tỷ lệ hồ sơ giải quyết theo dịch vụ công trực tuyến mức độ 3, 4',
  ),
  percent(
    'procedures-online-level-4',
    /thu tuc hanh chinh.*cung cap.*dich vu cong truc tuyen/,
    'Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến mức độ 4',
  ),
  percent(
    'key-sector-satisfaction',
    /hai long.*linh vuc/,
    'Mức độ hài lòng của người dân đối với lĩnh vực đất đai, xây dựng, đầu tư, y tế, giáo dục công lập',
    [
      SATISFACTION_RATIO,
      'Groups several sectors (land, construction, investment, health, public education); split per sector if they are surveyed separately',
    ],
  ),
  percent(
    'procedure-satisfaction',
    /hai long.*thu tuc hanh chinh/,
    'Mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính',
    [SATISFACTION_RATIO],
  ),
  percent(
    'officials-meeting-job-standards',
    /(can bo|cong chuc|vien chuc).*(tieu chuan|vi tri viec lam|khung nang luc)/,
    'Tỷ lệ cán bộ, công chức, viên chức đáp ứng tiêu chuẩn chức danh, vị trí việc làm và khung năng lực',
  ),
  percent(
    'electronic-work-records',
    /ho so cong viec.*moi truong (dien tu|mang)/,
    'Tỷ lệ hồ sơ công việc được xử lý trên môi trường điện tử',
  ),
  percent(
    'signed-electronic-documents',
    /van ban.*(ky so|dang dien tu)/,
    'Tỷ lệ văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử, được ký số',
  ),
  percent(
    'authenticated-online-transactions',
    /giao dich.*xac thuc dien tu/,
    'Tỷ lệ giao dịch trên Cổng dịch vụ công, Hệ thống thông tin một cửa điện tử được xác thực điện tử',
  ),
  percent(
    'identified-online-service-users',
    /dinh danh.*xac thuc|xac thuc.*dinh danh/,
    'Tỷ lệ người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến được định danh và xác thực thông suốt',
  ),
  percent(
    'procedure-lists-published',
    /danh muc thu tuc hanh chinh.*cong bo/,
    'Tỷ lệ danh mục thủ tục hành chính được công bố, cập nhật và giám sát thực hiện',
  ),
  percent(
    'government-tasks-completed',
    /nhiem vu (duoc )?chinh phu[a-z ]*giao(?![a-z])/,
    'Tỷ lệ hoàn thành nhiệm vụ được Chính phủ giao',
  ),
  rank(
    'par-index-rank',
    /chi so cai cach hanh chinh|par ?index/,
    'Xếp hạng Chỉ số cải cách hành chính (PAR Index)',
  ),
  rank('sipas-rank', /sipas|chi so hai long/, 'Xếp hạng Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)'),
  rank(
    'papi-rank',
    /papi|hieu qua quan tri va hanh chinh cong/,
    'Xếp hạng Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)',
  ),
  rank(
    'pci-rank',
    /(?<![a-z])pci(?![a-z])|nang luc canh tranh/,
    'Xếp hạng Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)',
  ),
  rank(
    'digital-government-rank',
    /chinh (quyen|phu) (dien tu|so)|chuyen doi so|(?<![a-z])dti(?![a-z])/,
    'Xếp hạng về chính quyền điện tử, chính quyền số',
    [
      'Names no index: the national ranking of provinces on digital government is the DTI (Chỉ số chuyển đổi số cấp tỉnh); confirm the measure',
    ],
  ),
];

export function findIndicatorSubject(unit: string, foldedSubject: string): IndicatorSubject | null {
  return INDICATOR_SUBJECTS.find((s) => s.unit === unit && s.pattern.test(foldedSubject)) ?? null;
}
