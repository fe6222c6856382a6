import { ParTargetGroup } from '@partrack/shared';
import { inOrder, paragraphs, run, tables, texts } from '../../reports/formats/report-docx.xml.fixture';
import { ANNEX_COLUMNS, buildParDecisionDocx, ParDecisionModel } from './par-decision-docx';
import { docxParts, tableRows } from './par-docx.fixture';

const model: ParDecisionModel = {
  year: 2022,
  provinceName: 'Ủy ban nhân dân tỉnh Quảng Nam',
  publishedOn: null,
  groups: [
    {
      targetGroup: ParTargetGroup.DISTRICT,
      rows: [
        { rank: 1, agencyName: 'Ủy ban nhân dân huyện Một', index: 91.5, band: 'Xuất sắc' },
        { rank: 2, agencyName: 'Ủy ban nhân dân huyện Hai', index: 78.7, band: null },
      ],
    },
    {
      targetGroup: ParTargetGroup.DEPARTMENT,
      rows: [
        { rank: 1, agencyName: 'Sở Nội vụ', index: 85.1, band: 'Tốt' },
        { rank: 2, agencyName: 'Sở Tài chính', index: 70, band: 'Khá' },
        { rank: 2, agencyName: 'Sở Xây dựng', index: 70, band: 'Khá' },
      ],
    },
    // The province's own self-assessment: not published by this decision.
    { targetGroup: ParTargetGroup.PROVINCE, rows: [{ rank: 1, agencyName: 'Tỉnh', index: 80, band: null }] },
  ],
};

/** The body and the page headers of the package, as XML. */
const open = async (m: ParDecisionModel) => docxParts(await buildParDecisionDocx(m));

describe('buildParDecisionDocx', () => {
  let body: string;
  let headers: string[];
  beforeAll(async () => {
    ({ body, headers } = await open(model));
  });

  it('heads the decision with the province committee, the motto, a blank number and date', () => {
    expect(texts(tables(body)[0]).filter(Boolean)).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      `Số:${' '.repeat(8)}/QĐ-UBND`,
      `Quảng Nam, ngày${' '.repeat(6)}tháng${' '.repeat(6)}năm 20…`,
    ]);
    expect(run(tables(body)[0], 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM').bold).toBe(true);
    expect(body).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  });

  it('titles it, names only the groups present, then the authority and the legal bases', () => {
    const all = texts(body);
    expect(
      inOrder(all, [
        'QUYẾT ĐỊNH',
        'Phê duyệt và công bố Chỉ số cải cách hành chính năm 2022',
        'của các sở, ban, ngành; Ủy ban nhân dân các huyện, thị xã, thành phố',
        'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH',
        'Căn cứ Luật Tổ chức chính quyền địa phương;',
        'Theo đề nghị của Giám đốc Sở Nội vụ.',
        'QUYẾT ĐỊNH:',
      ]),
    ).toBe(true);
    expect(all.some((t) => t.startsWith('Căn cứ Quyết định số 876/QĐ-BNV ngày 10 tháng 11 năm 2022'))).toBe(
      true,
    );
    expect(run(body, 'QUYẾT ĐỊNH').bold).toBe(true);
    expect(run(body, 'Căn cứ Luật Tổ chức chính quyền địa phương;').italic).toBe(true);
    expect(all.join('\n')).not.toMatch(/xã, phường, thị trấn/);
  });

  it('writes the three articles, "Điều n." in bold', () => {
    const articles = texts(body).filter((t) => /^Điều \d\./.test(t));
    expect(articles).toHaveLength(3);
    expect(articles[0]).toBe(
      'Điều 1. Phê duyệt và công bố Chỉ số cải cách hành chính năm 2022 của các sở, ban, ngành; Ủy ban nhân ' +
        'dân các huyện, thị xã, thành phố (chi tiết tại Phụ lục kèm theo).',
    );
    expect(articles[1]).toContain('Thủ trưởng các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các huyện');
    expect(articles[2]).toMatch(/^Điều 3\. Quyết định này có hiệu lực kể từ ngày ký\..*\/\.$/);
    expect(run(body, 'Điều 1.').bold).toBe(true);
  });

  it('signs for the chairman, leaves the name blank and lists the recipients', () => {
    const closing = tables(body)[1];
    expect(
      inOrder(texts(closing), [
        'Nơi nhận:',
        '- Như Điều 3;',
        '- Lưu: VT, SNV.',
        'KT. CHỦ TỊCH',
        'PHÓ CHỦ TỊCH',
      ]),
    ).toBe(true);
    expect(headers.some((h) => h.includes(' DỰ THẢO '))).toBe(true);
  });

  it('annexes one table per group on a new page: rank, agency, index with a decimal comma, band', () => {
    const annexAt = paragraphs(body).find((p) => p.text === 'PHỤ LỤC');
    expect(annexAt?.xml).toContain('<w:pageBreakBefore/>');
    expect(
      inOrder(texts(body), [
        'PHỤ LỤC',
        'CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2022 CỦA CÁC SỞ, BAN, NGÀNH; ỦY BAN NHÂN DÂN CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ',
        '1. CÁC SỞ, BAN, NGÀNH',
        '2. ỦY BAN NHÂN DÂN CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ',
      ]),
    ).toBe(true);
    const [departments, districts] = tables(body).slice(2);
    expect(tableRows(departments)).toEqual([
      ANNEX_COLUMNS.join(' | '),
      '1 | Sở Nội vụ | 85,10 | Tốt',
      '2 | Sở Tài chính | 70,00 | Khá',
      '2 | Sở Xây dựng | 70,00 | Khá',
    ]);
    expect(tableRows(districts)).toEqual([
      ANNEX_COLUMNS.join(' | '),
      '1 | Ủy ban nhân dân huyện Một | 91,50 | Xuất sắc',
      '2 | Ủy ban nhân dân huyện Hai | 78,70 | ',
    ]);
    expect(tables(body)).toHaveLength(4);
  });

  it('dates a published decision and drops the draft mark; a city is "thành phố"', async () => {
    const published = await open({
      ...model,
      provinceName: 'Ủy ban nhân dân thành phố Đà Nẵng',
      publishedOn: '2023-02-05',
      groups: model.groups.slice(1, 2),
    });
    const all = texts(published.body);
    expect(all).toContain('Đà Nẵng, ngày 05 tháng 02 năm 2023');
    expect(all).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ');
    expect(all).toContain('của các sở, ban, ngành');
    expect(texts(tables(published.body)[0])).toContain('ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG');
    expect(all.some((t) => t.includes('ngày 05/02/2023 của Chủ tịch Ủy ban nhân dân thành phố'))).toBe(true);
    expect(published.headers.some((h) => h.includes('DỰ THẢO'))).toBe(false);
  });
});
