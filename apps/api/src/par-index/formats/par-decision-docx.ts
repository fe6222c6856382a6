/**
 * The decision publishing the PAR Index (Quyết định phê duyệt và công bố Chỉ số CCHC) in the layout of Decree
 * 30/2020/NĐ-CP, built from the reports' blocks (issuer and motto, number and date, title, "Nơi nhận" and
 * signature), then its annex: per group, every agency's rank, index and band. The number stays blank for the
 * clerk to fill, as on the reports; the date is the publication's, blank before it.
 */
import { AlignmentType, Paragraph, Table } from 'docx';
import { ParTargetGroup } from '@partrack/shared';
import { ReportDocumentModel } from '../../reports/formats/report-document.model';
import { decreeDocx } from '../../reports/formats/report-docx.builder';
import { decisionBody } from '../../reports/formats/report-docx.decision';
import { numberLine } from '../../reports/formats/report-docx.heading';
import { line, run, TIGHT_SPACING } from '../../reports/formats/report-docx.style';
import { dataTable } from '../../reports/formats/report-docx.table';
import { placeName } from '../../reports/formats/report-labels';
import { dmy, PAR_GROUP_ORDER, ParOutputRow } from './par-ranking-xlsx';

export interface ParDecisionModel {
  year: number;
  /** The province's root agency, e.g. "Ủy ban nhân dân tỉnh Quảng Nam" (or just "Quảng Nam") */
  provinceName: string;
  /** ISO date of publication; null leaves the date blank and marks the document as a draft */
  publishedOn: string | null;
  groups: {
    targetGroup: ParTargetGroup;
    rows: Pick<ParOutputRow, 'rank' | 'agencyName' | 'index' | 'band'>[];
  }[];
}

/** The groups a province publishes, as the decision names them and whom it makes responsible. */
const GROUP_TEXT: Partial<Record<ParTargetGroup, { whom: string; head: string; annex: string }>> = {
  [ParTargetGroup.DEPARTMENT]: {
    whom: 'các sở, ban, ngành',
    head: 'Thủ trưởng các sở, ban, ngành',
    annex: 'CÁC SỞ, BAN, NGÀNH',
  },
  [ParTargetGroup.DISTRICT]: {
    whom: 'Ủy ban nhân dân các huyện, thị xã, thành phố',
    head: 'Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố',
    annex: 'ỦY BAN NHÂN DÂN CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ',
  },
  [ParTargetGroup.COMMUNE]: {
    whom: 'Ủy ban nhân dân các xã, phường, thị trấn',
    head: 'Chủ tịch Ủy ban nhân dân các xã, phường, thị trấn',
    annex: 'ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG, THỊ TRẤN',
  },
  // PROVINCE is the province's own self-assessment for the ministry's index: not published by this decision.
};

/** The groups this decision publishes, in their usual order, with at least one agency. */
export function publishedGroups(model: ParDecisionModel): ParDecisionModel['groups'] {
  return PAR_GROUP_ORDER.flatMap((g) =>
    model.groups.filter((x) => x.targetGroup === g && GROUP_TEXT[g] && x.rows.length > 0),
  );
}

const textOf = (g: ParTargetGroup) => GROUP_TEXT[g] ?? { whom: '', head: '', annex: '' };

/** "tỉnh" or "thành phố" (a centrally run city), from the province committee's name. */
export function unitOf(provinceName: string): string {
  return /^(Ủy ban nhân dân|UBND)\s+thành phố\s/i.test(provinceName.trim()) ? 'thành phố' : 'tỉnh';
}

