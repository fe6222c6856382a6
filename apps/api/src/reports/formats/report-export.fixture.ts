// TEST DATA ONLY: an invented quarterly report of the Quảng Nam Department of Home Affairs, shaped like the
// real ones (standard 5-part outline), for the DOCX/XLSX export specs and visual checks. The figures,
// document numbers and the signer's name are made up; nothing here is used by the application.
import { ReportAppendixModel, ReportDocumentModel, ReportTable } from './report-document.model';

export const tasksByAreaTable: ReportTable = {
  caption: 'Bảng 1. Kết quả thực hiện nhiệm vụ cải cách hành chính theo lĩnh vực',
  columns: [
    'TT',
    'Lĩnh vực',
    'Tổng số nhiệm vụ',
    'Đã hoàn thành',
    'Đang thực hiện',
    'Chưa thực hiện',
    'Quá hạn',
  ],
  rows: [
    [1, 'Công tác chỉ đạo, điều hành cải cách hành chính', 6, 4, 2, 0, 0],
    [2, 'Cải cách thể chế', 5, 2, 3, 0, 0],
    [3, 'Cải cách thủ tục hành chính', 7, 3, 3, 1, 1],
    [4, 'Cải cách tổ chức bộ máy hành chính nhà nước', 4, 1, 3, 0, 0],
    [5, 'Cải cách chế độ công vụ', 4, 2, 1, 1, 0],
    [6, 'Cải cách tài chính công', 2, 0, 2, 0, 0],
    [7, 'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số', 4, 1, 2, 1, 1],
  ],
  totalRow: [null, 'Tổng cộng', 32, 13, 16, 3, 2],
};

export const proceduresTable: ReportTable = {
  caption: 'Bảng 2. Tình hình tiếp nhận, giải quyết hồ sơ thủ tục hành chính quý I năm 2022',
  columns: [
    'TT',
    'Lĩnh vực',
    'Tiếp nhận',
    'Đã giải quyết đúng hạn',
    'Đã giải quyết quá hạn',
    'Đang giải quyết',
  ],
  rows: [
    [1, 'Tổ chức bộ máy, công chức, viên chức', 312, 298, 0, 14],
    [2, 'Thi đua - khen thưởng', 1245, 1190, 3, 52],
    [3, 'Tôn giáo, tín ngưỡng', 86, 80, 0, 6],
    [4, 'Văn thư, lưu trữ', 41, 39, 0, 2],
  ],
  totalRow: [null, 'Tổng cộng', 1684, 1607, 3, 74],
};

