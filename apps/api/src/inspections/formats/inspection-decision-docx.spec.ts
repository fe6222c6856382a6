import { docxParts, tableRows } from '../../par-index/formats/par-docx.fixture';
import { inOrder, tables, texts } from '../../reports/formats/report-docx.xml.fixture';
import { buildInspectionDecisionDocx, InspectionDecisionModel } from './inspection-decision-docx';

const model: InspectionDecisionModel = {
  year: 2024,
  provinceName: 'Ủy ban nhân dân tỉnh Quảng Nam',
  approved: false,
  rows: [
    { agencyName: 'Sở Y tế', month: 5, leaderName: 'Nguyễn Văn An' },
    { agencyName: 'Ủy ban nhân dân huyện Một', month: null, leaderName: null },
  ],
};

describe('buildInspectionDecisionDocx', () => {
  it('is a Decree 30 decision issuing the plan, marked as a draft until approved', async () => {
    const { body, headers } = await docxParts(await buildInspectionDecisionDocx(model));
    expect(texts(tables(body)[0]).filter(Boolean)[0]).toBe('ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM');
    expect(
      inOrder(texts(body), [
        'QUYẾT ĐỊNH',
        'Ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2024',
        'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH',
        'QUYẾT ĐỊNH:',
        'PHỤ LỤC',
        'DANH SÁCH CƠ QUAN, ĐƠN VỊ ĐƯỢC KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2024',
      ]),
    ).toBe(true);
    expect(texts(body).filter((t) => /^Điều \d\./.test(t))[0]).toBe(
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch kiểm tra công tác cải cách hành chính năm 2024 đối ' +
        'với 2 cơ quan, đơn vị (chi tiết tại Phụ lục kèm theo).',
    );
    const annex = tables(body).at(-1) ?? '';
    expect(tableRows(annex)).toEqual([
      'STT | Cơ quan, đơn vị được kiểm tra | Thời gian | Trưởng đoàn',
      '1 | Sở Y tế | Tháng 5/2024 | Nguyễn Văn An',
      '2 | Ủy ban nhân dân huyện Một |  | ',
    ]);
    expect(headers.some((h) => h.includes(' DỰ THẢO '))).toBe(true);
    const approved = await docxParts(await buildInspectionDecisionDocx({ ...model, approved: true }));
    expect(approved.headers.some((h) => h.includes('DỰ THẢO'))).toBe(false);
  });
});
