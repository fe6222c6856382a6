import { InspectionFindingSeverity } from '@partrack/shared';
import { conclusionDocument } from './inspection-conclusion-docx';

describe('conclusionDocument', () => {
  const model = {
    year: 2024,
    provinceName: 'Ủy ban nhân dân tỉnh Quảng Nam',
    agencyName: 'Ủy ban nhân dân xã Một',
    conductedOn: '2024-06-12',
    leaderName: 'Nguyễn Văn An',
    findings: [
      {
        text: 'Chưa niêm yết thủ tục hành chính',
        severity: InspectionFindingSeverity.HIGH,
        deadline: '2024-09-30',
      },
    ],
  };

  it('drafts the conclusions from the findings: results, remedies with deadlines, follow-up', () => {
    const doc = conclusionDocument(model);
    expect([doc.documentType, doc.summary, doc.symbol, doc.draftMark]).toEqual([
      'KẾT LUẬN',
      'Kiểm tra công tác cải cách hành chính năm 2024 tại Ủy ban nhân dân xã Một',
      'KL-UBND',
      'DỰ THẢO',
    ]);
    expect(doc.introduction).toContain(
      'ngày 12/06/2024, Đoàn kiểm tra do ông (bà) Nguyễn Văn An làm Trưởng đoàn',
    );
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'KẾT QUẢ KIỂM TRA',
      'YÊU CẦU KHẮC PHỤC',
      'TỔ CHỨC THỰC HIỆN',
    ]);
    expect(doc.sections[0].tables?.[0].rows).toEqual([
      [1, 'Chưa niêm yết thủ tục hành chính', 'Nghiêm trọng'],
    ]);
    expect(doc.sections[1].tables?.[0].rows).toEqual([[1, 'Chưa niêm yết thủ tục hành chính', '30/09/2024']]);
  });

  it('says so when nothing was found', () => {
    const doc = conclusionDocument({ ...model, findings: [], leaderName: null, conductedOn: null });
    expect(doc.sections[0].text).toBe('Qua kiểm tra, Đoàn kiểm tra không phát hiện tồn tại, hạn chế.');
    expect(doc.sections[0].tables).toEqual([]);
    expect(doc.introduction).toContain('năm 2024, Đoàn kiểm tra đã tiến hành');
  });

  it('lists the checklist items not met after the findings', () => {
    const doc = conclusionDocument({
      ...model,
      unmet: [
        { sourceCode: '2.1', title: 'Niêm yết thủ tục hành chính', note: 'Bảng niêm yết cũ' },
        { sourceCode: null, title: 'Sổ theo dõi hồ sơ', note: null },
      ],
    });
    expect(doc.sections[0].tables?.map((t) => t.caption)).toEqual([
      'Bảng 1. Tồn tại, hạn chế',
      'Bảng 2. Nội dung kiểm tra chưa đạt yêu cầu',
    ]);
    expect(doc.sections[0].tables?.[1].rows).toEqual([
      [1, '2.1. Niêm yết thủ tục hành chính', 'Bảng niêm yết cũ'],
      [2, 'Sổ theo dõi hồ sơ', ''],
    ]);
    expect(doc.sections[1].tables?.[0].caption).toBe('Bảng 3. Nội dung và thời hạn khắc phục');
  });
});