export const indicatorsTable: ReportTable = {
  caption: 'Bảng 3. Một số chỉ tiêu Chính quyền điện tử, Chính quyền số',
  columns: ['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả quý I', 'Chỉ tiêu năm 2022', 'Đánh giá'],
  rows: [
    [
      '1',
      'Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình',
      '%',
      '42,5',
      '50',
      'Đang thực hiện',
    ],
    [
      '2',
      'Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình',
      '%',
      '61,3',
      '80',
      'Chưa đạt',
    ],
    ['3', 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', '%', '35', '50', 'Chưa đạt'],
    ['4', 'Tỷ lệ văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử', '%', '96,8', '90', 'Đạt'],
    ['5', 'Số cuộc họp trực tuyến của UBND tỉnh với cấp huyện', 'cuộc', '1.024', '3.000', 'Đang thực hiện'],
  ],
};

const section1 = `Ngay từ đầu năm, Sở Nội vụ đã tham mưu UBND tỉnh ban hành Kế hoạch cải cách hành chính nhà nước tỉnh Quảng Nam năm 2022 với **32 nhiệm vụ** cụ thể, phân công rõ cơ quan chủ trì, cơ quan phối hợp, thời hạn hoàn thành và sản phẩm đầu ra. Trong quý I, Sở đã tham mưu và triển khai các công việc sau:
- Ban hành Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2022 và Kế hoạch kiểm tra công tác cải cách hành chính năm 2022;
- Tổ chức Hội nghị triển khai nhiệm vụ cải cách hành chính năm 2022 với sự tham gia của lãnh đạo các sở, ban, ngành và UBND các huyện, thị xã, thành phố;
- Kiểm tra công tác cải cách hành chính tại 02 sở và 03 UBND cấp huyện; kết quả kiểm tra được thông báo kịp thời để các đơn vị khắc phục tồn tại.

Công tác theo dõi, đánh giá được thực hiện hằng tháng trên Hệ thống theo dõi nhiệm vụ cải cách hành chính của tỉnh; các cơ quan, đơn vị cập nhật tiến độ đúng thời hạn quy định.`;

const subsections: NonNullable<ReportDocumentModel['sections'][number]['subsections']> = [
  {
    heading: 'Cải cách thể chế',
    text: `Sở đã tham mưu UBND tỉnh ban hành 04 văn bản quy phạm pháp luật thuộc lĩnh vực nội vụ, đảm bảo đúng trình tự, thủ tục theo quy định của Luật Ban hành văn bản quy phạm pháp luật.
- Rà soát, hệ thống hóa 27 văn bản quy phạm pháp luật; kiến nghị bãi bỏ 02 văn bản không còn phù hợp;
- Tổ chức kiểm tra việc thi hành pháp luật về công tác thi đua, khen thưởng tại 03 đơn vị.`,
  },
  {
    heading: 'Cải cách thủ tục hành chính',
    text: `Sở đã trình Chủ tịch UBND tỉnh công bố **15 thủ tục hành chính** mới ban hành, sửa đổi, bổ sung thuộc lĩnh vực nội vụ. 100% thủ tục hành chính được niêm yết công khai tại Trung tâm Phục vụ hành chính công tỉnh và trên Cổng Dịch vụ công của tỉnh.
Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính trong quý như sau:`,
    tables: [proceduresTable],
  },
  {
    heading: 'Cải cách tổ chức bộ máy hành chính nhà nước',
    text: `Tiếp tục rà soát, sắp xếp tổ chức bộ máy theo Nghị quyết số 18-NQ/TW và Nghị quyết số 19-NQ/TW của Hội nghị Trung ương 6 khóa XII. Trong quý, đã thẩm định đề án sắp xếp các phòng chuyên môn của 02 sở và phương án giải thể 01 đơn vị sự nghiệp công lập không còn đủ điều kiện hoạt động.`,
  },
  {
    heading: 'Cải cách chế độ công vụ',
    text: `Triển khai xây dựng, cập nhật vị trí việc làm và cơ cấu ngạch công chức của các cơ quan hành chính cấp tỉnh, cấp huyện; tổ chức thi nâng ngạch công chức từ ngạch cán sự lên ngạch chuyên viên năm 2022.
- Tổ chức 02 lớp bồi dưỡng kiến thức quản lý nhà nước cho 210 công chức, viên chức;
- Tăng cường kỷ luật, kỷ cương hành chính; kiểm tra đột xuất việc chấp hành giờ giấc làm việc tại 05 cơ quan.`,
  },
  {
    heading: 'Cải cách tài chính công',
    text: `Các cơ quan, đơn vị tiếp tục thực hiện cơ chế tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính; ban hành, điều chỉnh quy chế chi tiêu nội bộ năm 2022. Sở phối hợp với Sở Tài chính hướng dẫn phương án tự chủ tài chính của các đơn vị sự nghiệp công lập giai đoạn 2022 - 2025.`,
  },
  {
    heading: 'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số',
    text: `Hệ thống quản lý văn bản và điều hành được sử dụng thống nhất từ tỉnh đến cấp xã; chữ ký số được sử dụng cho văn bản điện tử gửi, nhận giữa các cơ quan hành chính. Một số chỉ tiêu chủ yếu như sau:`,
    tables: [indicatorsTable],
  },
];

export const reportDocumentFixture: ReportDocumentModel = {
  issuer: { parentName: 'UBND tỉnh Quảng Nam', name: 'Sở Nội vụ' },
  number: '123/BC-SNV',
  symbol: 'BC-SNV',
  place: 'Quảng Nam',
  date: '2022-03-20',
  documentType: 'BÁO CÁO',
  summary: 'Kết quả thực hiện công tác cải cách hành chính quý I năm 2022',
  addressee: 'Ủy ban nhân dân tỉnh Quảng Nam',
  introduction: `Thực hiện Kế hoạch cải cách hành chính nhà nước tỉnh Quảng Nam năm 2022 và chế độ báo cáo định kỳ theo quy định, Sở Nội vụ báo cáo kết quả thực hiện công tác cải cách hành chính quý I năm 2022 như sau:`,
  sections: [
    { heading: 'Công tác chỉ đạo, điều hành', text: section1 },
    {
      heading: 'Kết quả thực hiện các nhiệm vụ cải cách hành chính',
      text: `Trong quý I năm 2022, các cơ quan, đơn vị đã hoàn thành **13/32 nhiệm vụ** (đạt 40,6%), 16 nhiệm vụ đang triển khai đúng tiến độ; còn 02 nhiệm vụ quá hạn. Kết quả theo từng lĩnh vực tại Bảng 1.`,
      tables: [tasksByAreaTable],
      subsections,
    },
    {
      heading: 'Đánh giá chung',
      subsections: [
        {
          heading: 'Ưu điểm',
          text: `Công tác cải cách hành chính được lãnh đạo Sở quan tâm chỉ đạo sát sao; các nhiệm vụ được triển khai sớm, đúng tiến độ. Chất lượng giải quyết thủ tục hành chính được nâng lên, **95,4% hồ sơ** được giải quyết trước và đúng hạn.`,
        },
        {
          heading: 'Tồn tại, hạn chế',
          text: `- Tỷ lệ hồ sơ trực tuyến toàn trình còn thấp so với chỉ tiêu năm;
- Việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn chậm;
- Còn 02 nhiệm vụ quá hạn chưa hoàn thành.`,
        },
        {
          heading: 'Nguyên nhân',
          text: `Hạ tầng công nghệ thông tin tại một số đơn vị chưa đồng bộ; một bộ phận người dân chưa quen sử dụng dịch vụ công trực tuyến; nhân lực làm công tác cải cách hành chính còn kiêm nhiệm nhiều việc.`,
        },
      ],
    },
    {
      heading: 'Nhiệm vụ trọng tâm quý II năm 2022',
      text: `- Tham mưu UBND tỉnh tổ chức xác định Chỉ số cải cách hành chính năm 2021 của các sở, ban, ngành và UBND cấp huyện;
- Đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình, phấn đấu đạt tỷ lệ 50% hồ sơ trực tuyến;
- Hoàn thành các nhiệm vụ quá hạn trong quý I; tiếp tục kiểm tra công tác cải cách hành chính tại 04 đơn vị.`,
    },
    {
      heading: 'Đề xuất, kiến nghị',
      text: `Đề nghị UBND tỉnh chỉ đạo các cơ quan, đơn vị bố trí đủ kinh phí cho việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; giao Sở Thông tin và Truyền thông hoàn thiện việc kết nối, chia sẻ dữ liệu giữa Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh với các cơ sở dữ liệu quốc gia.
Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính quý I năm 2022 của Sở Nội vụ./.`,
    },
  ],
  recipients: [
    'UBND tỉnh (báo cáo)',
    'Bộ Nội vụ (báo cáo)',
    'Giám đốc, các PGĐ Sở',
    'Các phòng, đơn vị thuộc Sở',
    'Lưu: VT, CCHC',
  ],
  signer: { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn An' },
  draftMark: null,
};

export const reportAppendixFixture: ReportAppendixModel = {
  title: 'Phụ lục: Kết quả thực hiện công tác cải cách hành chính quý I năm 2022',
  sheets: [
    { name: 'Nhiệm vụ theo lĩnh vực', table: tasksByAreaTable },
    { name: 'Thủ tục hành chính', table: proceduresTable },
    { name: 'Chỉ tiêu CQĐT, CQS', table: indicatorsTable },
  ],
};
