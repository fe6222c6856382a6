import { ParCriterionLevel as L, ParEvidenceKind, ParScoringMethod as M } from '@partrack/shared';
import { inOrder, run, tables, texts } from '../../reports/formats/report-docx.xml.fixture';
import {
  buildParNationalReportDocx,
  evidenceText,
  NATIONAL_REPORT_COLUMNS,
  ParNationalReportItem,
  ParNationalReportModel,
} from './par-national-report-docx';
import { docxParts, tableRows } from './par-docx.fixture';

const item = (
  code: string,
  parentCode: string | null,
  title: string,
  maxPoints: number,
  extra: Partial<ParNationalReportItem> = {},
): ParNationalReportItem => ({
  code,
  parentCode,
  level: parentCode === null ? L.AREA : code.split('.').length === 2 ? L.CRITERION : L.SUB_CRITERION,
  title,
  maxPoints,
  method: null,
  selfPoints: null,
  note: null,
  noEvidenceReason: null,
  agencyName: 'Ủy ban nhân dân tỉnh Quảng Nam',
  evidence: [],
  ...extra,
});

const model: ParNationalReportModel = {
  year: 2025,
  provinceName: 'Ủy ban nhân dân tỉnh Quảng Nam',
  submittedOn: '2026-01-15',
  draft: false,
  items: [
    item('1', null, 'Công tác chỉ đạo, điều hành', 3),
    item('1.1', '1', 'Kế hoạch cải cách hành chính', 2),
    item('1.1.1', '1.1', 'Ban hành kế hoạch đúng hạn', 1.5, {
      method: M.MANUAL,
      selfPoints: 1.5,
      note: 'Ban hành ngày 05/01',
      agencyName: 'Sở Nội vụ',
      evidence: [
        { kind: ParEvidenceKind.FILE, label: 'ke-hoach.pdf', url: null },
        { kind: ParEvidenceKind.URL, label: 'Cổng thông tin', url: 'https://quangnam.gov.vn/kh' },
        { kind: ParEvidenceKind.RECORD, label: 'KH-2025 · Kế hoạch CCHC năm 2025', url: null },
      ],
    }),
    item('1.1.2', '1.1', 'Tỷ lệ hoàn thành kế hoạch', 0.5, {
      method: M.MANUAL,
      selfPoints: 0.25,
      noEvidenceReason: 'Chưa tổng hợp xong',
    }),
    item('1.2', '1', 'Kiểm tra cải cách hành chính', 1, { method: M.MANUAL, agencyName: 'Sở Tư pháp' }),
    item('2', null, 'Cải cách thể chế', 2),
    item('2.1', '2', 'Rà soát văn bản', 2, { method: M.MANUAL, selfPoints: 1.75, agencyName: 'Sở Tư pháp' }),
    item('3', null, 'Điểm thưởng', 1, { method: M.BONUS, selfPoints: 0.5 }),
  ],
};

const open = async (m: ParNationalReportModel) => docxParts(await buildParNationalReportDocx(m));

