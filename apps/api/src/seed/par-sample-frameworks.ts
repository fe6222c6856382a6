/**
 * SAMPLE PAR Index criteria frameworks (bộ tiêu chí mẫu), written for the demo and the tests.
 *
 * They are modelled on the structure of the national design (QĐ 876/QĐ-BNV: 8 areas, about a third of the
 * 100 points from sociological surveys) and on published provincial frameworks for departments and districts,
 * with a bonus/penalty area outside the 100 points. They are NOT an official framework: the wording, the
 * criteria and every point value here are invented for illustration. The official per-criterion point tables
 * are imported by each province for each year.
 */
import {
  DEFAULT_PAR_BANDS,
  PAR_LEVEL_ORDER,
  ParCriterionDefinition,
  ParDataRule,
  ParDataSource,
  ParFrameworkDefinition,
  ParScoringMethod,
  ParTargetGroup,
  ReformAreaCode,
} from '@partrack/shared';

type Item = ParCriterionDefinition;
/** A MANUAL leaf's choices as [label, points], the way a printed point table lists them. */
type Scale = readonly (readonly [label: string, points: number])[];

/** Level and parent follow from the code: "1" is an area, "1.2" a criterion, "1.2.3" a sub-criterion. */
function item(
  code: string,
  title: string,
  maxPoints: number,
  method: ParScoringMethod | null,
  extra: Partial<Item> = {},
): Item {
  const depth = code.split('.').length;
  return {
    code,
    parentCode: depth === 1 ? null : code.slice(0, code.lastIndexOf('.')),
    level: PAR_LEVEL_ORDER[depth - 1],
    title,
    maxPoints,
    method,
    ...extra,
  };
}

function area(code: string, title: string, maxPoints: number, ...children: (Item | Item[])[]): Item[] {
  return [item(code, title, maxPoints, null), ...children.flat()];
}

function criterion(code: string, title: string, maxPoints: number, ...subCriteria: Item[]): Item[] {
  return [item(code, title, maxPoints, null), ...subCriteria];
}

/** Scored by the agency on a scale, appraised by the council, with evidence. */
function manual(code: string, title: string, maxPoints: number, scale: Scale, guidance?: string): Item {
  return item(code, title, maxPoints, ParScoringMethod.MANUAL, {
    options: scale.map(([label, points]) => ({ label, points })),
    evidenceRequired: true,
    guidance: guidance ?? null,
  });
}

/** Like `manual`, for facts the council checks against its own records (no evidence to attach). */
function declared(code: string, title: string, maxPoints: number, scale: Scale, guidance?: string): Item {
  return { ...manual(code, title, maxPoints, scale, guidance), evidenceRequired: false };
}

/**
 * Computed by partrack from its own records by `rule`; without one (indicator figures, which no rule reads
 * yet) the council appraises the item.
 */
function data(code: string, title: string, maxPoints: number, guidance: string, rule?: ParDataRule): Item {
  return item(code, title, maxPoints, ParScoringMethod.DATA, {
    evidenceRequired: false,
    guidance,
    ...(rule ? { dataRule: rule } : {}),
  });
}

/**
 * Tasks led by the agency done on time: all of them for the maximum, 80 % for `half`, below nothing. The
 * area narrows them to one reform area of the plans, by the plans' own code (I = Cải cách thể chế).
 */
function tasksOnTime(maxPoints: number, half: number, areaCode: ReformAreaCode | null = null): ParDataRule {
  return {
    source: ParDataSource.TASKS_ON_TIME,
    areaCode,
    thresholds: [
      { atLeast: 100, points: maxPoints },
      { atLeast: 80, points: half },
    ],
  };
}

/**
 * Periodic reports sent on time. A year has four (quý I, 6 tháng, quý III, năm), so steps of 25 % take a
 * quarter of the points off for each late report.
 */
const REPORTS_ON_TIME: ParDataRule = {
  source: ParDataSource.REPORTS_ON_TIME,
  areaCode: null,
  thresholds: [
    { atLeast: 100, points: 1 },
    { atLeast: 75, points: 0.75 },
    { atLeast: 50, points: 0.5 },
    { atLeast: 25, points: 0.25 },
  ],
};
const REPORTS_GUIDANCE =
  'partrack tính từ ngày gửi các kỳ báo cáo định kỳ trong năm (quý I, 6 tháng, quý III, năm): tất cả đúng hạn được 1 điểm; từ 75% được 0,75 điểm; từ 50% được 0,5 điểm; từ 25% được 0,25 điểm (mỗi kỳ gửi chậm trừ 0,25 điểm); dưới 25% không có điểm.';

function survey(code: string, title: string, maxPoints: number, guidance: string): Item {
  return item(code, title, maxPoints, ParScoringMethod.SURVEY, { evidenceRequired: false, guidance });
}

function bonus(code: string, title: string, maxPoints: number, guidance: string): Item {
  return item(code, title, maxPoints, ParScoringMethod.BONUS, { evidenceRequired: true, guidance });
}

function penalty(code: string, title: string, maxPoints: number, guidance: string): Item {
  return item(code, title, maxPoints, ParScoringMethod.PENALTY, { evidenceRequired: false, guidance });
}

/** The usual "share of the plan completed" scale. */
function byPlan(maxPoints: number, middle: number): Scale {
  return [
    ['Hoàn thành 100% kế hoạch', maxPoints],
    ['Từ 80% đến dưới 100% kế hoạch', middle],
    ['Dưới 80% kế hoạch', 0],
  ];
}

const SURVEY_OFFICIALS =
  'Điều tra xã hội học: phiếu khảo sát lãnh đạo, công chức; điểm = điểm tối đa × tỷ lệ đánh giá tích cực.';
const SURVEY_SIPAS =
  'Điều tra xã hội học (SIPAS) đối với người dân, tổ chức đã giải quyết thủ tục hành chính; điểm = điểm tối đa × tỷ lệ hài lòng.';

/** Area 9, the same in both samples but for who is disciplined (công chức, viên chức / cán bộ, công chức). */
function bonusAndPenaltyArea(staff: string): Item[] {
  return area(
    '9',
    'Điểm thưởng, điểm trừ',
    6,
    criterion(
      '9.1',
      'Điểm thưởng',
      3,
      bonus(
        '9.1.1',
        'Mô hình, sáng kiến cải cách hành chính được bộ, ngành Trung ương hoặc Ủy ban nhân dân tỉnh công nhận, nhân rộng',
        1.5,
        'Tài liệu kiểm chứng: văn bản công nhận hoặc chỉ đạo nhân rộng mô hình, sáng kiến.',
      ),
      bonus(
        '9.1.2',
        'Tập thể, cá nhân được khen thưởng về thành tích trong công tác cải cách hành chính',
        1.5,
        'Tài liệu kiểm chứng: Quyết định khen thưởng.',
      ),
    ),
    criterion(
      '9.2',
      'Điểm trừ',
      3,
      penalty(
        '9.2.1',
        `${staff} bị xử lý kỷ luật do gây phiền hà, sách nhiễu trong giải quyết thủ tục hành chính`,
        1,
        'Trừ 0,5 điểm cho mỗi trường hợp, tối đa 1 điểm.',
      ),
      penalty(
        '9.2.2',
        'Bị Ủy ban nhân dân tỉnh phê bình bằng văn bản về công tác cải cách hành chính',
        1,
        'Trừ 0,5 điểm cho mỗi văn bản phê bình, tối đa 1 điểm.',
      ),
      penalty(
        '9.2.3',
        'Gửi báo cáo tự đánh giá, tài liệu kiểm chứng Chỉ số cải cách hành chính chậm so với thời hạn',
        1,
        'Trừ 1 điểm khi gửi chậm so với thời hạn của Sở Nội vụ.',
      ),
    ),
  );
}

