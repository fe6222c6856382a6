import { recipientLines } from './report-docx.closing';
import { placeDateLine } from './report-docx.heading';
import {
  Docx,
  inOrder,
  openDocx,
  paragraph,
  paragraphs,
  run,
  runs,
  tables,
  texts,
} from './report-docx.xml.fixture';
import { reportDocumentFixture as fixture } from './report-export.fixture';

describe('buildReportDocx', () => {
  let doc: Docx;
  beforeAll(async () => {
    doc = await openDocx(fixture);
  });

  it('sets A4 portrait with the decree margins and a different first page', () => {
    expect(doc.body).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    // 20 mm top and bottom, 30 mm left, 15 mm right, in twips.
    expect(doc.body).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(doc.body).toContain('<w:titlePg/>');
  });

  it('uses Times New Roman everywhere, 14 pt by default', () => {
    const fonts = [doc.body, doc.defaultHeader].flatMap((x) =>
      [...x.matchAll(/<w:rFonts [^>]*>/g)].map(([f]) => f),
    );
    expect(fonts.length).toBeGreaterThan(100);
    for (const font of fonts) expect(font).toMatch(/w:ascii="Times New Roman".*w:hAnsi="Times New Roman"/);
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(doc.styles)?.[0];
    expect(defaults).toContain('w:ascii="Times New Roman"');
    expect(defaults).toContain('<w:sz w:val="28"/>');
  });

  it('puts the issuing body and the national motto side by side in a borderless table', () => {
    const header = tables(doc.body)[0];
    expect(doc.body.indexOf(header)).toBe(doc.body.indexOf('<w:body>') + '<w:body>'.length);
    expect(header).toMatch(/<w:tblBorders><w:top w:val="none"/);
    expect(texts(header).filter(Boolean)).toEqual([
      'UBND TỈNH QUẢNG NAM',
      'SỞ NỘI VỤ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 123/BC-SNV',
      'Quảng Nam, ngày 20 tháng 3 năm 2022',
    ]);
    expect(run(header, 'UBND TỈNH QUẢNG NAM')).toEqual(expect.objectContaining({ bold: false, size: 26 }));
    expect(run(header, 'SỞ NỘI VỤ')).toEqual(expect.objectContaining({ bold: true, size: 26 }));
    expect(run(header, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toEqual(
      expect.objectContaining({ bold: true, size: 24 }),
    );
    expect(run(header, 'Độc lập - Tự do - Hạnh phúc')).toEqual(
      expect.objectContaining({ bold: true, size: 26 }),
    );
    expect(run(header, 'Quảng Nam, ngày 20 tháng 3 năm 2022')).toEqual(
      expect.objectContaining({ italic: true, size: 28 }),
    );
    // The lines under the issuer's name and under the motto: empty paragraphs with a top border.
    expect(
      paragraphs(header).filter((p) => /<w:top w:val="single"/.test(p.xml) && p.text === ''),
    ).toHaveLength(2);
  });

  it('titles the report, addresses it and opens with the introduction', () => {
    const all = texts(doc.body);
    expect(
      inOrder(all, [
        'BÁO CÁO',
        fixture.summary,
        'Kính gửi: Ủy ban nhân dân tỉnh Quảng Nam',
        fixture.introduction ?? '',
      ]),
    ).toBe(true);
    expect(run(doc.body, 'BÁO CÁO')).toEqual(expect.objectContaining({ bold: true, size: 28 }));
    expect(run(doc.body, fixture.summary).bold).toBe(true);
    expect(paragraph(doc.body, fixture.summary)).toContain('<w:jc w:val="center"/>');
  });

  it('lays body paragraphs out justified, 14 pt, first-line indent, 6 pt after, lines at least 18 pt', () => {
    const intro = paragraph(doc.body, fixture.introduction ?? '');
    expect(intro).toContain('<w:jc w:val="both"/>');
    expect(intro).toMatch(/w:firstLine="720"/);
    expect(intro).toMatch(/<w:spacing w:after="120" w:before="0" w:line="360" w:lineRule="atLeast"\/>/);
    expect(runs(intro).every((r) => r.size === 28)).toBe(true);
  });

  it('numbers sections with Roman numerals and subsections with Arabic numerals, in bold', () => {
    const headings = [
      'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
      'II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH',
      '1. Cải cách thể chế',
      '2. Cải cách thủ tục hành chính',
      '3. Cải cách tổ chức bộ máy hành chính nhà nước',
      '4. Cải cách chế độ công vụ',
      '5. Cải cách tài chính công',
      '6. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số',
      'III. ĐÁNH GIÁ CHUNG',
      '1. Ưu điểm',
      '2. Tồn tại, hạn chế',
      '3. Nguyên nhân',
      'IV. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2022',
      'V. ĐỀ XUẤT, KIẾN NGHỊ',
    ];
    expect(inOrder(texts(doc.body), headings)).toBe(true);
    for (const heading of headings) {
      expect(run(doc.body, heading).bold).toBe(true);
      expect(paragraph(doc.body, heading)).toContain('<w:keepNext/>');
    }
  });

  it('turns **markers** into bold runs and keeps the text around them regular', () => {
    const all = runs(doc.body);
    const marked = all.findIndex((r) => r.text === '32 nhiệm vụ');
    expect(all[marked].bold).toBe(true);
    expect(all[marked - 1].text).toMatch(/với $/);
    expect(all[marked - 1].bold).toBe(false);
    expect(all[marked + 1].bold).toBe(false);
    expect(texts(doc.body).join('\n')).not.toContain('**');
  });

  it('writes "- " lines as dash bullets with a hanging indent, not Word numbering', () => {
    const bullet = paragraphs(doc.body).find((p) => p.text.startsWith('-\tBan hành Kế hoạch thông tin'));
    expect(bullet?.text).toBe(
      '-\tBan hành Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2022 và Kế hoạch kiểm tra công tác cải cách hành chính năm 2022;',
    );
    expect(bullet?.xml).toMatch(/<w:ind w:left="1003" w:hanging="283"\/>/);
    expect(paragraphs(doc.body).filter((p) => p.text.startsWith('-\t')).length).toBeGreaterThanOrEqual(12);
    expect(doc.body).not.toContain('<w:numPr>');
  });

  it('draws data tables with a caption, a repeating shaded bold header row and right-aligned numbers', () => {
    expect(run(doc.body, 'Bảng 1. Kết quả thực hiện nhiệm vụ cải cách hành chính theo lĩnh vực').bold).toBe(
      true,
    );
    const table = tables(doc.body).find((t) => t.includes('Tổng số nhiệm vụ')) ?? '';
    const [header, ...rows] = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map(([r]) => r);
    expect(texts(header)).toEqual([
      'TT',
      'Lĩnh vực',
      'Tổng số nhiệm vụ',
      'Đã hoàn thành',
      'Đang thực hiện',
      'Chưa thực hiện',
      'Quá hạn',
    ]);
    expect(header).toContain('<w:tblHeader/>');
    expect(header).toMatch(/<w:shd [^>]*w:fill="E7E6E6"/);
    expect(runs(header).every((r) => r.bold && r.size === 26)).toBe(true);
    expect(texts(rows[1])).toEqual(['2', 'Cải cách thể chế', '5', '2', '3', '0', '0']);
    expect(paragraph(rows[1], '5')).toContain('<w:jc w:val="right"/>');
    expect(paragraph(rows[1], 'Cải cách thể chế')).toContain('<w:jc w:val="left"/>');
    expect(paragraph(rows[1], '2')).toContain('<w:jc w:val="center"/>');
    const total = rows[rows.length - 1];
    expect(texts(total)).toEqual(['', 'Tổng cộng', '32', '13', '16', '3', '2']);
    expect(
      runs(total)
        .filter((r) => r.text)
        .every((r) => r.bold),
    ).toBe(true);
    expect(table).toMatch(/<w:insideH w:val="single"/);
  });

  it('shows raw numbers the Vietnamese way and keeps preformatted ones as given', () => {
    const procedures = tables(doc.body).find((t) => t.includes('Tiếp nhận')) ?? '';
    expect(texts(procedures)).toEqual(expect.arrayContaining(['1.245', '1.190', '1.684', '1.607']));
    const indicators = tables(doc.body).find((t) => t.includes('Chỉ tiêu năm 2022')) ?? '';
    expect(texts(indicators)).toEqual(expect.arrayContaining(['42,5', '1.024', '3.000', 'Đang thực hiện']));
    expect(paragraph(indicators, '42,5')).toContain('<w:jc w:val="right"/>');
  });

  it('ends with "Nơi nhận" on the left and the signature block on the right', () => {
    const closing = tables(doc.body).at(-1) ?? '';
    expect(run(closing, 'Nơi nhận:')).toEqual({ text: 'Nơi nhận:', bold: true, italic: true, size: 24 });
    expect(texts(closing)).toEqual([
      'Nơi nhận:',
      '- UBND tỉnh (báo cáo);',
      '- Bộ Nội vụ (báo cáo);',
      '- Giám đốc, các PGĐ Sở;',
      '- Các phòng, đơn vị thuộc Sở;',
      '- Lưu: VT, CCHC.',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      '',
      '',
      '',
      '',
      'Nguyễn Văn An',
    ]);
    expect(run(closing, '- Lưu: VT, CCHC.').size).toBe(22);
    for (const text of ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn An']) {
      expect(run(closing, text)).toEqual(expect.objectContaining({ bold: true, size: 28 }));
    }
    expect(closing).toMatch(/<w:tblBorders><w:top w:val="none"/);
  });

  it('numbers pages from page 2, centred in the header; the first page has no number', () => {
    expect(doc.defaultHeader).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
    expect(doc.defaultHeader).toContain('<w:jc w:val="center"/>');
    expect(doc.defaultHeader).toContain('<w:sz w:val="28"/>');
    expect(doc.firstHeader).not.toContain('PAGE');
    expect(texts(doc.firstHeader).join('')).toBe('');
  });

  it('puts the draft mark in a box at the right of the first-page header only', async () => {
    const draft = await openDocx({ ...fixture, draftMark: 'Dự thảo' });
    const [mark] = paragraphs(draft.firstHeader);
    expect(mark.text.trim()).toBe('DỰ THẢO');
    expect(mark.xml).toContain('<w:jc w:val="right"/>');
    expect(mark.xml).toMatch(/<w:bdr w:val="single"/);
    expect(runs(mark.xml)[0].bold).toBe(true);
    expect(draft.defaultHeader).not.toContain('DỰ THẢO');
    expect(draft.body).not.toContain('DỰ THẢO');
  });

  it('leaves number and date blank to fill in by hand', async () => {
    const blank = await openDocx({ ...fixture, number: null, date: null });
    const header = tables(blank.body)[0];
    expect(texts(header)).toContain('Số:        /BC-SNV');
    expect(texts(header)).toContain('Quảng Nam, ngày      tháng      năm 20…');
  });

  it('copes without a parent body, addressee, signing authority or signer name', async () => {
    const bare = await openDocx({
      ...fixture,
      issuer: { parentName: null, name: 'Ủy ban nhân dân tỉnh Quảng Nam' },
      addressee: null,
      signer: { authority: null, title: 'Chủ tịch', name: null },
    });
    expect(texts(tables(bare.body)[0]).filter(Boolean)[0]).toBe('ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM');
    expect(bare.body).not.toContain('Kính gửi');
    const signature = texts(tables(bare.body).at(-1) ?? '').slice(6);
    expect(signature).toEqual(['CHỦ TỊCH', '', '', '', '', '']);
  });
});

describe('placeDateLine', () => {
  it.each([
    ['2022-03-20', 'Quảng Nam, ngày 20 tháng 3 năm 2022'],
    ['2022-02-05', 'Quảng Nam, ngày 05 tháng 02 năm 2022'],
    ['2022-01-15', 'Quảng Nam, ngày 15 tháng 01 năm 2022'],
    ['2022-11-09', 'Quảng Nam, ngày 09 tháng 11 năm 2022'],
    ['2022-12-31T23:30:00+07:00', 'Quảng Nam, ngày 31 tháng 12 năm 2022'],
  ])('writes %s as "%s" (leading zero for days < 10 and months 1–2)', (iso, expected) => {
    expect(placeDateLine('Quảng Nam', iso)).toBe(expected);
  });
});

describe('small parts', () => {
  it('punctuates recipients with ";" and the last with "."', () => {
    expect(recipientLines(['A', ' Lưu: VT '])).toEqual(['- A;', '- Lưu: VT.']);
  });
});