describe('buildParNationalReportDocx', () => {
  let body: string;
  let headers: string[];
  beforeAll(async () => {
    ({ body, headers } = await open(model));
  });

  it('heads the report with the province committee, the motto, a blank number and the submission date', () => {
    expect(texts(tables(body)[0]).filter(Boolean)).toEqual([
      'UBND TỈNH QUẢNG NAM',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      `Số:${' '.repeat(8)}/BC-UBND`,
      'Quảng Nam, ngày 15 tháng 01 năm 2026',
    ]);
    expect(run(tables(body)[0], 'UBND TỈNH QUẢNG NAM').bold).toBe(true);
    expect(headers.some((h) => h.includes('DỰ THẢO'))).toBe(false);
  });

  it('titles it for the year and the province, addressed to the Ministry', () => {
    expect(
      inOrder(texts(body), [
        'BÁO CÁO',
        'Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính',
        'năm 2025 của tỉnh Quảng Nam',
        'Kính gửi: Bộ Nội vụ',
      ]),
    ).toBe(true);
    expect(run(body, 'BÁO CÁO').bold).toBe(true);
  });

  it('sums the self-scores, with the bonus, out of the maximum, then each area', () => {
    const all = texts(body);
    // 1.5 + 0.25 + 1.75 = 3.5 of 5 counted; + 0.5 bonus = 4; index (3.5 + 0.5) / 5 = 80 %.
    expect(all).toContain(
      'Tổng điểm tự đánh giá của tỉnh: 4/5 điểm (trong đó điểm thưởng 0,5), đạt 80%. Điểm tự đánh giá theo từng lĩnh vực:',
    );
    expect(run(body, '4/5 điểm').bold).toBe(true);
    expect(
      inOrder(all, [
        '-\tLĩnh vực 1. Công tác chỉ đạo, điều hành: 1,75/3 điểm;',
        '-\tLĩnh vực 2. Cải cách thể chế: 1,75/2 điểm;',
        '-\tLĩnh vực 3. Điểm thưởng: 0,5/1 điểm.',
      ]),
    ).toBe(true);
  });

  it('tabulates every area: code, item, maximum, self-score, agency, explanation, evidence, subtotal', () => {
    expect(
      inOrder(texts(body), [
        'II. KẾT QUẢ CHI TIẾT THEO TỪNG LĨNH VỰC',
        '1. Lĩnh vực 1. Công tác chỉ đạo, điều hành',
        'Điểm tự đánh giá: 1,75/3 điểm.',
        'Bảng 1. Lĩnh vực 1',
      ]),
    ).toBe(true);
    const [area1, area2, area3] = tables(body).slice(1, 4);
    expect(tableRows(area1)).toEqual([
      NATIONAL_REPORT_COLUMNS.join(' | '),
      '1.1 | Kế hoạch cải cách hành chính | 2 | 1,75 | Ủy ban nhân dân tỉnh Quảng Nam |  | ',
      '1.1.1 | Ban hành kế hoạch đúng hạn | 1,5 | 1,5 | Sở Nội vụ | Ban hành ngày 05/01 | ' +
        'ke-hoach.pdf; Cổng thông tin (https://quangnam.gov.vn/kh); KH-2025 · Kế hoạch CCHC năm 2025',
      '1.1.2 | Tỷ lệ hoàn thành kế hoạch | 0,5 | 0,25 | Ủy ban nhân dân tỉnh Quảng Nam | ' +
        'Không có tài liệu kiểm chứng: Chưa tổng hợp xong | ',
      '1.2 | Kiểm tra cải cách hành chính | 1 |  | Sở Tư pháp |  | ',
      ' | Cộng | 3 | 1,75 |  |  | ',
    ]);
    expect(tableRows(area2)[1]).toBe('2.1 | Rà soát văn bản | 2 | 1,75 | Sở Tư pháp |  | ');
    // An area scored on its own is its own row.
    expect(tableRows(area3)[1]).toBe('3 | Điểm thưởng | 1 | 0,5 | Ủy ban nhân dân tỉnh Quảng Nam |  | ');
  });

  it('closes with the recipients and the signature', () => {
    const closing = tables(body).at(-1)!;
    expect(
      inOrder(texts(closing), [
        'Nơi nhận:',
        '- Như trên;',
        '- Sở Nội vụ;',
        '- Lưu: VT, SNV.',
        'KT. CHỦ TỊCH',
        'PHÓ CHỦ TỊCH',
      ]),
    ).toBe(true);
  });

  it('marks a draft and leaves its date blank; a city is "thành phố"', async () => {
    const draft = await open({
      ...model,
      provinceName: 'Ủy ban nhân dân thành phố Đà Nẵng',
      submittedOn: null,
      draft: true,
    });
    expect(draft.headers.some((h) => h.includes(' DỰ THẢO '))).toBe(true);
    expect(texts(tables(draft.body)[0])).toContain('UBND THÀNH PHỐ ĐÀ NẴNG');
    expect(texts(draft.body)).toContain('năm 2025 của thành phố Đà Nẵng');
    expect(texts(draft.body)).toContain(`Đà Nẵng, ngày${' '.repeat(6)}tháng${' '.repeat(6)}năm 20…`);
  });

  it('names a link by its address when its title says nothing more', () => {
    expect(
      evidenceText([
        { kind: ParEvidenceKind.URL, label: 'https://a.vn', url: 'https://a.vn' },
        { kind: ParEvidenceKind.FILE, label: 'b.docx', url: null },
      ]),
    ).toBe('https://a.vn; b.docx');
  });
});