const DEPARTMENT_SAMPLE: ParFrameworkDefinition = {
  name: 'Bộ tiêu chí mẫu – Sở, ban, ngành',
  targetGroup: ParTargetGroup.DEPARTMENT,
  totalPoints: 100,
  bands: [...DEFAULT_PAR_BANDS],
  criteria: [
    area(
      '1',
      'Công tác chỉ đạo, điều hành cải cách hành chính',
      13,
      criterion(
        '1.1',
        'Kế hoạch cải cách hành chính năm',
        2.5,
        manual(
          '1.1.1',
          'Ban hành Kế hoạch cải cách hành chính năm của cơ quan đúng thời hạn',
          0.5,
          [
            ['Ban hành đúng thời hạn', 0.5],
            ['Ban hành chậm so với thời hạn', 0.25],
            ['Không ban hành', 0],
          ],
          'Tài liệu kiểm chứng: Quyết định ban hành Kế hoạch cải cách hành chính năm của cơ quan (thời hạn theo kế hoạch của tỉnh, thường trước ngày 31/01).',
        ),
        manual(
          '1.1.2',
          'Kế hoạch xác định đầy đủ nhiệm vụ, sản phẩm, thời hạn hoàn thành và phân công trách nhiệm cụ thể',
          0.5,
          [
            ['Đạt yêu cầu', 0.5],
            ['Không đạt yêu cầu', 0],
          ],
          'Tài liệu kiểm chứng: Kế hoạch cải cách hành chính năm kèm phụ lục nhiệm vụ.',
        ),
        data(
          '1.1.3',
          'Tỷ lệ nhiệm vụ trong Kế hoạch cải cách hành chính năm được giao chủ trì hoàn thành đúng hạn',
          1.5,
          'partrack tính từ tiến độ các nhiệm vụ do cơ quan chủ trì: 100% đúng hạn được 1,5 điểm; từ 80% đến dưới 100% được 0,75 điểm; dưới 80% không có điểm.',
          tasksOnTime(1.5, 0.75),
        ),
      ),
      criterion(
        '1.2',
        'Báo cáo cải cách hành chính',
        1.5,
        data(
          '1.2.1',
          'Báo cáo cải cách hành chính định kỳ (quý, 6 tháng, năm) gửi đúng thời hạn',
          1,
          REPORTS_GUIDANCE,
          REPORTS_ON_TIME,
        ),
        manual(
          '1.2.2',
          'Báo cáo có đầy đủ nội dung, số liệu theo đề cương hướng dẫn',
          0.5,
          [
            ['Đầy đủ nội dung, số liệu', 0.5],
            ['Thiếu một số nội dung hoặc số liệu', 0.25],
            ['Không đạt yêu cầu', 0],
          ],
          'Tài liệu kiểm chứng: các báo cáo cải cách hành chính quý, 6 tháng, năm đã gửi Sở Nội vụ.',
        ),
      ),
      criterion(
        '1.3',
        'Kiểm tra công tác cải cách hành chính đối với các đơn vị trực thuộc',
        2,
        manual(
          '1.3.1',
          'Tỷ lệ đơn vị trực thuộc được kiểm tra công tác cải cách hành chính trong năm',
          1,
          [
            ['Từ 30% số đơn vị trở lên', 1],
            ['Dưới 30% số đơn vị', 0.5],
            ['Không tổ chức kiểm tra', 0],
          ],
          'Tài liệu kiểm chứng: Kế hoạch kiểm tra; báo cáo, thông báo kết luận kiểm tra. Cơ quan không có đơn vị trực thuộc được điểm tối đa.',
        ),
        manual(
          '1.3.2',
          'Xử lý các tồn tại, hạn chế phát hiện qua kiểm tra',
          1,
          [
            ['Xử lý hoặc kiến nghị xử lý 100% tồn tại', 1],
            ['Từ 80% đến dưới 100% tồn tại', 0.5],
            ['Dưới 80% tồn tại', 0],
          ],
          'Tài liệu kiểm chứng: văn bản chỉ đạo khắc phục; báo cáo kết quả khắc phục của đơn vị được kiểm tra.',
        ),
      ),
      manual(
        '1.4',
        'Thực hiện Kế hoạch tuyên truyền cải cách hành chính',
        1.5,
        byPlan(1.5, 0.75),
        'Tài liệu kiểm chứng: Kế hoạch tuyên truyền cải cách hành chính; tin, bài, chuyên mục đã đăng; báo cáo kết quả.',
      ),
      manual(
        '1.5',
        'Sáng kiến, giải pháp mới trong cải cách hành chính được áp dụng',
        1.5,
        [
          ['Có sáng kiến, giải pháp được cấp có thẩm quyền công nhận', 1.5],
          ['Có sáng kiến, giải pháp áp dụng nhưng chưa được công nhận', 0.75],
          ['Không có', 0],
        ],
        'Tài liệu kiểm chứng: Quyết định công nhận sáng kiến; báo cáo kết quả áp dụng.',
      ),
      manual(
        '1.6',
        'Thực hiện nhiệm vụ Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh giao',
        2,
        [
          ['Hoàn thành đúng hạn 100% nhiệm vụ', 2],
          ['Từ 80% đến dưới 100% nhiệm vụ hoàn thành đúng hạn', 1],
          ['Dưới 80% nhiệm vụ hoàn thành đúng hạn', 0],
        ],
        'Tài liệu kiểm chứng: số liệu theo dõi nhiệm vụ của Văn phòng Ủy ban nhân dân tỉnh; báo cáo kết quả thực hiện.',
      ),
      survey(
        '1.7',
        'Đánh giá của lãnh đạo, công chức về công tác chỉ đạo, điều hành cải cách hành chính của cơ quan',
        2,
        SURVEY_OFFICIALS,
      ),
    ),
    area(
      '2',
      'Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật',
      8,
      criterion(
        '2.1',
        'Xây dựng văn bản quy phạm pháp luật',
        3,
        manual(
          '2.1.1',
          'Tham mưu ban hành văn bản quy phạm pháp luật đúng tiến độ theo Chương trình xây dựng văn bản của Hội đồng nhân dân, Ủy ban nhân dân tỉnh',
          2,
          [
            ['100% văn bản đúng tiến độ', 2],
            ['Từ 80% đến dưới 100% văn bản đúng tiến độ', 1],
            ['Dưới 80% văn bản đúng tiến độ', 0],
          ],
          'Tài liệu kiểm chứng: danh mục văn bản được giao tham mưu; tờ trình; văn bản đã ban hành. Không được giao văn bản nào thì được điểm tối đa.',
        ),
        manual(
          '2.1.2',
          'Lấy ý kiến, đánh giá tác động của chính sách đối với dự thảo văn bản theo quy định',
          1,
          [
            ['Thực hiện đầy đủ', 1],
            ['Thực hiện chưa đầy đủ', 0],
          ],
          'Tài liệu kiểm chứng: văn bản lấy ý kiến; báo cáo đánh giá tác động; bản tổng hợp tiếp thu, giải trình.',
        ),
      ),
      criterion(
        '2.2',
        'Rà soát, hệ thống hóa văn bản quy phạm pháp luật',
        1.5,
        manual(
          '2.2.1',
          'Ban hành Kế hoạch rà soát, hệ thống hóa văn bản thuộc lĩnh vực quản lý',
          0.5,
          [
            ['Có ban hành', 0.5],
            ['Không ban hành', 0],
          ],
          'Tài liệu kiểm chứng: Kế hoạch rà soát, hệ thống hóa văn bản.',
        ),
        manual(
          '2.2.2',
          'Xử lý hoặc kiến nghị xử lý các văn bản được phát hiện qua rà soát',
          1,
          [
            ['Xử lý hoặc kiến nghị xử lý 100% văn bản', 1],
            ['Từ 80% đến dưới 100% văn bản', 0.5],
            ['Dưới 80% văn bản', 0],
          ],
          'Tài liệu kiểm chứng: báo cáo kết quả rà soát; văn bản kiến nghị sửa đổi, bổ sung, bãi bỏ.',
        ),
      ),
      data(
        '2.3',
        'Tỷ lệ nhiệm vụ cải cách thể chế trong Kế hoạch cải cách hành chính năm được giao chủ trì hoàn thành đúng hạn',
        1.5,
        'partrack tính từ tiến độ các nhiệm vụ thuộc lĩnh vực I (Cải cách thể chế) do cơ quan chủ trì, như rà soát văn bản, theo dõi thi hành pháp luật: 100% đúng hạn được 1,5 điểm; từ 80% đến dưới 100% được 0,75 điểm; dưới 80% không có điểm.',
        tasksOnTime(1.5, 0.75, 'I'),
      ),
      manual(
        '2.4',
        'Phổ biến, giáo dục pháp luật cho công chức và đối tượng quản lý',
        1,
        byPlan(1, 0.5),
        'Tài liệu kiểm chứng: Kế hoạch phổ biến, giáo dục pháp luật; báo cáo kết quả thực hiện.',
      ),
      survey(
        '2.5',
        'Đánh giá của công chức, tổ chức về chất lượng văn bản quy phạm pháp luật do cơ quan tham mưu ban hành',
        1,
        SURVEY_OFFICIALS,
      ),
    ),
    area(
      '3',
      'Cải cách thủ tục hành chính',
      14,
      criterion(
        '3.1',
        'Công bố, công khai thủ tục hành chính',
        2.5,
        manual(
          '3.1.1',
          'Tham mưu công bố danh mục thủ tục hành chính đúng thời hạn quy định',
          1,
          [
            ['100% danh mục công bố đúng thời hạn', 1],
            ['Từ 80% đến dưới 100% danh mục', 0.5],
            ['Dưới 80% danh mục', 0],
          ],
          'Tài liệu kiểm chứng: Quyết định công bố danh mục thủ tục hành chính của Chủ tịch Ủy ban nhân dân tỉnh; ngày hiệu lực của văn bản quy định thủ tục.',
        ),
        manual(
          '3.1.2',
          'Công khai đầy đủ, đúng quy định thủ tục hành chính trên Cổng Dịch vụ công và tại nơi tiếp nhận hồ sơ',
          1,
          [
            ['Đầy đủ, đúng quy định', 1],
            ['Chưa đầy đủ', 0],
          ],
          'Tài liệu kiểm chứng: ảnh chụp nơi niêm yết; đường dẫn trên Cổng Dịch vụ công.',
        ),
        manual(
          '3.1.3',
          'Ban hành quy trình nội bộ, quy trình điện tử giải quyết thủ tục hành chính',
          0.5,
          [
            ['100% thủ tục có quy trình được phê duyệt', 0.5],
            ['Dưới 100% thủ tục có quy trình', 0],
          ],
          'Tài liệu kiểm chứng: Quyết định phê duyệt quy trình nội bộ, quy trình điện tử.',
        ),
      ),
      manual(
        '3.2',
        'Rà soát, đơn giản hóa thủ tục hành chính',
        1.5,
        [
          ['Hoàn thành kế hoạch rà soát, có phương án đơn giản hóa được thông qua', 1.5],
          ['Hoàn thành kế hoạch rà soát, chưa có phương án được thông qua', 0.75],
          ['Không hoàn thành kế hoạch rà soát', 0],
        ],
        'Tài liệu kiểm chứng: Kế hoạch rà soát, báo cáo kết quả; Quyết định thông qua phương án đơn giản hóa.',
      ),
      criterion(
        '3.3',
        'Thực hiện cơ chế một cửa, một cửa liên thông',
        7,
        data(
          '3.3.1',
          'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn',
          3,
          'partrack lấy số liệu đo của chỉ tiêu về hồ sơ giải quyết đúng hạn: từ 98% trở lên được 3 điểm; từ 95% đến dưới 98% được 1,5 điểm; dưới 95% không có điểm.',
        ),
        manual(
          '3.3.2',
          'Thực hiện xin lỗi tổ chức, cá nhân đối với hồ sơ giải quyết quá hạn',
          0.5,
          [
            ['100% hồ sơ quá hạn có văn bản xin lỗi hoặc không có hồ sơ quá hạn', 0.5],
            ['Còn hồ sơ quá hạn chưa có văn bản xin lỗi', 0],
          ],
          'Tài liệu kiểm chứng: phiếu xin lỗi và hẹn lại ngày trả kết quả.',
        ),
        manual(
          '3.3.3',
          'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
          1.5,
          [
            ['100% hồ sơ, kết quả được số hóa', 1.5],
            ['Từ 50% đến dưới 100%', 0.75],
            ['Dưới 50%', 0],
          ],
          'Tài liệu kiểm chứng: số liệu thống kê từ Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.',
        ),
        manual(
          '3.3.4',
          'Cử công chức làm việc tại Trung tâm Phục vụ hành chính công tỉnh đúng quy định',
          1,
          [
            ['Đầy đủ, đúng quy định', 1],
            ['Chưa đầy đủ', 0],
          ],
          'Tài liệu kiểm chứng: Quyết định cử công chức; bảng theo dõi của Trung tâm Phục vụ hành chính công tỉnh.',
        ),
        manual(
          '3.3.5',
          'Tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích',
          1,
          [
            ['Có triển khai và hướng dẫn tổ chức, cá nhân sử dụng', 1],
            ['Không triển khai', 0],
          ],
          'Tài liệu kiểm chứng: số liệu hồ sơ tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích.',
        ),
      ),
      manual(
        '3.4',
        'Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính',
        1.5,
        [
          ['Xử lý đúng hạn 100% phản ánh, kiến nghị', 1.5],
          ['Có phản ánh, kiến nghị xử lý quá hạn', 0.75],
          ['Không xử lý', 0],
        ],
        'Tài liệu kiểm chứng: sổ theo dõi; văn bản trả lời phản ánh, kiến nghị. Không phát sinh phản ánh, kiến nghị thì được điểm tối đa.',
      ),
      manual(
        '3.5',
        'Thực hiện Kế hoạch kiểm soát thủ tục hành chính năm',
        1.5,
        byPlan(1.5, 0.75),
        'Tài liệu kiểm chứng: Kế hoạch kiểm soát thủ tục hành chính; báo cáo kết quả.',
      ),
    ),
    area(
      '4',
      'Cải cách tổ chức bộ máy hành chính nhà nước',
      7,
      criterion(
        '4.1',
        'Sắp xếp, kiện toàn tổ chức bộ máy',
        2.5,
        manual(
          '4.1.1',
          'Tham mưu ban hành quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của cơ quan theo quy định',
          1,
          [
            ['Đúng thời hạn, đúng quy định', 1],
            ['Chậm so với thời hạn', 0.5],
            ['Chưa tham mưu ban hành', 0],
          ],
          'Tài liệu kiểm chứng: Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức.',
        ),
        manual(
          '4.1.2',
          'Sắp xếp các phòng, đơn vị trực thuộc đáp ứng tiêu chí, điều kiện theo quy định',
          1.5,
          [
            ['100% phòng, đơn vị đáp ứng tiêu chí', 1.5],
            ['Còn phòng, đơn vị chưa đáp ứng tiêu chí, đã có lộ trình sắp xếp', 0.75],
            ['Còn phòng, đơn vị chưa đáp ứng tiêu chí, chưa có lộ trình', 0],
          ],
          'Tài liệu kiểm chứng: Quyết định thành lập, tổ chức lại, giải thể; đề án sắp xếp.',
        ),
      ),
      criterion(
        '4.2',
        'Vị trí việc làm và biên chế',
        3,
        manual(
          '4.2.1',
          'Đề án vị trí việc làm được phê duyệt và điều chỉnh kịp thời',
          1.5,
          [
            ['Được phê duyệt và điều chỉnh kịp thời', 1.5],
            ['Được phê duyệt nhưng chưa điều chỉnh kịp thời', 0.75],
            ['Chưa được phê duyệt', 0],
          ],
          'Tài liệu kiểm chứng: Quyết định phê duyệt, điều chỉnh vị trí việc làm.',
        ),
        manual(
          '4.2.2',
          'Quản lý, sử dụng biên chế được giao và thực hiện tinh giản biên chế',
          1.5,
          [
            ['Không vượt biên chế, hoàn thành chỉ tiêu tinh giản', 1.5],
            ['Không vượt biên chế, chưa hoàn thành chỉ tiêu tinh giản', 0.75],
            ['Vượt biên chế được giao', 0],
          ],
          'Tài liệu kiểm chứng: Quyết định giao biên chế; báo cáo số lượng người làm việc; danh sách tinh giản biên chế được phê duyệt.',
        ),
      ),
      manual(
        '4.3',
        'Thực hiện các nhiệm vụ được phân cấp, ủy quyền',
        1.5,
        [
          ['Thực hiện đầy đủ, có kiểm tra việc thực hiện', 1.5],
          ['Thực hiện đầy đủ, chưa kiểm tra', 0.75],
          ['Không thực hiện đầy đủ', 0],
        ],
        'Tài liệu kiểm chứng: văn bản phân cấp, ủy quyền; báo cáo kết quả thực hiện.',
      ),
    ),
    area(
      '5',
      'Cải cách chế độ công vụ',
      10,
      criterion(
        '5.1',
        'Tuyển dụng, bố trí và quản lý công chức, viên chức',
        3.5,
        manual(
          '5.1.1',
          'Tỷ lệ công chức, viên chức được bố trí theo vị trí việc làm được phê duyệt',
          1.5,
          [
            ['100% công chức, viên chức', 1.5],
            ['Từ 90% đến dưới 100%', 0.75],
            ['Dưới 90%', 0],
          ],
          'Tài liệu kiểm chứng: danh sách công chức, viên chức theo vị trí việc làm.',
        ),
        manual(
          '5.1.2',
          'Tuyển dụng, nâng ngạch, thăng hạng đúng quy định',
          1,
          [
            ['Đúng quy định', 1],
            ['Có sai sót bị cơ quan có thẩm quyền phát hiện', 0],
          ],
          'Tài liệu kiểm chứng: kế hoạch, kết quả tuyển dụng, nâng ngạch, thăng hạng.',
        ),
        manual(
          '5.1.3',
          'Cập nhật đầy đủ, kịp thời cơ sở dữ liệu cán bộ, công chức, viên chức của tỉnh',
          1,
          [
            ['Đầy đủ, kịp thời', 1],
            ['Chưa đầy đủ hoặc chưa kịp thời', 0.5],
            ['Không cập nhật', 0],
          ],
          'Tài liệu kiểm chứng: báo cáo trích xuất từ phần mềm cơ sở dữ liệu cán bộ, công chức, viên chức.',
        ),
      ),
      manual(
        '5.2',
        'Đánh giá, xếp loại chất lượng công chức, viên chức đúng quy định',
        1.5,
        [
          ['Đúng quy định, đúng thời hạn', 1.5],
          ['Đúng quy định nhưng chậm thời hạn', 0.75],
          ['Không đúng quy định', 0],
        ],
        'Tài liệu kiểm chứng: Quyết định, báo cáo kết quả đánh giá, xếp loại.',
      ),
      criterion(
        '5.3',
        'Đào tạo, bồi dưỡng công chức, viên chức',
        2,
        manual(
          '5.3.1',
          'Ban hành Kế hoạch đào tạo, bồi dưỡng năm',
          0.5,
          [
            ['Có ban hành', 0.5],
            ['Không ban hành', 0],
          ],
          'Tài liệu kiểm chứng: Kế hoạch đào tạo, bồi dưỡng năm.',
        ),
        manual(
          '5.3.2',
          'Mức độ hoàn thành Kế hoạch đào tạo, bồi dưỡng',
          1.5,
          byPlan(1.5, 0.75),
          'Tài liệu kiểm chứng: báo cáo kết quả; danh sách học viên, chứng chỉ.',
        ),
      ),
      criterion(
        '5.4',
        'Kỷ luật, kỷ cương hành chính',
        3,
        manual(
          '5.4.1',
          'Kiểm tra công vụ, việc chấp hành kỷ luật, kỷ cương hành chính',
          1,
          [
            ['Có kế hoạch và thực hiện đầy đủ', 1],
            ['Có kế hoạch nhưng thực hiện chưa đầy đủ', 0.5],
            ['Không thực hiện', 0],
          ],
          'Tài liệu kiểm chứng: Kế hoạch kiểm tra công vụ; báo cáo, kết luận kiểm tra.',
        ),
        manual(
          '5.4.2',
          'Thực hiện chuyển đổi vị trí công tác theo quy định',
          1,
          [
            ['Đúng kế hoạch, đúng quy định', 1],
            ['Chưa đúng kế hoạch', 0],
          ],
          'Tài liệu kiểm chứng: Kế hoạch chuyển đổi vị trí công tác; quyết định chuyển đổi.',
        ),
        declared(
          '5.4.3',
          'Công chức, viên chức bị kỷ luật trong năm',
          1,
          [
            ['Không có công chức, viên chức bị kỷ luật', 1],
            ['Có công chức, viên chức bị kỷ luật khiển trách, cảnh cáo', 0.5],
            ['Có công chức, viên chức bị kỷ luật từ mức hạ bậc lương trở lên', 0],
          ],
          'Hội đồng thẩm định đối chiếu với các quyết định kỷ luật đã ban hành.',
        ),
      ),
    ),
    area(
      '6',
      'Cải cách tài chính công',
      6,
      criterion(
        '6.1',
        'Quản lý, sử dụng ngân sách',
        3,
        manual(
          '6.1.1',
          'Thực hiện quy định về quản lý, sử dụng kinh phí và công khai ngân sách',
          1,
          [
            ['Đúng quy định', 1],
            ['Có sai phạm được chỉ ra', 0],
          ],
          'Tài liệu kiểm chứng: Quyết định công khai dự toán, quyết toán ngân sách.',
        ),
        manual(
          '6.1.2',
          'Tỷ lệ giải ngân kế hoạch vốn đầu tư công được giao',
          1,
          [
            ['Từ 95% trở lên', 1],
            ['Từ 80% đến dưới 95%', 0.5],
            ['Dưới 80%', 0],
          ],
          'Tài liệu kiểm chứng: số liệu giải ngân của Kho bạc Nhà nước. Cơ quan không được giao vốn đầu tư công được điểm tối đa.',
        ),
        manual(
          '6.1.3',
          'Thực hiện kiến nghị sau thanh tra, kiểm tra, kiểm toán về tài chính, ngân sách',
          1,
          [
            ['Thực hiện 100% kiến nghị', 1],
            ['Từ 80% đến dưới 100% kiến nghị', 0.5],
            ['Dưới 80% kiến nghị', 0],
          ],
          'Tài liệu kiểm chứng: kết luận thanh tra, kiểm toán; báo cáo kết quả thực hiện kiến nghị.',
        ),
      ),
      manual(
        '6.2',
        'Ban hành và thực hiện Quy chế chi tiêu nội bộ, Quy chế quản lý, sử dụng tài sản công',
        1.5,
        [
          ['Ban hành, cập nhật kịp thời và thực hiện đúng quy chế', 1.5],
          ['Có ban hành nhưng chưa cập nhật kịp thời', 0.75],
          ['Chưa ban hành', 0],
        ],
        'Tài liệu kiểm chứng: Quy chế chi tiêu nội bộ; Quy chế quản lý, sử dụng tài sản công.',
      ),
      manual(
        '6.3',
        'Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập trực thuộc',
        1.5,
        [
          ['100% đơn vị được giao tự chủ theo quy định', 1.5],
          ['Từ 50% đến dưới 100% đơn vị', 0.75],
          ['Dưới 50% đơn vị', 0],
        ],
        'Tài liệu kiểm chứng: Quyết định giao quyền tự chủ tài chính. Cơ quan không có đơn vị sự nghiệp trực thuộc được điểm tối đa.',
      ),
    ),
    area(
      '7',
      'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số',
      12,
      criterion(
        '7.1',
        'Ứng dụng công nghệ thông tin trong hoạt động của cơ quan',
        4,
        manual(
          '7.1.1',
          'Văn bản đi được ký số và gửi, nhận dưới dạng điện tử (trừ văn bản mật)',
          1,
          [
            ['100% văn bản', 1],
            ['Từ 90% đến dưới 100% văn bản', 0.5],
            ['Dưới 90% văn bản', 0],
          ],
          'Tài liệu kiểm chứng: số liệu thống kê từ phần mềm quản lý văn bản và điều hành.',
        ),
        data(
          '7.1.2',
          'Tỷ lệ hồ sơ công việc được xử lý trên môi trường điện tử',
          2,
          'partrack lấy số liệu đo của chỉ tiêu tương ứng trong Kế hoạch cải cách hành chính năm: đạt chỉ tiêu (80% ở cấp tỉnh) được 2 điểm; từ 80% chỉ tiêu đến dưới chỉ tiêu được 1 điểm; thấp hơn không có điểm.',
        ),
        manual(
          '7.1.3',
          'Thực hiện chế độ báo cáo điện tử trên Hệ thống thông tin báo cáo của tỉnh',
          1,
          [
            ['Đầy đủ, đúng hạn', 1],
            ['Chưa đầy đủ hoặc chưa đúng hạn', 0.5],
            ['Không thực hiện', 0],
          ],
          'Tài liệu kiểm chứng: thống kê từ Hệ thống thông tin báo cáo của tỉnh.',
        ),
      ),
      criterion(
        '7.2',
        'Cung cấp dịch vụ công trực tuyến',
        5,
        manual(
          '7.2.1',
          'Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình',
          1.5,
          [
            ['100% thủ tục đủ điều kiện', 1.5],
            ['Từ 80% đến dưới 100%', 0.75],
            ['Dưới 80%', 0],
          ],
          'Tài liệu kiểm chứng: danh mục dịch vụ công trực tuyến trên Cổng Dịch vụ công của tỉnh.',
        ),
        data(
          '7.2.2',
          'Tỷ lệ hồ sơ giải quyết theo dịch vụ công trực tuyến trên tổng số hồ sơ tiếp nhận',
          2,
          'partrack lấy số liệu đo của chỉ tiêu tương ứng: từ 50% trở lên được 2 điểm; từ 30% đến dưới 50% được 1 điểm; dưới 30% không có điểm.',
        ),
        manual(
          '7.2.3',
          'Tỷ lệ hồ sơ có thu phí, lệ phí được thanh toán trực tuyến',
          1.5,
          [
            ['Từ 30% trở lên', 1.5],
            ['Từ 10% đến dưới 30%', 0.75],
            ['Dưới 10%', 0],
          ],
          'Tài liệu kiểm chứng: thống kê thanh toán trực tuyến từ Cổng Dịch vụ công.',
        ),
      ),
      criterion(
        '7.3',
        'Chuyển đổi số và hiện đại hóa hành chính',
        3,
        manual(
          '7.3.1',
          'Áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015',
          1,
          [
            ['Áp dụng, duy trì, cải tiến đúng quy định', 1],
            ['Áp dụng nhưng chưa duy trì, cải tiến đúng quy định', 0.5],
            ['Không áp dụng', 0],
          ],
          'Tài liệu kiểm chứng: Quyết định công bố hệ thống quản lý chất lượng; báo cáo đánh giá nội bộ.',
        ),
        manual(
          '7.3.2',
          'Kết nối, chia sẻ dữ liệu chuyên ngành với Kho dữ liệu dùng chung của tỉnh',
          1,
          [
            ['Đã kết nối, cập nhật thường xuyên', 1],
            ['Đã kết nối, chưa cập nhật thường xuyên', 0.5],
            ['Chưa kết nối', 0],
          ],
          'Tài liệu kiểm chứng: văn bản xác nhận của Sở Thông tin và Truyền thông; danh mục dữ liệu chia sẻ.',
        ),
        declared(
          '7.3.3',
          'Bảo đảm an toàn thông tin mạng trong hoạt động của cơ quan',
          1,
          [
            ['Không để xảy ra sự cố mất an toàn thông tin', 1],
            ['Có sự cố nhưng khắc phục kịp thời', 0.5],
            ['Có sự cố gây hậu quả', 0],
          ],
          'Hội đồng thẩm định đối chiếu với thông báo sự cố của Sở Thông tin và Truyền thông.',
        ),
      ),
    ),
    area(
      '8',
      'Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế – xã hội',
      30,
      criterion(
        '8.1',
        'Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan',
        16,
        survey('8.1.1', 'Hài lòng về tiếp cận dịch vụ hành chính công', 3, SURVEY_SIPAS),
        survey('8.1.2', 'Hài lòng về thủ tục hành chính', 3, SURVEY_SIPAS),
        survey('8.1.3', 'Hài lòng về công chức trực tiếp giải quyết công việc', 4, SURVEY_SIPAS),
        survey('8.1.4', 'Hài lòng về kết quả giải quyết công việc', 3, SURVEY_SIPAS),
        survey('8.1.5', 'Hài lòng về việc tiếp nhận, xử lý góp ý, phản ánh, kiến nghị', 3, SURVEY_SIPAS),
      ),
      survey(
        '8.2',
        'Mức độ hài lòng của doanh nghiệp đối với chất lượng điều hành của cơ quan',
        4,
        'Khảo sát doanh nghiệp (chỉ số năng lực cạnh tranh cấp sở, ngành – DDCI); điểm = điểm tối đa × tỷ lệ đánh giá tích cực.',
      ),
      criterion(
        '8.3',
        'Đánh giá của lãnh đạo, công chức về tác động của cải cách hành chính',
        6,
        survey(
          '8.3.1',
          'Đánh giá của lãnh đạo Ủy ban nhân dân tỉnh, lãnh đạo các sở, ngành và địa phương về kết quả cải cách hành chính của cơ quan',
          3,
          SURVEY_OFFICIALS,
        ),
        survey(
          '8.3.2',
          'Đánh giá của công chức, viên chức trong cơ quan về tác động của cải cách hành chính đến chất lượng thực thi công vụ',
          3,
          SURVEY_OFFICIALS,
        ),
      ),
      criterion(
        '8.4',
        'Tác động đến phát triển kinh tế – xã hội thuộc lĩnh vực quản lý',
        4,
        manual(
          '8.4.1',
          'Mức độ hoàn thành các chỉ tiêu phát triển kinh tế – xã hội thuộc lĩnh vực quản lý được Ủy ban nhân dân tỉnh giao',
          1.5,
          [
            ['Hoàn thành 100% chỉ tiêu', 1.5],
            ['Từ 80% đến dưới 100% chỉ tiêu', 0.75],
            ['Dưới 80% chỉ tiêu', 0],
          ],
          'Tài liệu kiểm chứng: báo cáo kết quả thực hiện chỉ tiêu; số liệu của cơ quan thống kê.',
        ),
        data(
          '8.4.2',
          'Tỷ lệ chỉ tiêu chủ yếu của Kế hoạch cải cách hành chính năm được giao chủ trì đạt mục tiêu',
          1.5,
          'partrack tính từ số liệu đo các chỉ tiêu do cơ quan chủ trì: 100% đạt mục tiêu được 1,5 điểm; từ 80% đến dưới 100% được 0,75 điểm; dưới 80% không có điểm.',
        ),
        manual(
          '8.4.3',
          'Kết quả các chỉ số thành phần của tỉnh (PCI, PAPI, SIPAS) thuộc lĩnh vực cơ quan phụ trách so với năm trước',
          1,
          [
            ['Tăng điểm', 1],
            ['Giữ nguyên', 0.5],
            ['Giảm điểm', 0],
          ],
          'Tài liệu kiểm chứng: báo cáo phân tích chỉ số thành phần của tỉnh do cơ quan thực hiện.',
        ),
      ),
    ),
    bonusAndPenaltyArea('Công chức, viên chức'),
  ].flat(),
};

