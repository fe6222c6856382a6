/**
 * The decision issuing the year's inspection plan (Quyết định ban hành Kế hoạch kiểm tra công tác cải cách hành
 * chính), the document the inspected agencies receive, in the layout of Decree 30/2020/NĐ-CP with the reports'
 * blocks (as the PAR Index's decision is built), then its annex: every agency to inspect, its month and team
 * leader. The number and date stay blank for the clerk; "DỰ THẢO" is boxed on page 1 until the plan is approved.
 */
import { AlignmentType, Paragraph, Table } from 'docx';
import { unitOf } from '../../par-index/formats/par-decision-docx';
import { ReportDocumentModel } from '../../reports/formats/report-document.model';
import { decreeDocx } from '../../reports/formats/report-docx.builder';
import { decisionBody } from '../../reports/formats/report-docx.decision';
import { numberLine } from '../../reports/formats/report-docx.heading';
import { line, run, TIGHT_SPACING } from '../../reports/formats/report-docx.style';
import { dataTable } from '../../reports/formats/report-docx.table';
import { placeName } from '../../reports/formats/report-labels';

export interface InspectionDecisionModel {
  year: number;
  /** The province's root agency, e.g. "Ủy ban nhân dân tỉnh Quảng Nam" */
  provinceName: string;
  approved: boolean;
  /** In the plan's order: by month, unscheduled last */
  rows: { agencyName: string; month: number | null; leaderName: string | null }[];
}

export const INSPECTION_ANNEX_COLUMNS = ['STT', 'Cơ quan, đơn vị được kiểm tra', 'Thời gian', 'Trưởng đoàn'];

/** The words of the decision, apart from the layout: the spec reads them back from the document. */
export function inspectionDecisionText(model: InspectionDecisionModel) {
  const unit = unitOf(model.provinceName);
  const plan = `Kế hoạch kiểm tra công tác cải cách hành chính năm ${model.year}`;
  return {
    unit,
    place: placeName(model.provinceName),
    title: `Ban hành ${plan}`,
    authority: `CHỦ TỊCH ỦY BAN NHÂN DÂN ${unit.toUpperCase()}`,
    bases: [
      'Căn cứ Luật Tổ chức chính quyền địa phương;',
      `Căn cứ Kế hoạch cải cách hành chính năm ${model.year} của Ủy ban nhân dân ${unit};`,
      'Theo đề nghị của Giám đốc Sở Nội vụ.',
    ],
    articles: [
      `**Điều 1.** Ban hành kèm theo Quyết định này ${plan} đối với ${model.rows.length} cơ quan, đơn vị ` +
        `(chi tiết tại Phụ lục kèm theo).`,
      `**Điều 2.** Sở Nội vụ chủ trì thành lập các đoàn kiểm tra, thông báo lịch kiểm tra đến các cơ quan, ` +
        `đơn vị được kiểm tra; tổng hợp kết quả, dự thảo kết luận kiểm tra trình Chủ tịch Ủy ban nhân dân ${unit}.`,
      `**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân ${unit}, Giám đốc ` +
        `Sở Nội vụ, Thủ trưởng các cơ quan, đơn vị có tên tại Phụ lục chịu trách nhiệm thi hành Quyết định này./.`,
    ],
    recipients: [
      'Như Điều 3',
      'Bộ Nội vụ (báo cáo)',
      `Chủ tịch, các Phó Chủ tịch UBND ${unit}`,
      'Lưu: VT, SNV',
    ],
    annexTitle: `DANH SÁCH CƠ QUAN, ĐƠN VỊ ĐƯỢC KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM ${model.year}`,
  };
}

export function buildInspectionDecisionDocx(model: InspectionDecisionModel): Promise<Buffer> {
  const text = inspectionDecisionText(model);
  const frame: ReportDocumentModel = {
    issuer: { parentName: null, name: `Ủy ban nhân dân ${text.unit} ${text.place}` },
    number: null,
    symbol: 'QĐ-UBND',
    place: text.place,
    date: null,
    documentType: 'QUYẾT ĐỊNH',
    summary: text.title,
    sections: [],
    recipients: text.recipients,
    signer: { authority: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: null },
  };
  return decreeDocx({ ...frame, draftMark: model.approved ? null : 'DỰ THẢO' }, `Quyết định ${text.title}`, [
    ...decisionBody(frame, text),
    ...annex(model, text.annexTitle, text.unit),
  ]);
}

function annex(model: InspectionDecisionModel, title: string, unit: string): (Paragraph | Table)[] {
  const number = numberLine({ number: null, symbol: 'QĐ-UBND' }).replace(/^Số:/, 'số');
  return [
    new Paragraph({
      pageBreakBefore: true,
      alignment: AlignmentType.CENTER,
      spacing: TIGHT_SPACING,
      keepNext: true,
      children: [run('PHỤ LỤC', { bold: true })],
    }),
    line(title, { bold: true }, { keepNext: true }),
    line(
      `(Kèm theo Quyết định ${number} ngày${' '.repeat(6)}tháng${' '.repeat(6)}năm ${model.year} của Chủ tịch ` +
        `Ủy ban nhân dân ${unit})`,
      { italics: true },
      { after: 240 },
    ),
    ...dataTable({
      caption: `Tổng số: ${model.rows.length} cơ quan, đơn vị`,
      columns: INSPECTION_ANNEX_COLUMNS,
      rows: model.rows.map((r, i) => [
        i + 1,
        r.agencyName,
        r.month === null ? '' : `Tháng ${r.month}/${model.year}`,
        r.leaderName ?? '',
      ]),
    }),
  ];
}
