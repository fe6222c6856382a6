/**
 * The province's self-assessment report for the Ministry of Home Affairs (Báo cáo kết quả tự đánh giá, chấm điểm
 * Chỉ số CCHC), in the layout of Decree 30/2020/NĐ-CP: it is a report like the periodic ones, so it is written as
 * their model and laid out by their builder (motto, number, place and date, title, sections with tables, "Nơi
 * nhận" and signature). This file only says what the report says.
 */
import {
  computeParIndex,
  ParCriterionLevel,
  ParEvidenceKind,
  ParScoringMethod,
  toHundredths,
  fromHundredths,
} from '@partrack/shared';
import { ReportDocumentModel, ReportTable } from '../../reports/formats/report-document.model';
import { buildReportDocx } from '../../reports/formats/report-docx.builder';
import { issuerCase, placeName } from '../../reports/formats/report-labels';
import { unitOf } from './par-decision-docx';

export interface ParNationalReportEvidence {
  kind: ParEvidenceKind;
  /** File name, the record's label as cited, or the link's title */
  label: string;
  url: string | null;
}

/** One item of the framework with the province's own score and who answers for it. */
export interface ParNationalReportItem {
  code: string;
  parentCode: string | null;
  level: ParCriterionLevel;
  title: string;
  maxPoints: number;
  method: ParScoringMethod | null;
  selfPoints: number | null;
  note: string | null;
  noEvidenceReason: string | null;
  /** The agency answering for the item (the nearest assignment), else the province's own agency */
  agencyName: string;
  evidence: ParNationalReportEvidence[];
}

export interface ParNationalReportModel {
  year: number;
  /** The province's root agency, e.g. "Ủy ban nhân dân tỉnh Quảng Nam" */
  provinceName: string;
  /** ISO day the assessment was submitted (Vietnam time); null leaves the date blank */
  submittedOn: string | null;
  /** Still being scored: the report says "DỰ THẢO" */
  draft: boolean;
  /** Every item of the framework, in code order */
  items: ParNationalReportItem[];
}

export const NATIONAL_REPORT_COLUMNS = [
  'Mã',
  'Tiêu chí',
  'Điểm tối đa',
  'Điểm tự đánh giá',
  'Cơ quan chịu trách nhiệm',
  'Giải trình',
  'Tài liệu kiểm chứng',
];

const POINTS = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const points = (value: number) => POINTS.format(value);

/** Files by name, links by their address (and title when it says more), records by their label. */
export function evidenceText(evidence: readonly ParNationalReportEvidence[]): string {
  return evidence
    .map((e) =>
      e.kind === ParEvidenceKind.URL && e.url
        ? e.label && e.label !== e.url
          ? `${e.label} (${e.url})`
          : e.url
        : e.label,
    )
    .join('; ');
}

/** The province's note, and why an item that needs evidence has none. */
function commentOf(item: ParNationalReportItem): string {
  const reason = item.noEvidenceReason?.trim();
  return [item.note?.trim(), reason ? `Không có tài liệu kiểm chứng: ${reason}` : '']
    .filter(Boolean)
    .join('. ');
}

/** The province's points of each item: its own score on a leaf, the sum of the leaves below on a parent. */
function selfTotals(items: readonly ParNationalReportItem[]): Map<string, number | null> {
  const parents = new Set(items.map((i) => i.parentCode).filter((c): c is string => c !== null));
  const byCode = new Map(items.map((i) => [i.code, i]));
  const sums = new Map<string, number>();
  for (const item of items) {
    if (parents.has(item.code) || item.selfPoints === null) continue;
    // Within the maximum, as the index counts it.
    const earned = Math.min(toHundredths(item.selfPoints), toHundredths(item.maxPoints));
    for (let at: ParNationalReportItem | undefined = item; at; at = byCode.get(at.parentCode ?? ''))
      sums.set(at.code, (sums.get(at.code) ?? 0) + earned);
  }
  return new Map(
    items.map((i) => [i.code, parents.has(i.code) ? fromHundredths(sums.get(i.code) ?? 0) : i.selfPoints]),
  );
}