const DISTRICT_SAMPLE: ParFrameworkDefinition = {
  name: 'Bộ tiêu chí mẫu – UBND cấp huyện',
  targetGroup: ParTargetGroup.DISTRICT,
  totalPoints: 100,
  bands: [...DEFAULT_PAR_BANDS],
  criteria: [
    area(
      '1',
      'Công tác chỉ đạo, điều hành cải cách hành chính',
      13,
      criterion(
        '1.1',
        'Kế hoạch cải cách hành chính năm',
        2.5,
        manual(
          '1.1.1',
          'Ban hành Kế hoạch cải cách hành chính năm của Ủy ban nhân dân cấp huyện đúng thời hạn',
          0.5,
          [
            ['Ban hành đúng thời hạn', 0.5],
            ['Ban hành chậm so với thời hạn', 0.25],
            ['Không ban hành', 0],
          ],
          'Tài liệu kiểm chứng: Quyết định ban hành Kế hoạch cải cách hành chính năm của Ủy ban nhân dân cấp huyện.',
        ),
        manual(
          '1.1.2',
          'Kế hoạch xác định đầy đủ nhiệm vụ, sản phẩm, thời hạn và phân công trách nhiệm cho cơ quan chuyên môn, Ủy ban nhân dân cấp xã',
          0.5,
          [
            ['Đạt yêu cầu', 0.5],
            ['Không đạt yêu cầu', 0],
          ],
          'Tài liệu kiểm chứng: Kế hoạch cải cách hành chính năm kèm phụ lục nhiệm vụ.',
        ),
        data(
          '1.1.3',
          'Tỷ lệ nhiệm vụ trong Kế hoạch cải cách hành chính năm được giao chủ trì hoàn thành đúng hạn',
          1.5,
          'partrack tính từ tiến độ các nhiệm vụ do Ủy ban nhân dân cấp huyện chủ trì: 100% đúng hạn được 1,5 điểm; từ 80% đến dưới 100% được 0,75 điểm; dưới 80% không có điểm.',
          tasksOnTime(1.5, 0.75),
        ),
      ),
      criterion(
        '1.2',
        'Báo cáo cải cách hành chính',
        1.5,
        data(
          '1.2.1',
          'Báo cáo cải cách hành chính định kỳ (quý, 6 tháng, năm) gửi đúng thời hạn',
          1,
          REPORTS_GUIDANCE,
          REPORTS_ON_TIME,
        ),
        manual(
          '1.2.2',
          'Báo cáo có đầy đủ nội dung, số liệu theo đề cương hướng dẫn',
          0.5,
          [
            ['Đầy đủ nội dung, số liệu', 0.5],
            ['Thiếu một số nội dung hoặc số liệu', 0.25],
            ['Không đạt yêu cầu', 0],
          ],
          'Tài liệu kiểm chứng: các báo cáo cải cách hành chính quý, 6 tháng, năm đã gửi Sở Nội vụ.',
        ),
      ),
      criterion(
        '1.3',
        'Kiểm tra công tác cải cách hành chính đối với cơ quan chuyên môn và Ủy ban nhân dân cấp xã',
        2.5,
        manual(
          '1.3.1',
          'Tỷ lệ cơ quan chuyên môn, Ủy ban nhân dân cấp xã được kiểm tra trong năm',
          1.5,
          [
            ['Từ 30% trở lên', 1.5],
            ['Từ 20% đến dưới 30%', 0.75],
            ['Dưới 20%', 0],
          ],
          'Tài liệu kiểm chứng: Kế hoạch kiểm tra; báo cáo, thông báo kết luận kiểm tra.',
        ),
        manual(
          '1.3.2',
          'Xử lý và tái kiểm tra việc khắc phục tồn tại phát hiện qua kiểm tra',
          1,
          [
            ['Xử lý hoặc kiến nghị xử lý 100% tồn tại, có tái kiểm tra', 1],
            ['Xử lý chưa đầy đủ hoặc chưa tái kiểm tra', 0.5],
            ['Không xử lý', 0],
          ],
          'Tài liệu kiểm chứng: văn bản chỉ đạo khắc phục; báo cáo khắc phục; biên bản tái kiểm tra.',
        ),
      ),
      manual(
        '1.4',
        'Thực hiện Kế hoạch tuyên truyền cải cách hành chính',
        1.5,
        byPlan(1.5, 0.75),
        'Tài liệu kiểm chứng: Kế hoạch tuyên truyền; tin, bài trên Cổng thông tin điện tử và đài truyền thanh cấp huyện; báo cáo kết quả.',
      ),
      manual(
        '1.5',
        'Sáng kiến, mô hình mới trong cải cách hành chính được áp dụng',
        1,
        [
          ['Có sáng kiến, mô hình được cấp có thẩm quyền công nhận', 1],
          ['Có sáng kiến, mô hình áp dụng nhưng chưa được công nhận', 0.5],
          ['Không có', 0],
        ],
        'Tài liệu kiểm chứng: Quyết định công nhận sáng kiến, mô hình; báo cáo kết quả áp dụng.',
      ),
      manual(
        '1.6',
        'Thực hiện nhiệm vụ Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh giao',
        2,
        [
          ['Hoàn thành đúng hạn 100% nhiệm vụ', 2],
          ['Từ 80% đến dưới 100% nhiệm vụ hoàn thành đúng hạn', 1],
          ['Dưới 80% nhiệm vụ hoàn thành đúng hạn', 0],
        ],
        'Tài liệu kiểm chứng: số liệu theo dõi nhiệm vụ của Văn phòng Ủy ban nhân dân tỉnh; báo cáo kết quả thực hiện.',
      ),
      manual(
        '1.7',
        'Đánh giá, xếp hạng kết quả cải cách hành chính của cơ quan chuyên môn và Ủy ban nhân dân cấp xã',
        1,
        [
          ['Ban hành bộ tiêu chí và công bố kết quả', 1],
          ['Ban hành bộ tiêu chí, chưa công bố kết quả', 0.5],
          ['Không thực hiện', 0],
        ],
        'Tài liệu kiểm chứng: Quyết định ban hành bộ tiêu chí; Quyết định công bố kết quả xếp hạng.',
      ),
      survey(
        '1.8',
        'Đánh giá của lãnh đạo, công chức về công tác chỉ đạo, điều hành cải cách hành chính của Ủy ban nhân dân cấp huyện',
        1,
        SURVEY_OFFICIALS,
      ),
    ),
    area(
      '2',
      'Tổ chức thực hiện văn bản quy phạm pháp luật',
      6,
      criterion(
        '2.1',
        'Rà soát, kiểm tra văn bản quy phạm pháp luật',
        2,
        manual(
          '2.1.1',
          'Rà soát, hệ thống hóa văn bản quy phạm pháp luật do Hội đồng nhân dân, Ủy ban nhân dân cấp huyện ban hành',
          1,
          byPlan(1, 0.5),
          'Tài liệu kiểm chứng: Kế hoạch rà soát; báo cáo kết quả rà soát, hệ thống hóa văn bản.',
        ),
        manual(
          '2.1.2',
          'Kiểm tra, xử lý văn bản quy phạm pháp luật do Hội đồng nhân dân, Ủy ban nhân dân cấp xã ban hành',
          1,
          [
            ['Kiểm tra 100% văn bản, xử lý đầy đủ sai sót', 1],
            ['Kiểm tra hoặc xử lý chưa đầy đủ', 0.5],
            ['Không kiểm tra', 0],
          ],
          'Tài liệu kiểm chứng: sổ theo dõi kiểm tra văn bản; văn bản đề nghị xử lý.',
        ),
      ),
      data(
        '2.2',
        'Tỷ lệ nhiệm vụ cải cách thể chế trong Kế hoạch cải cách hành chính năm được giao chủ trì hoàn thành đúng hạn',
        1.5,
        'partrack tính từ tiến độ các nhiệm vụ thuộc lĩnh vực I (Cải cách thể chế) do Ủy ban nhân dân cấp huyện chủ trì, như rà soát văn bản, theo dõi thi hành pháp luật: 100% đúng hạn được 1,5 điểm; từ 80% đến dưới 100% được 0,75 điểm; dưới 80% không có điểm.',
        tasksOnTime(1.5, 0.75, 'I'),
      ),
      criterion(
        '2.3',
        'Phổ biến, giáo dục pháp luật và xây dựng cấp xã đạt chuẩn tiếp cận pháp luật',
        1.5,
        manual(
          '2.3.1',
          'Thực hiện Kế hoạch phổ biến, giáo dục pháp luật năm',
          0.75,
          byPlan(0.75, 0.5),
          'Tài liệu kiểm chứng: Kế hoạch phổ biến, giáo dục pháp luật; báo cáo kết quả thực hiện.',
        ),
        manual(
          '2.3.2',
          'Tỷ lệ đơn vị cấp xã đạt chuẩn tiếp cận pháp luật',
          0.75,
          [
            ['100% đơn vị', 0.75],
            ['Từ 80% đến dưới 100% đơn vị', 0.5],
            ['Dưới 80% đơn vị', 0],
          ],
          'Tài liệu kiểm chứng: Quyết định công nhận đơn vị cấp xã đạt chuẩn tiếp cận pháp luật.',
        ),
      ),
      survey(
        '2.4',
        'Đánh giá của công chức về việc tổ chức thực hiện văn bản quy phạm pháp luật trên địa bàn',
        1,
        SURVEY_OFFICIALS,
      ),
    ),
    area(
      '3',
      'Cải cách thủ tục hành chính',
      16,
      criterion(
        '3.1',
        'Công khai thủ tục hành chính',
        2,
        manual(
          '3.1.1',
          'Công khai đầy đủ, đúng quy định thủ tục hành chính tại Bộ phận Một cửa cấp huyện, cấp xã và trên Cổng Dịch vụ công',
          1,
          [
            ['Đầy đủ, đúng quy định ở tất cả các nơi', 1],
            ['Còn nơi công khai chưa đầy đủ', 0.5],
            ['Không công khai', 0],
          ],
          'Tài liệu kiểm chứng: ảnh chụp nơi niêm yết tại Bộ phận Một cửa; đường dẫn trên Cổng Dịch vụ công.',
        ),
        manual(
          '3.1.2',
          'Công khai địa chỉ tiếp nhận phản ánh, kiến nghị về quy định hành chính',
          0.5,
          [
            ['Có', 0.5],
            ['Không', 0],
          ],
          'Tài liệu kiểm chứng: ảnh chụp nơi niêm yết.',
        ),
        manual(
          '3.1.3',
          'Cập nhật, công khai tình trạng giải quyết hồ sơ trên Cổng Dịch vụ công',
          0.5,
          [
            ['Đầy đủ, kịp thời', 0.5],
            ['Chưa đầy đủ', 0],
          ],
          'Tài liệu kiểm chứng: thống kê từ Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.',
        ),
      ),
      manual(
        '3.2',
        'Kiểm soát, rà soát và đơn giản hóa thủ tục hành chính',
        2,
        [
          ['Hoàn thành 100% kế hoạch, có phương án đơn giản hóa được thông qua', 2],
          ['Hoàn thành kế hoạch, chưa có phương án được thông qua', 1],
          ['Không hoàn thành kế hoạch', 0],
        ],
        'Tài liệu kiểm chứng: Kế hoạch kiểm soát, rà soát thủ tục hành chính; báo cáo kết quả; phương án đơn giản hóa.',
      ),
      criterion(
        '3.3',
        'Thực hiện cơ chế một cửa, một cửa liên thông',
        9,
        data(
          '3.3.1',
          'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn tại cấp huyện',
          2.5,
          'partrack lấy số liệu đo của chỉ tiêu về hồ sơ giải quyết đúng hạn tại cấp huyện: từ 98% trở lên được 2,5 điểm; từ 95% đến dưới 98% được 1,25 điểm; dưới 95% không có điểm.',
        ),
        data(
          '3.3.2',
          'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn tại cấp xã',
          2,
          'partrack lấy số liệu đo của chỉ tiêu về hồ sơ giải quyết đúng hạn của các đơn vị cấp xã trên địa bàn: từ 98% trở lên được 2 điểm; từ 95% đến dưới 98% được 1 điểm; dưới 95% không có điểm.',
        ),
        manual(
          '3.3.3',
          'Thực hiện xin lỗi tổ chức, cá nhân đối với hồ sơ giải quyết quá hạn',
          0.5,
          [
            ['100% hồ sơ quá hạn có văn bản xin lỗi hoặc không có hồ sơ quá hạn', 0.5],
            ['Còn hồ sơ quá hạn chưa có văn bản xin lỗi', 0],
          ],
          'Tài liệu kiểm chứng: phiếu xin lỗi và hẹn lại ngày trả kết quả.',
        ),
        manual(
          '3.3.4',
          'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
          1.5,
          [
            ['100% hồ sơ, kết quả được số hóa', 1.5],
            ['Từ 50% đến dưới 100%', 0.75],
            ['Dưới 50%', 0],
          ],
          'Tài liệu kiểm chứng: số liệu thống kê từ Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.',
        ),
        manual(
          '3.3.5',
          'Thực hiện liên thông các nhóm thủ tục hành chính: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi; đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ tử tuất',
          1,
          [
            ['Thực hiện đúng quy định', 1],
            ['Còn hồ sơ chưa thực hiện liên thông', 0.5],
            ['Không thực hiện', 0],
          ],
          'Tài liệu kiểm chứng: số liệu hồ sơ liên thông trên Cổng Dịch vụ công.',
        ),
        manual(
          '3.3.6',
          'Cơ sở vật chất, trang thiết bị của Bộ phận Một cửa cấp huyện, cấp xã theo quy định',
          1.5,
          [
            ['Đáp ứng ở cấp huyện và tất cả đơn vị cấp xã', 1.5],
            ['Đáp ứng ở cấp huyện, còn đơn vị cấp xã chưa đáp ứng', 0.75],
            ['Chưa đáp ứng ở cấp huyện', 0],
          ],
          'Tài liệu kiểm chứng: báo cáo hiện trạng cơ sở vật chất, trang thiết bị; ảnh chụp Bộ phận Một cửa.',
        ),
      ),
      manual(
        '3.4',
        'Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính',
        1.5,
        [
          ['Xử lý đúng hạn 100% phản ánh, kiến nghị', 1.5],
          ['Có phản ánh, kiến nghị xử lý quá hạn', 0.75],
          ['Không xử lý', 0],
        ],
        'Tài liệu kiểm chứng: sổ theo dõi; văn bản trả lời phản ánh, kiến nghị. Không phát sinh phản ánh, kiến nghị thì được điểm tối đa.',
      ),
      manual(
        '3.5',
        'Hướng dẫn, kiểm tra việc giải quyết thủ tục hành chính tại Ủy ban nhân dân cấp xã',
        1.5,
        [
          ['Kiểm tra 100% đơn vị cấp xã', 1.5],
          ['Kiểm tra từ 50% đến dưới 100% đơn vị', 0.75],
          ['Kiểm tra dưới 50% đơn vị', 0],
        ],
        'Tài liệu kiểm chứng: Kế hoạch kiểm tra; biên bản, thông báo kết quả kiểm tra tại các đơn vị cấp xã.',
      ),
    ),
    area(
      '4',
      'Cải cách tổ chức bộ máy hành chính nhà nước',
      6,
      criterion(
        '4.1',
        'Sắp xếp, kiện toàn tổ chức bộ máy',
        2.5,
        manual(
          '4.1.1',
          'Ban hành quy định chức năng, nhiệm vụ, quyền hạn của các cơ quan chuyên môn thuộc Ủy ban nhân dân cấp huyện',
          1,
          [
            ['Đúng thời hạn, đúng quy định', 1],
            ['Chậm so với thời hạn', 0.5],
            ['Chưa ban hành', 0],
          ],
          'Tài liệu kiểm chứng: Quyết định quy định chức năng, nhiệm vụ, quyền hạn của các phòng chuyên môn.',
        ),
        manual(
          '4.1.2',
          'Sắp xếp, kiện toàn đơn vị sự nghiệp công lập trực thuộc theo quy định',
          1.5,
          [
            ['Hoàn thành theo lộ trình', 1.5],
            ['Chậm so với lộ trình', 0.75],
            ['Không thực hiện', 0],
          ],
          'Tài liệu kiểm chứng: Đề án sắp xếp; Quyết định sáp nhập, tổ chức lại đơn vị sự nghiệp.',
        ),
      ),
      manual(
        '4.2',
        'Sắp xếp đơn vị hành chính cấp xã, thôn, tổ dân phố theo quy định',
        1.5,
        [
          ['Thực hiện đúng lộ trình', 1.5],
          ['Thực hiện chậm so với lộ trình', 0.75],
          ['Không thực hiện', 0],
        ],
        'Tài liệu kiểm chứng: Nghị quyết, Quyết định sắp xếp; báo cáo kết quả. Địa phương không thuộc diện sắp xếp được điểm tối đa.',
      ),
      criterion(
        '4.3',
        'Vị trí việc làm và biên chế',
        2,
        manual(
          '4.3.1',
          'Đề án vị trí việc làm được phê duyệt và điều chỉnh kịp thời',
          1,
          [
            ['Được phê duyệt và điều chỉnh kịp thời', 1],
            ['Được phê duyệt nhưng chưa điều chỉnh kịp thời', 0.5],
            ['Chưa được phê duyệt', 0],
          ],
          'Tài liệu kiểm chứng: Quyết định phê duyệt, điều chỉnh vị trí việc làm.',
        ),
        manual(
          '4.3.2',
          'Quản lý, sử dụng biên chế được giao và thực hiện tinh giản biên chế',
          1,
          [
            ['Không vượt biên chế, hoàn thành chỉ tiêu tinh giản', 1],
            ['Không vượt biên chế, chưa hoàn thành chỉ tiêu tinh giản', 0.5],
            ['Vượt biên chế được giao', 0],
          ],
          'Tài liệu kiểm chứng: Quyết định giao biên chế; báo cáo số lượng người làm việc; danh sách tinh giản biên chế được phê duyệt.',
        ),
      ),
    ),
    area(
      '5',
      'Cải cách chế độ công vụ',
      10,
      criterion(
        '5.1',
        'Tuyển dụng, bố trí và sử dụng công chức, viên chức',
        2.5,
        manual(
          '5.1.1',
          'Tỷ lệ công chức, viên chức được bố trí theo vị trí việc làm được phê duyệt',
          1.5,
          [
            ['100% công chức, viên chức', 1.5],
            ['Từ 90% đến dưới 100%', 0.75],
            ['Dưới 90%', 0],
          ],
          'Tài liệu kiểm chứng: danh sách công chức, viên chức theo vị trí việc làm.',
        ),
        manual(
          '5.1.2',
          'Tuyển dụng, tiếp nhận công chức, viên chức đúng quy định',
          1,
          [
            ['Đúng quy định', 1],
            ['Có sai sót bị cơ quan có thẩm quyền phát hiện', 0],
          ],
          'Tài liệu kiểm chứng: kế hoạch, kết quả tuyển dụng, tiếp nhận.',
        ),
      ),
      manual(
        '5.2',
        'Tỷ lệ cán bộ, công chức cấp xã đạt chuẩn theo quy định',
        1.5,
        [
          ['100% đạt chuẩn', 1.5],
          ['Từ 90% đến dưới 100%', 0.75],
          ['Dưới 90%', 0],
        ],
        'Tài liệu kiểm chứng: báo cáo chất lượng đội ngũ cán bộ, công chức cấp xã.',
      ),
      manual(
        '5.3',
        'Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức đúng quy định',
        1,
        [
          ['Đúng quy định, đúng thời hạn', 1],
          ['Đúng quy định nhưng chậm thời hạn', 0.5],
          ['Không đúng quy định', 0],
        ],
        'Tài liệu kiểm chứng: Quyết định, báo cáo kết quả đánh giá, xếp loại.',
      ),
      criterion(
        '5.4',
        'Đào tạo, bồi dưỡng cán bộ, công chức, viên chức',
        1.5,
        manual(
          '5.4.1',
          'Ban hành Kế hoạch đào tạo, bồi dưỡng năm',
          0.5,
          [
            ['Có ban hành', 0.5],
            ['Không ban hành', 0],
          ],
          'Tài liệu kiểm chứng: Kế hoạch đào tạo, bồi dưỡng năm.',
        ),
        manual(
          '5.4.2',
          'Mức độ hoàn thành Kế hoạch đào tạo, bồi dưỡng',
          1,
          byPlan(1, 0.5),
          'Tài liệu kiểm chứng: báo cáo kết quả; danh sách học viên, chứng chỉ.',
        ),
      ),
      criterion(
        '5.5',
        'Kỷ luật, kỷ cương hành chính',
        2.5,
        manual(
          '5.5.1',
          'Kiểm tra công vụ, việc chấp hành kỷ luật, kỷ cương hành chính tại cơ quan chuyên môn và Ủy ban nhân dân cấp xã',
          1,
          [
            ['Có kế hoạch và thực hiện đầy đủ', 1],
            ['Có kế hoạch nhưng thực hiện chưa đầy đủ', 0.5],
            ['Không thực hiện', 0],
          ],
          'Tài liệu kiểm chứng: Kế hoạch kiểm tra công vụ; báo cáo, kết luận kiểm tra.',
        ),
        manual(
          '5.5.2',
          'Thực hiện chuyển đổi vị trí công tác theo quy định',
          0.5,
          [
            ['Đúng kế hoạch, đúng quy định', 0.5],
            ['Chưa đúng kế hoạch', 0],
          ],
          'Tài liệu kiểm chứng: Kế hoạch chuyển đổi vị trí công tác; quyết định chuyển đổi.',
        ),
        declared(
          '5.5.3',
          'Cán bộ, công chức, viên chức bị kỷ luật trong năm',
          1,
          [
            ['Không có cán bộ, công chức, viên chức bị kỷ luật', 1],
            ['Có cán bộ, công chức, viên chức bị kỷ luật khiển trách, cảnh cáo', 0.5],
            ['Có cán bộ, công chức, viên chức bị kỷ luật từ mức hạ bậc lương trở lên', 0],
          ],
          'Hội đồng thẩm định đối chiếu với các quyết định kỷ luật đã ban hành.',
        ),
      ),
      manual(
        '5.6',
        'Cập nhật đầy đủ, kịp thời cơ sở dữ liệu cán bộ, công chức, viên chức của tỉnh',
        1,
        [
          ['Đầy đủ, kịp thời', 1],
          ['Chưa đầy đủ hoặc chưa kịp thời', 0.5],
          ['Không cập nhật', 0],
        ],
        'Tài liệu kiểm chứng: báo cáo trích xuất từ phần mềm cơ sở dữ liệu cán bộ, công chức, viên chức.',
      ),
    ),
    area(
      '6',
      'Cải cách tài chính công',
      6,
      criterion(
        '6.1',
        'Quản lý, điều hành ngân sách',
        3,
        manual(
          '6.1.1',
          'Thu ngân sách nhà nước trên địa bàn so với dự toán được giao',
          1,
          [
            ['Từ 100% dự toán trở lên', 1],
            ['Từ 90% đến dưới 100% dự toán', 0.5],
            ['Dưới 90% dự toán', 0],
          ],
          'Tài liệu kiểm chứng: báo cáo quyết toán thu ngân sách; số liệu của Kho bạc Nhà nước.',
        ),
        manual(
          '6.1.2',
          'Tỷ lệ giải ngân kế hoạch vốn đầu tư công được giao',
          1,
          [
            ['Từ 95% trở lên', 1],
            ['Từ 80% đến dưới 95%', 0.5],
            ['Dưới 80%', 0],
          ],
          'Tài liệu kiểm chứng: số liệu giải ngân của Kho bạc Nhà nước.',
        ),
        manual(
          '6.1.3',
          'Thực hiện kiến nghị sau thanh tra, kiểm tra, kiểm toán về tài chính, ngân sách',
          1,
          [
            ['Thực hiện 100% kiến nghị', 1],
            ['Từ 80% đến dưới 100% kiến nghị', 0.5],
            ['Dưới 80% kiến nghị', 0],
          ],
          'Tài liệu kiểm chứng: kết luận thanh tra, kiểm toán; báo cáo kết quả thực hiện kiến nghị.',
        ),
      ),
      manual(
        '6.2',
        'Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập trực thuộc',
        1.5,
        [
          ['100% đơn vị được giao tự chủ theo quy định', 1.5],
          ['Từ 50% đến dưới 100% đơn vị', 0.75],
          ['Dưới 50% đơn vị', 0],
        ],
        'Tài liệu kiểm chứng: Quyết định giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập.',
      ),
      manual(
        '6.3',
        'Quản lý, sử dụng tài sản công; công khai tài chính, ngân sách',
        1.5,
        [
          ['Đúng quy định', 1.5],
          ['Có sai sót phải khắc phục', 0.75],
          ['Có vi phạm bị xử lý', 0],
        ],
        'Tài liệu kiểm chứng: Quyết định công khai dự toán, quyết toán; báo cáo kê khai tài sản công.',
      ),
    ),
    area(
      '7',
      'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số',
      12,
      criterion(
        '7.1',
        'Ứng dụng công nghệ thông tin trong hoạt động của chính quyền cấp huyện, cấp xã',
        4,
        manual(
          '7.1.1',
          'Văn bản đi được ký số và gửi, nhận dưới dạng điện tử ở cấp huyện và cấp xã (trừ văn bản mật)',
          1,
          [
            ['100% văn bản', 1],
            ['Từ 90% đến dưới 100% văn bản', 0.5],
            ['Dưới 90% văn bản', 0],
          ],
          'Tài liệu kiểm chứng: số liệu thống kê từ phần mềm quản lý văn bản và điều hành.',
        ),
        data(
          '7.1.2',
          'Tỷ lệ hồ sơ công việc cấp huyện được xử lý trên môi trường điện tử',
          2,
          'partrack lấy số liệu đo của chỉ tiêu tương ứng trong Kế hoạch cải cách hành chính năm: đạt chỉ tiêu (70% ở cấp huyện) được 2 điểm; từ 80% chỉ tiêu đến dưới chỉ tiêu được 1 điểm; thấp hơn không có điểm.',
        ),
        manual(
          '7.1.3',
          'Tỷ lệ hồ sơ công việc cấp xã được xử lý trên môi trường điện tử',
          1,
          [
            ['Từ 40% trở lên', 1],
            ['Từ 30% đến dưới 40%', 0.5],
            ['Dưới 30%', 0],
          ],
          'Tài liệu kiểm chứng: số liệu thống kê từ phần mềm quản lý văn bản và điều hành của các đơn vị cấp xã.',
        ),
      ),
      criterion(
        '7.2',
        'Cung cấp dịch vụ công trực tuyến',
        5,
        data(
          '7.2.1',
          'Tỷ lệ hồ sơ giải quyết theo dịch vụ công trực tuyến trên tổng số hồ sơ tiếp nhận',
          2,
          'partrack lấy số liệu đo của chỉ tiêu tương ứng: từ 50% trở lên được 2 điểm; từ 30% đến dưới 50% được 1 điểm; dưới 30% không có điểm.',
        ),
        manual(
          '7.2.2',
          'Tỷ lệ hồ sơ có thu phí, lệ phí được thanh toán trực tuyến',
          1.5,
          [
            ['Từ 30% trở lên', 1.5],
            ['Từ 10% đến dưới 30%', 0.75],
            ['Dưới 10%', 0],
          ],
          'Tài liệu kiểm chứng: thống kê thanh toán trực tuyến từ Cổng Dịch vụ công.',
        ),
        manual(
          '7.2.3',
          'Tỷ lệ giao dịch trên Cổng Dịch vụ công, Hệ thống thông tin một cửa điện tử được xác thực điện tử',
          1.5,
          [
            ['Từ 80% trở lên', 1.5],
            ['Từ 50% đến dưới 80%', 0.75],
            ['Dưới 50%', 0],
          ],
          'Tài liệu kiểm chứng: thống kê từ Cổng Dịch vụ công của tỉnh.',
        ),
      ),
      criterion(
        '7.3',
        'Chuyển đổi số và hiện đại hóa hành chính',
        3,
        manual(
          '7.3.1',
          'Áp dụng, duy trì Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 ở cấp huyện và cấp xã',
          1,
          [
            ['Áp dụng, duy trì đúng quy định ở cấp huyện và tất cả đơn vị cấp xã', 1],
            ['Còn đơn vị chưa duy trì đúng quy định', 0.5],
            ['Không áp dụng', 0],
          ],
          'Tài liệu kiểm chứng: Quyết định công bố hệ thống quản lý chất lượng; báo cáo đánh giá nội bộ.',
        ),
        manual(
          '7.3.2',
          'Triển khai các kênh tương tác trực tuyến giữa chính quyền với người dân',
          1,
          [
            ['Có triển khai, tiếp nhận và trả lời kịp thời', 1],
            ['Có triển khai, trả lời chưa kịp thời', 0.5],
            ['Không triển khai', 0],
          ],
          'Tài liệu kiểm chứng: đường dẫn kênh tương tác; thống kê câu hỏi đã tiếp nhận, trả lời.',
        ),
        declared(
          '7.3.3',
          'Bảo đảm an toàn thông tin mạng trong hoạt động của chính quyền cấp huyện, cấp xã',
          1,
          [
            ['Không để xảy ra sự cố mất an toàn thông tin', 1],
            ['Có sự cố nhưng khắc phục kịp thời', 0.5],
            ['Có sự cố gây hậu quả', 0],
          ],
          'Hội đồng thẩm định đối chiếu với thông báo sự cố của Sở Thông tin và Truyền thông.',
        ),
      ),
    ),
    area(
      '8',
      'Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế – xã hội',
      31,
      criterion(
        '8.1',
        'Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của chính quyền cấp huyện, cấp xã',
        16,
        survey('8.1.1', 'Hài lòng về tiếp cận dịch vụ hành chính công', 3, SURVEY_SIPAS),
        survey('8.1.2', 'Hài lòng về thủ tục hành chính', 3, SURVEY_SIPAS),
        survey('8.1.3', 'Hài lòng về công chức trực tiếp giải quyết công việc', 4, SURVEY_SIPAS),
        survey('8.1.4', 'Hài lòng về kết quả giải quyết công việc', 3, SURVEY_SIPAS),
        survey('8.1.5', 'Hài lòng về việc tiếp nhận, xử lý góp ý, phản ánh, kiến nghị', 3, SURVEY_SIPAS),
      ),
      survey(
        '8.2',
        'Mức độ hài lòng của người dân đối với dịch vụ giáo dục công lập và y tế công lập trên địa bàn',
        5,
        'Điều tra xã hội học đối với người dân sử dụng dịch vụ; điểm = điểm tối đa × tỷ lệ hài lòng.',
      ),
      criterion(
        '8.3',
        'Đánh giá của lãnh đạo, công chức về tác động của cải cách hành chính',
        6,
        survey(
          '8.3.1',
          'Đánh giá của lãnh đạo Ủy ban nhân dân tỉnh, lãnh đạo các sở, ngành về kết quả cải cách hành chính của Ủy ban nhân dân cấp huyện',
          3,
          SURVEY_OFFICIALS,
        ),
        survey(
          '8.3.2',
          'Đánh giá của cán bộ, công chức cấp huyện, cấp xã về tác động của cải cách hành chính',
          3,
          SURVEY_OFFICIALS,
        ),
      ),
      criterion(
        '8.4',
        'Tác động đến phát triển kinh tế – xã hội của địa phương',
        4,
        manual(
          '8.4.1',
          'Tỷ lệ chỉ tiêu kinh tế – xã hội theo Nghị quyết của Hội đồng nhân dân cấp huyện đạt và vượt kế hoạch',
          1.5,
          [
            ['Đạt và vượt 100% chỉ tiêu', 1.5],
            ['Từ 80% đến dưới 100% chỉ tiêu', 0.75],
            ['Dưới 80% chỉ tiêu', 0],
          ],
          'Tài liệu kiểm chứng: báo cáo tình hình kinh tế – xã hội năm trình Hội đồng nhân dân cấp huyện.',
        ),
        data(
          '8.4.2',
          'Tỷ lệ chỉ tiêu chủ yếu của Kế hoạch cải cách hành chính năm được giao chủ trì đạt mục tiêu',
          1.5,
          'partrack tính từ số liệu đo các chỉ tiêu do Ủy ban nhân dân cấp huyện chủ trì: 100% đạt mục tiêu được 1,5 điểm; từ 80% đến dưới 100% được 0,75 điểm; dưới 80% không có điểm.',
        ),
        manual(
          '8.4.3',
          'Thực hiện chỉ tiêu giảm tỷ lệ hộ nghèo theo kế hoạch',
          1,
          [
            ['Đạt hoặc vượt kế hoạch', 1],
            ['Không đạt kế hoạch', 0],
          ],
          'Tài liệu kiểm chứng: Quyết định công nhận kết quả rà soát hộ nghèo, hộ cận nghèo năm.',
        ),
      ),
    ),
    bonusAndPenaltyArea('Cán bộ, công chức'),
  ].flat(),
};

export const PAR_SAMPLE_FRAMEWORKS: readonly ParFrameworkDefinition[] = [DEPARTMENT_SAMPLE, DISTRICT_SAMPLE];
