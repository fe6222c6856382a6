import { PlanItemKind, ProductType } from '../plan/plan.enums';
import type { ParsedPlanItem } from './plan-document.types';
import { ALL_LOCAL_BAN, ALL_LOCAL_CAC, loadSeedText, NO_CELLS } from './plan-seed.test-helper';
import { parsePlanText } from './plan-text.parser';

/** Items copied field by field from the seed text; the first column says what each one exercises. */
const SAMPLES: ReadonlyArray<[string, ParsedPlanItem]> = [
  [
    'result whose title runs onto a second line at column 0',
    {
      ...NO_CELLS,
      line: 289,
      kind: PlanItemKind.RESULT,
      code: '1.11',
      parentCode: null,
      title:
        '100% văn bản trao đổi giữa các cơ quan nhà nước được thực hiện dưới dạng điện tử, được ký số bởi chữ ký số chuyên dùng (trừ văn bản mật), 80% hồ sơ công việc tại tỉnh, 70% hồ sơ công việc tại cấp huyện và 40% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước).\n' +
        '- Cổng Dịch vụ công, Hệ thống thông tin một cửa điện tử của tỉnh được kết nối, chia sẻ dữ liệu với Cổng Dịch vụ công quốc gia; 80% giao dịch trên các Cổng dịch vụ công và Hệ thống thông tin một cửa điện tử của các cấp được xác thực điện tử; 70% người dân và doanh nghiệp sử dụng dịch vụ công trực tuyến được định danh và xác thực thông suốt, hợp nhất trên tất cả các hệ thống của các cấp chính quyền thuộc tỉnh.',
      areaCode: 'VI',
    },
  ],
  [
    'coordinator cell empty (a no-break space)',
    {
      ...NO_CELLS,
      line: 303,
      kind: PlanItemKind.TASK,
      code: '3.24',
      parentCode: '2.20',
      title: 'Xây dựng hệ thống CSDL và chuyển đổi số ngành văn hóa tỉnh Quảng Nam',
      areaCode: 'VI',
      productText: 'Hệ thống cơ sở dữ liệu',
      productType: ProductType.DATABASE,
      leadText: 'Sở Văn hóa TT&DL',
      dueLabel: '2022',
      dueDate: '2022-12-31',
    },
  ],
  [
    'after page number 27 and the padding around it',
    {
      ...NO_CELLS,
      line: 329,
      kind: PlanItemKind.TASK,
      code: '3.28',
      parentCode: '2.20',
      title: 'Xây dựng hệ thống bản đồ GIS trong hoạt động xúc tiến đầu tư trên địa bàn tỉnh Quảng Nam',
      areaCode: 'VI',
      productText: 'Hệ thống cơ sở dữ liệu',
      productType: ProductType.DATABASE,
      leadText: 'Sở Kế hoạch và Đầu tư',
      coordinatorText: 'Các sở, ban, ngành, địa phương',
      dueLabel: '2022',
      dueDate: '2022-12-31',
    },
  ],
  [
    'unbalanced opening quote and a typo ("Ni vụ") kept as written',
    {
      ...NO_CELLS,
      line: 345,
      kind: PlanItemKind.TASK,
      code: '3.30',
      parentCode: '2.20',
      title:
        '“Xây dựng và vận hành hiệu quả hệ thống cơ sở dữ liệu về đất đai, xây dựng, đầu tư, y tế, cán bộ, công chức, viên chức; xây dựng cơ sở dữ liệu quản lý đối tượng và chính sách an sinh xã hội trên địa bàn tỉnh Quảng Nam (Phụ lục kèm Quyết định số 2768/QĐ-UBND ngày 09/10/2020 của UBND tỉnh Quảng Nam)',
      areaCode: 'VI',
      productText:
        'Phần mềm và cơ sở dữ liệu về đất đai, xây dựng, đầu tư, y tế, lao động - thương binh và xã hội, cán bộ, công chức, viên chức',
      productType: ProductType.DATABASE,
      leadText: 'Sở: TNMT, Xây dựng, KHĐT, Y tế, LĐTBXH, Ni vụ',
      coordinatorText: ALL_LOCAL_CAC,
      dueLabel: '2022',
      dueDate: '2022-12-31',
    },
  ],
  [
    'product cell over two lines, the second at column 0',
    {
      ...NO_CELLS,
      line: 392,
      kind: PlanItemKind.TASK,
      code: '3.34',
      parentCode: '2.23',
      title:
        'Tổng hợp số liệu, xây dựng báo cáo tự chấm điểm xác định Chỉ số cải cách hành chính tỉnh năm 2021 theo yêu cầu của Bộ Nội vụ.',
      areaCode: 'VII',
      productText: '- Các văn bản triển khai thực hiện\n- Báo cáo tự đánh giá của Ủy ban nhân dân tỉnh',
      productType: ProductType.REPORT,
      leadText: 'Sở Nội vụ',
      coordinatorText: ALL_LOCAL_CAC,
      dueLabel: 'Quý I',
      dueDate: '2022-03-31',
    },
  ],
  [
    'funding cell not starting with "Kinh phí"',
    {
      line: 417,
      kind: PlanItemKind.TASK,
      code: '3.38',
      parentCode: '2.23',
      title:
        'Triển khai Đề án ứng dụng Công nghệ thông tin trong đánh giá cải cách hành chính, đo lường sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước giai đoạn 2021-2025',
      areaCode: 'VII',
      productText: 'Văn bản chỉ đạo triển khai; Kế hoạch',
      productType: ProductType.PLAN,
      leadText: 'Sở Nội vụ',
      coordinatorText: ALL_LOCAL_BAN,
      dueLabel: '2022',
      dueDate: '2022-12-31',
      fundingText: 'Theo Đề án',
    },
  ],
  [
    'two quarters: due at the end of the later one',
    {
      line: 425,
      kind: PlanItemKind.TASK,
      code: '3.39',
      parentCode: '2.24',
      title: 'Kiểm tra việc thực hiện công tác cải cách hành chính nhà nước trên địa bàn tỉnh.',
      areaCode: 'VII',
      productText:
        'Kế hoạch; Quyết định của Ủy ban nhân dân tỉnh; Báo cáo kết quả kiểm tra; Kết luận kiểm tra',
      productType: ProductType.PLAN,
      leadText: 'Sở Nội vụ',
      coordinatorText: ALL_LOCAL_BAN,
      dueLabel: 'Quý II, III',
      dueDate: '2022-09-30',
      fundingText: 'Kinh phí cải cách hành chính năm 2022 bố trí trong dự toán Sở Nội vụ',
    },
  ],
  [
    'last item of Appendix I',
    {
      ...NO_CELLS,
      line: 438,
      kind: PlanItemKind.TASK,
      code: '3.41',
      parentCode: '2.25',
      title:
        '“Triển khai thực hiện Quyết định số 3441/QĐ-UBND ngày 24/11/2021 của Ủy ban nhân dân tỉnh ban hành Chương trình hành động thực hiện Nghị quyết số 16-NQ/TU ngày 14/10/2021 của Tỉnh ủy về đẩy mạnh cải cách hành chính trên địa bàn tỉnh giai đoạn 2021-2025, định hướng đến năm 2030',
      areaCode: 'VII',
      productText: 'Văn bản chỉ đạo triển khai; Kế hoạch',
      productType: ProductType.PLAN,
      leadText: 'Sở Nội vụ',
      coordinatorText: 'Các cơ quan, đơn vị liên quan',
      dueLabel: '2022',
      dueDate: '2022-12-31',
    },
  ],
  [
    'project due over two quarters with the year',
    {
      ...NO_CELLS,
      line: 465,
      kind: PlanItemKind.PROJECT,
      code: 'DA.2',
      parentCode: null,
      title:
        'Đề án mở rộng chuyển giao cho doanh nghiệp cung ứng dịch vụ bưu chính công ích đảm nhận một số nhiệm vụ hành chính công.',
      areaCode: null,
      productText: 'Quyết định Ủy ban nhân dân tỉnh',
      productType: ProductType.DECISION,
      leadText: 'Sở Thông tin và Truyền thông',
      coordinatorText: 'Các Sở, ban, ngành, UBND các huyện, thị xã, thành phố',
      dueLabel: 'Quý I, II/2022',
      dueDate: '2022-06-30',
    },
  ],
  [
    'last item of Appendix II',
    {
      ...NO_CELLS,
      line: 500,
      kind: PlanItemKind.PROJECT,
      code: 'DA.7',
      parentCode: null,
      title:
        'Đề án đẩy mạnh cải cách hành chính phục vụ phát triển du lịch Quảng Nam đến năm 2025 tầm nhìn đến năm 2030.',
      areaCode: null,
      productText: 'Quyết định Ủy ban nhân dân tỉnh',
      productType: ProductType.DECISION,
      leadText: 'Sở Văn hóa, Thể thao và Du lịch',
      coordinatorText: 'Các Sở, ban, ngành, UBND các huyện, thị xã, thành phố',
      dueLabel: 'Quý III/2022',
      dueDate: '2022-09-30',
    },
  ],
];

describe('parsePlanText on the seed: items of areas VI–VII and projects, field by field', () => {
  const byCode = new Map(parsePlanText(loadSeedText()).items.map((i) => [i.code, i]));

  it.each(SAMPLES)('%s', (_what, expected) => {
    expect(byCode.get(expected.code)).toEqual(expected);
  });
});
