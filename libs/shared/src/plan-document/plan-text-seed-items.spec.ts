import { PlanItemKind, ProductType } from '../plan/plan.enums';
import type { ParsedPlanItem } from './plan-document.types';
import { ALL_LOCAL, loadSeedText, NO_CELLS } from './plan-seed.test-helper';
import { parsePlanText } from './plan-text.parser';

/** Items copied field by field from the seed text; the first column says what each one exercises. */
const SAMPLES: ReadonlyArray<[string, ParsedPlanItem]> = [
  [
    'first row: " \\t1.3:", before any area heading (area I heading missing from the copy)',
    {
      ...NO_CELLS,
      line: 118,
      kind: PlanItemKind.RESULT,
      code: '1.3',
      parentCode: null,
      title: 'Hoàn thành 100% Kế hoạch công tác theo dõi thi hành pháp luật năm 2021 của UBND tỉnh',
      areaCode: null,
    },
  ],
  [
    'activity with no task row',
    {
      ...NO_CELLS,
      line: 119,
      kind: PlanItemKind.ACTIVITY,
      code: '2.4',
      parentCode: '1.3',
      title: 'Triển khai kế hoạch theo dõi tình hình thi hành pháp luật',
      areaCode: null,
    },
  ],
  [
    'first task, after "Cải cách thủ tục hành chính" ×7; all five cells',
    {
      line: 129,
      kind: PlanItemKind.TASK,
      code: '3.6',
      parentCode: '2.5',
      title:
        'Rà soát, thực hiện cắt giảm thời gian giải quyết TTHC thuộc thẩm quyền giải quyết của các Sở, ban, ngành, Ủy ban nhân dân huyện, thị xã, thành phố',
      areaCode: 'II',
      productText: 'Quyết định',
      productType: ProductType.DECISION,
      leadText: 'Văn phòng Ủy ban nhân dân tỉnh',
      coordinatorText: 'Các Sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố',
      dueLabel: '2022',
      dueDate: '2022-12-31',
      fundingText: 'Kinh phí chi thường xuyên',
    },
  ],
  [
    'digital-data product, three lead agencies in one cell',
    {
      line: 149,
      kind: PlanItemKind.TASK,
      code: '3.9',
      parentCode: '2.8',
      title:
        'Triển khai theo Kế hoạch số 8079/KH-UBND ngày 12/11/2021 Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực thuộc thẩm quyền giải quyết của các cơ quan, đơn vị, địa phương trên địa bàn tỉnh Quảng Nam, giai đoạn 2021-2025 của Ủy ban nhân dân tỉnh',
      areaCode: 'II',
      productText: 'Dữ liệu số hóa',
      productType: ProductType.DIGITAL_DATA,
      leadText: 'Văn phòng Ủy ban nhân dân tỉnh, Sở Nội vụ, Sở Thông tin và Truyền thông',
      coordinatorText: 'Sở, ban ngành liên quan; Ủy ban nhân dân cấp huyện.',
      dueLabel: '2022',
      dueDate: '2022-12-31',
      fundingText: 'Kinh phí dự án chính quyền điện tử, chính quyền số',
    },
  ],
  [
    'after numeral "III" and ×8 heading; a group in the lead column, kept as written',
    {
      line: 175,
      kind: PlanItemKind.TASK,
      code: '3.11',
      parentCode: '2.10',
      title:
        'Thực hiện theo Nghị định số 107/2020/NĐ-CP, Nghị định số 108/2020/NĐ-CP của Chính phủ và hướng dẫn của Bộ, ngành Trung ương',
      areaCode: 'III',
      productText: 'Quyết định của UBND tỉnh; UBND cấp huyện',
      productType: ProductType.DECISION,
      leadText: 'Các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố',
      coordinatorText: 'Sở Nội vụ',
      dueLabel: '2022',
      dueDate: '2022-12-31',
      fundingText: 'Kinh phí chi thường xuyên',
    },
  ],
  [
    'lead cell empty (a no-break space)',
    {
      ...NO_CELLS,
      line: 230,
      kind: PlanItemKind.TASK,
      code: '3.17',
      parentCode: '2.14',
      title: 'Báo cáo kết quả đào tạo, bồi dưỡng',
      areaCode: 'IV',
      productText: 'Báo cáo',
      productType: ProductType.REPORT,
      coordinatorText: ALL_LOCAL,
      dueLabel: 'Quý IV',
      dueDate: '2022-12-31',
    },
  ],
  [
    'code without a colon ("3.18 Quy định …")',
    {
      ...NO_CELLS,
      line: 236,
      kind: PlanItemKind.TASK,
      code: '3.18',
      parentCode: '2.15',
      title:
        'Quy định danh mục và thời hạn định kỳ chuyển đổi vị trí công tác đối với công chức, viên chức theo hướng dẫn của bộ, ngành trung ương.',
      areaCode: 'IV',
      productText: 'Quyết định',
      productType: ProductType.DECISION,
      leadText: ALL_LOCAL,
      coordinatorText: 'Sở Nội vụ',
      dueLabel: '2022',
      dueDate: '2022-12-31',
    },
  ],
  [
    'activity right after page number 20',
    {
      ...NO_CELLS,
      line: 271,
      kind: PlanItemKind.ACTIVITY,
      code: '2.18',
      parentCode: '1.10',
      title:
        'Đẩy mạnh xã hội hóa, tăng cường các biện pháp khuyến khích đầu tư theo hình thức đối tác công tư (PPP)',
      areaCode: 'V',
    },
  ],
];

describe('parsePlanText on the seed: items of areas I–V, field by field', () => {
  const byCode = new Map(parsePlanText(loadSeedText()).items.map((i) => [i.code, i]));

  it.each(SAMPLES)('%s', (_what, expected) => {
    expect(byCode.get(expected.code)).toEqual(expected);
  });
});