/** The words of the decision, apart from the layout: the spec reads them back from the document. */
export function decisionText(model: ParDecisionModel) {
  const groups = publishedGroups(model).map((g) => textOf(g.targetGroup));
  const unit = unitOf(model.provinceName);
  const whom = groups.map((g) => g.whom).join('; ');
  const heads = groups.map((g) => g.head).join('; ');
  const index = `Chỉ số cải cách hành chính năm ${model.year}`;
  return {
    unit,
    place: placeName(model.provinceName),
    title: [`Phê duyệt và công bố ${index}`, `của ${whom}`],
    authority: `CHỦ TỊCH ỦY BAN NHÂN DÂN ${unit.toUpperCase()}`,
    bases: [
      'Căn cứ Luật Tổ chức chính quyền địa phương;',
      'Căn cứ Quyết định số 876/QĐ-BNV ngày 10 tháng 11 năm 2022 của Bộ trưởng Bộ Nội vụ phê duyệt Đề án ' +
        '"Xác định Chỉ số cải cách hành chính của các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành ' +
        'phố trực thuộc trung ương";',
      'Theo đề nghị của Giám đốc Sở Nội vụ.',
    ],
    articles: [
      `**Điều 1.** Phê duyệt và công bố ${index} của ${whom} (chi tiết tại Phụ lục kèm theo).`,
      `**Điều 2.** Căn cứ kết quả ${index} được công bố tại Điều 1, ${heads} phân tích, đánh giá ưu điểm, ` +
        `hạn chế, tồn tại trong từng lĩnh vực, tiêu chí, tiêu chí thành phần; đề ra giải pháp khắc phục, ` +
        `nâng cao chất lượng cải cách hành chính năm ${model.year + 1}. Sở Nội vụ theo dõi, đôn đốc, ` +
        `tổng hợp, báo cáo Ủy ban nhân dân ${unit} kết quả thực hiện.`,
      `**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân ${unit}, ` +
        `Giám đốc Sở Nội vụ, ${heads} và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành ` +
        `Quyết định này./.`,
    ],
    recipients: [
      'Như Điều 3',
      'Bộ Nội vụ (báo cáo)',
      `Thường trực ${unit === 'tỉnh' ? 'Tỉnh' : 'Thành'} ủy (báo cáo)`,
      `Thường trực HĐND ${unit} (báo cáo)`,
      `Chủ tịch, các Phó Chủ tịch UBND ${unit}`,
      'Lưu: VT, SNV',
    ],
    annexTitle: `CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${model.year} CỦA ${groups.map((g) => g.annex).join('; ')}`,
  };
}

export const ANNEX_COLUMNS = ['Xếp hạng', 'Cơ quan, đơn vị', 'Chỉ số CCHC', 'Xếp loại'];
const TWO_DECIMALS = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function buildParDecisionDocx(model: ParDecisionModel): Promise<Buffer> {
  const text = decisionText(model);
  const frame: ReportDocumentModel = {
    issuer: { parentName: null, name: `Ủy ban nhân dân ${text.unit} ${text.place}` },
    number: null,
    symbol: 'QĐ-UBND',
    place: text.place,
    date: model.publishedOn,
    documentType: 'QUYẾT ĐỊNH',
    summary: text.title.join('\n'),
    sections: [],
    recipients: text.recipients,
    signer: { authority: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: null },
  };
  return decreeDocx(
    { ...frame, draftMark: model.publishedOn ? null : 'DỰ THẢO' },
    `Quyết định ${text.title.join(' ')}`,
    [...decisionBody(frame, text), ...annex(model, text.annexTitle, text.unit)],
  );
}

/** On a new page: "PHỤ LỤC", what it lists, which decision it belongs to, then one table per group. */
function annex(model: ParDecisionModel, title: string, unit: string): (Paragraph | Table)[] {
  const date = model.publishedOn
    ? `ngày ${dmy(model.publishedOn)}`
    : `ngày${' '.repeat(6)}tháng${' '.repeat(6)}năm 20…`;
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
      `(Kèm theo Quyết định ${number} ${date} của Chủ tịch Ủy ban nhân dân ${unit})`,
      { italics: true },
      { after: 240 },
    ),
    ...publishedGroups(model).flatMap((g, i) =>
      dataTable({
        caption: `${i + 1}. ${textOf(g.targetGroup).annex}`,
        columns: ANNEX_COLUMNS,
        rows: g.rows.map((r) => [r.rank, r.agencyName, TWO_DECIMALS.format(r.index), r.band ?? '']),
      }),
    ),
  ];
}