/** The words of the report, ready for the reports' DOCX builder. */
export function nationalReportDocument(model: ParNationalReportModel): ReportDocumentModel {
  const unit = unitOf(model.provinceName);
  const place = placeName(model.provinceName);
  const committee = `Ủy ban nhân dân ${unit} ${place}`;
  const totals = selfTotals(model.items);
  const index = computeParIndex(
    model.items,
    new Map(model.items.flatMap((i) => (i.selfPoints === null ? [] : [[i.code, i.selfPoints]]))),
  );
  const areas = model.items.filter((i) => i.parentCode === null);
  const total = fromHundredths(
    toHundredths(index.points) + toHundredths(index.bonus) - toHundredths(index.penalty),
  );
  const hasBonus = model.items.some((i) => i.method === ParScoringMethod.BONUS);
  const hasPenalty = model.items.some((i) => i.method === ParScoringMethod.PENALTY);
  const extras = [
    hasBonus ? `điểm thưởng ${points(index.bonus)}` : '',
    hasPenalty ? `điểm trừ ${points(index.penalty)}` : '',
  ].filter(Boolean);
  const overview = [
    `Tổng điểm tự đánh giá của ${unit}: **${points(total)}/${points(index.maxPoints)} điểm**` +
      (extras.length ? ` (trong đó ${extras.join(', ')})` : '') +
      `, đạt ${points(index.index)}%. Điểm tự đánh giá theo từng lĩnh vực:`,
    ...areas.map(
      (a, i) =>
        `- Lĩnh vực ${a.code}. ${a.title}: ${points(totals.get(a.code) ?? 0)}/${points(a.maxPoints)} điểm` +
        (i === areas.length - 1 ? '.' : ';'),
    ),
  ].join('\n');
  return {
    issuer: { parentName: null, name: issuerCase(committee) },
    number: null,
    symbol: 'BC-UBND',
    place,
    date: model.submittedOn,
    documentType: 'BÁO CÁO',
    summary:
      `Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính\n` +
      `năm ${model.year} của ${unit} ${place}`,
    addressee: 'Bộ Nội vụ',
    introduction:
      'Thực hiện Quyết định số 876/QĐ-BNV ngày 10 tháng 11 năm 2022 của Bộ trưởng Bộ Nội vụ phê duyệt Đề án ' +
      '"Xác định Chỉ số cải cách hành chính của các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố ' +
      `trực thuộc trung ương" và hướng dẫn của Bộ Nội vụ, ${committee} báo cáo kết quả tự đánh giá, chấm điểm ` +
      `Chỉ số cải cách hành chính năm ${model.year} như sau:`,
    sections: [
      { heading: 'Kết quả tự đánh giá, chấm điểm', text: overview },
      {
        heading: 'Kết quả chi tiết theo từng lĩnh vực',
        subsections: areas.map((area, i) => ({
          heading: `Lĩnh vực ${area.code}. ${area.title}`,
          text: `Điểm tự đánh giá: ${points(totals.get(area.code) ?? 0)}/${points(area.maxPoints)} điểm.`,
          tables: [areaTable(model.items, area, totals, i)],
        })),
      },
    ],
    recipients: [
      'Như trên',
      `Thường trực ${unit === 'tỉnh' ? 'Tỉnh' : 'Thành'} ủy (báo cáo)`,
      `Thường trực HĐND ${unit} (báo cáo)`,
      `Chủ tịch, các Phó Chủ tịch UBND ${unit}`,
      'Sở Nội vụ',
      'Lưu: VT, SNV',
    ],
    signer: { authority: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: null },
    draftMark: model.draft ? 'DỰ THẢO' : null,
  };
}

/** The area's items below it (or the area itself when it is scored alone), then its subtotal. */
function areaTable(
  items: readonly ParNationalReportItem[],
  area: ParNationalReportItem,
  totals: ReadonlyMap<string, number | null>,
  position: number,
): ReportTable {
  const byCode = new Map(items.map((i) => [i.code, i]));
  const areaOf = (item: ParNationalReportItem): string => {
    let at = item;
    for (let parent = byCode.get(at.parentCode ?? ''); parent; parent = byCode.get(at.parentCode ?? ''))
      at = parent;
    return at.code;
  };
  const below = items.filter((i) => i.parentCode !== null && areaOf(i) === area.code);
  const rows = (below.length ? below : [area]).map((i) => [
    i.code,
    i.title,
    i.maxPoints,
    totals.get(i.code) ?? null,
    i.agencyName,
    commentOf(i),
    evidenceText(i.evidence),
  ]);
  return {
    caption: `Bảng ${position + 1}. Lĩnh vực ${area.code}`,
    columns: NATIONAL_REPORT_COLUMNS,
    rows,
    totalRow: ['', 'Cộng', area.maxPoints, totals.get(area.code) ?? 0, '', '', ''],
  };
}

export function buildParNationalReportDocx(model: ParNationalReportModel): Promise<Buffer> {
  return buildReportDocx(nationalReportDocument(model));
}
